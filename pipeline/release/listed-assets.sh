#!/bin/sh
# `npm run release:listed-assets -- DIR` (the release workflow's publish job runs it with sh: that job
# holds a write token and runs no npm, no Node, no dependency — only this POSIX script and coreutils).
#
# A release publishes and attests exactly the files DIR/SHA256SUMS lists, plus SHA256SUMS itself.
# This checks that DIR holds exactly those files and that each has its listed SHA-256, then prints their
# paths, one per line (SHA256SUMS last), for `gh release create` and the attestation to use instead of a
# glob. It refuses, printing nothing on stdout:
#   - a SHA256SUMS that is missing, empty, or has a line other than `<64 hex>  <name>`;
#   - a name that is not a plain asset name (letters, digits, `.`, `_`, `-`; not starting with `.` or
#     `-`), a name listed twice, or SHA256SUMS listing itself;
#   - a listed file that is missing, not a regular file (a folder, a symlink), or has another hash;
#   - anything in DIR that SHA256SUMS does not list (a file, a hidden file, a folder, a symlink).
# Exit status: 0 the list is printed, 1 DIR does not hold exactly the listed files, 2 usage errors.
# What it refuses is printed as every command of the project prints a diagnostic (pipeline/diagnostics.ts:
# formatDiagnostic; this job runs no Node): `file:line:column  error  日本語 ／ English  (release:assets-mismatch)`.
set -eu
export LC_ALL=C

usage='usage: npm run release:listed-assets -- DIR
  DIR  the release assets: the files SHA256SUMS lists, and SHA256SUMS
exit status: 0 DIR holds exactly the listed files (their paths are printed), 1 it does not, 2 usage errors'

usage_error() {
  printf 'コマンドの指定が正しくない: %s ／ %s  (cli:usage)\n%s\n' "$1" "$1" "$usage" >&2
  exit 2
}
if [ "$#" -ne 1 ] || [ -z "$1" ]; then usage_error "expected one DIR, got $# argument(s)"; fi
case $1 in -*) usage_error "unknown option $1" ;; esac
dir=${1%/}
[ -n "$dir" ] || dir=/
[ -d "$dir" ] || usage_error "DIR $1 is not a folder"

sums="$dir/SHA256SUMS"
# fail PLACE REASON: PLACE is file:line:column (line 0: the whole file).
fail() {
  # Japanese first, the English beside it, as pipeline/rules.ts's template of the rule says it.
  printf '%s  error  リリースのファイルが SHA256SUMS の記載と一致しない: %s ／ %s  (release:assets-mismatch)\n' "$1" "$2" "$2" >&2
  exit 1
}
# A name GitHub keeps as it is and a shell does not split or expand.
plain() {
  case $1 in '' | [.-]* | *[!A-Za-z0-9._-]*) return 1 ;; esac
  return 0
}

[ -f "$sums" ] && [ ! -L "$sums" ] || fail "$sums:0:0" "$sums is missing or not a regular file: the release lists its files there"
[ -s "$sums" ] || fail "$sums:0:0" "$sums is empty: a release publishes at least one listed file"

nl='
'
names=$nl
line_no=0
while IFS= read -r line || [ -n "$line" ]; do
  line_no=$((line_no + 1))
  hex=${line%%  *}
  name=${line#*  }
  case $hex in *[!0-9a-f]*) hex= ;; esac
  if [ "${#hex}" -ne 64 ] || [ "$hex  $name" != "$line" ]; then
    fail "$sums:$line_no:1" "expected '<64 lowercase hex digits>  <name>', found '$line'"
  fi
  plain "$name" || fail "$sums:$line_no:67" "'$name' is not a plain asset name (letters, digits, '.', '_', '-'; not starting with '.' or '-')"
  [ "$name" != SHA256SUMS ] || fail "$sums:$line_no:67" "SHA256SUMS lists itself"
  case $names in *"$nl$name$nl"*) fail "$sums:$line_no:67" "$name is listed twice" ;; esac
  names="$names$name$nl"
  [ -f "$dir/$name" ] && [ ! -L "$dir/$name" ] || fail "$sums:$line_no:67" "$dir/$name is missing or not a regular file"
done <"$sums"

# Everything in DIR, hidden entries included; a glob keeps a name with a newline whole.
for path in "$dir"/* "$dir"/.[!.]* "$dir"/..?*; do
  [ -e "$path" ] || [ -L "$path" ] || continue # a pattern that matched nothing
  name=${path##*/}
  [ "$name" != SHA256SUMS ] || continue
  # A plain name first: a name with a newline could otherwise match two adjacent listed names.
  plain "$name" && case $names in *"$nl$name$nl"*) true ;; *) false ;; esac ||
    fail "$path:0:0" "$path is not listed in $sums: a release publishes only the listed files"
done

if ! report=$(cd "$dir" && sha256sum --check --strict --quiet SHA256SUMS 2>&1); then
  # One line, as every diagnostic: sha256sum's lines (062022_goals.csv: FAILED, …) joined by '; '.
  fail "$sums:0:0" "a file does not have the SHA-256 $sums lists: $(printf '%s' "$report" | tr '\n' ';' | sed 's/;/; /g')"
fi

printf '%s' "$names" | while IFS= read -r name; do
  [ -z "$name" ] || printf '%s/%s\n' "$dir" "$name"
done
printf '%s\n' "$sums"
