#!/bin/sh
# `npm run release:committed -- assets DIR SUMS TAG` and `npm run release:committed -- pages TREE SUMS_DIR SOURCE_JSON`
# (the release workflow's publish and pages jobs run it with sh: they hold write tokens and run no npm,
# no Node, no dependency — only this POSIX script, coreutils, find, cmp and unzip).
#
# What is published must be what the tagged commit holds: its committed dist/SHA256SUMS (SUMS), which CI
# and the build job proved equal to a fresh build, not the SHA256SUMS the build job wrote beside its
# artifact (an artifact poisoned after `npm ci` could be poisoned consistently).
#
#   assets DIR SUMS TAG   DIR (the release assets, already checked against their own SHA256SUMS by
#                         listed-assets.sh) holds, for every file SUMS lists, the flat asset that file is
#                         published as (pipeline/publish/urls.ts: assetName) with the committed SHA-256,
#                         nothing else but the zip <code>_plan_TAG.zip, and the zip holds exactly the
#                         committed files with their hashes, SUMS itself included, and no link.
#   pages TREE SUMS_DIR SOURCE_JSON
#                         TREE (the GitHub Pages artifact, unpacked) holds data/vX.Y.Z/ for each version
#                         SUMS_DIR/vX.Y.Z names — exactly that version's committed files — data/latest/ the
#                         same as the newest version, and index.html exactly as release:pages writes it
#                         (pipeline/release/pages.ts: rootIndex, its title from SOURCE_JSON); nothing else.
#
# Exit status: 0 it does, 1 it does not (printed as a diagnostic: `file:line:column  error  reason
# (release:not-committed)`), 2 usage errors.
set -eu
export LC_ALL=C

usage='usage: npm run release:committed -- assets DIR SUMS TAG
       npm run release:committed -- pages TREE SUMS_DIR SOURCE_JSON
exit status: 0 what is published is what the tagged commit holds, 1 it is not, 2 usage errors'

usage_error() {
  printf 'コマンドの指定が正しくない: %s ／ %s  (cli:usage)\n%s\n' "$1" "$1" "$usage" >&2
  exit 2
}
fail() {
  # Japanese first, the English beside it, as pipeline/rules.ts's template of the rule says it.
  printf '%s  error  公開しようとしているものがタグのコミットの dist/ と一致しない: %s ／ %s  (release:not-committed)\n' "$1" "$2" "$2" >&2
  exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A committed SHA256SUMS: `<64 hex>  <path>` lines, a path of plain names ([A-Za-z0-9._-], not starting with
# '-'), '/'-separated, that never leaves the folder.
check_sums() {
  [ -f "$1" ] && [ -s "$1" ] || fail "$1:0:0" "$1 is missing or empty: it lists what the tagged commit publishes"
  bad=$(grep -n -v -E '^[0-9a-f]{64}  [A-Za-z0-9._][A-Za-z0-9._-]*(/[A-Za-z0-9._][A-Za-z0-9._-]*)*$' "$1" | head -n 1) || true
  [ -z "$bad" ] || fail "$1:${bad%%:*}:1" "expected '<64 lowercase hex digits>  <path>', found '${bad#*:}'"
  dots=$(grep -n -E '(^|/)\.\.?(/|$)|  \.\.?(/|$)' "$1" | head -n 1) || true
  [ -z "$dots" ] || fail "$1:${dots%%:*}:67" "a path with . or .. in it"
}

# tree_is DIR SUMS: DIR holds exactly the files SUMS lists, with their hashes, and SUMS itself as
# DIR/SHA256SUMS; no symbolic link, FIFO or device anywhere.
tree_is() {
  [ -d "$1" ] && [ ! -L "$1" ] || fail "$1:0:0" "$1 is missing or not a folder"
  odd=$(find "$1" ! -type d ! -type f -print | head -n 1)
  [ -z "$odd" ] || fail "$odd:0:0" "$odd is not a regular file (a symbolic link?): nothing of it is published"
  cmp -s "$1/SHA256SUMS" "$2" || fail "$1/SHA256SUMS:0:0" "is not the tagged commit's $2"
  (cd "$1" && find . -type f ! -path ./SHA256SUMS -print | sed 's|^\./||' | sort) >"$work/held"
  sed 's/^[0-9a-f]\{64\}  //' "$2" | sort >"$work/listed"
  if ! cmp -s "$work/held" "$work/listed"; then
    extra=$(comm -23 "$work/held" "$work/listed" | head -n 3 | tr '\n' ' ')
    missing=$(comm -13 "$work/held" "$work/listed" | head -n 3 | tr '\n' ' ')
    fail "$1:0:0" "does not hold the files $2 lists (not listed: ${extra:-none}; missing: ${missing:-none})"
  fi
  listed_sums=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  if ! report=$(cd "$1" && sha256sum --check --strict --quiet "$listed_sums" 2>&1); then
    fail "$1:0:0" "a file does not have the SHA-256 $2 lists: $(printf '%s' "$report" | tr '\n' ';' | sed 's/;/; /g')"
  fi
}

# The flat release-asset name of a dist/ path, as pipeline/publish/urls.ts's assetName gives it; nothing for
# a file published in the zip only (the site, SHA256SUMS, the build manifest).
asset_name() {
  case $1 in site/* | SHA256SUMS | .dataset-build) return 0 ;; */*) ;; *)
    printf '%s\n' "$1"
    return 0
    ;;
  esac
  folder=${1%/*}
  base=${1##*/}
  case $folder/$base in schemas/*.schema.json)
    printf '%s\n' "$base"
    return 0
    ;;
  esac
  stem=${base%%.*}
  printf '%s.%s%s\n' "$stem" "$(printf '%s' "$folder" | tr / .)" "${base#"$stem"}"
}

assets() {
  dir=${1%/}
  committed=$2
  tag=$3
  [ -d "$dir" ] || usage_error "DIR $1 is not a folder"
  printf '%s\n' "$tag" | grep -q -x -E 'v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)' || usage_error "TAG $tag is not vX.Y.Z"
  check_sums "$committed"
  [ -f "$dir/SHA256SUMS" ] || fail "$dir/SHA256SUMS:0:0" "missing: run listed-assets.sh first"
  : >"$work/expected"
  while IFS= read -r line; do
    name=$(asset_name "${line#*  }")
    [ -z "$name" ] || printf '%s  %s\n' "${line%%  *}" "$name" >>"$work/expected"
  done <"$committed"
  sort "$work/expected" >"$work/expected.sorted"
  grep -v -E "^[0-9a-f]{64}  [A-Za-z0-9._-]+_plan_$(printf '%s' "$tag" | sed 's/\./\\./g')\.zip$" "$dir/SHA256SUMS" | sort >"$work/flat"
  if ! cmp -s "$work/expected.sorted" "$work/flat"; then
    first=$(diff "$work/expected.sorted" "$work/flat" | grep '^[<>]' | head -n 1)
    fail "$dir/SHA256SUMS:0:0" "the assets are not the tagged commit's files as $committed lists them (first difference: $first)"
  fi
  zips=$(grep -c -E "_plan_$(printf '%s' "$tag" | sed 's/\./\\./g')\.zip$" "$dir/SHA256SUMS") || true
  [ "$zips" = 1 ] || fail "$dir/SHA256SUMS:0:0" "expected one zip *_plan_$tag.zip, found $zips"
  zip=$dir/$(grep -E "_plan_$(printf '%s' "$tag" | sed 's/\./\\./g')\.zip$" "$dir/SHA256SUMS" | sed 's/^[0-9a-f]\{64\}  //')
  # Its entries, before anything is unpacked: the committed paths and SHA256SUMS, each once, nothing else.
  unzip -Z1 "$zip" | sort >"$work/entries" || fail "$zip:0:0" "is not a zip unzip can read"
  { sed 's/^[0-9a-f]\{64\}  //' "$committed"; echo SHA256SUMS; } | sort >"$work/paths"
  cmp -s "$work/entries" "$work/paths" || fail "$zip:0:0" "its entries are not the committed files and SHA256SUMS"
  mkdir "$work/zip"
  unzip -q "$zip" -d "$work/zip" || fail "$zip:0:0" "cannot be unpacked"
  tree_is "$work/zip" "$committed"
}

# The root page as pipeline/release/pages.ts's rootIndex writes it, for the versions in TREE/data/.
root_index() {
  title=$(sed -n 's/^  "title": "\(.*\)",$/\1/p' "$2")
  [ -n "$title" ] && [ "$(printf '%s\n' "$title" | wc -l)" -eq 1 ] || fail "$2:0:0" "has no one-line \"title\""
  case $title in *\\*) fail "$2:0:0" "its title holds a JSON escape, which this check does not read" ;; esac
  title=$(printf '%s オープンデータ' "$title" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\\&#39;/g")
  newest=$(head -n 1 "$work/versions")
  # The Content-Security-Policy of pipeline/content-security-policy.ts, as rootIndex writes it; the test that
  # compares this page with rootIndex's fails when the two drift.
  csp="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'"
  printf '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' "$csp"
  printf '<meta http-equiv="refresh" content="0; url=data/latest/site/">\n<title>%s</title>\n</head>\n<body>\n<h1>%s</h1>\n' "$title" "$title"
  printf '<p><a href="data/latest/site/">最新版（v%s）のサイトへ</a></p>\n' "$newest"
  printf '<p>公開したすべての版のデータ（<code>data/vX.Y.Z/</code>）:</p>\n<ul>\n'
  while IFS= read -r v; do
    if [ -f "$1/data/v$v/site/index.html" ]; then
      printf '<li><a href="data/v%s/site/">v%s</a></li>\n' "$v" "$v"
    else
      printf '<li><a href="data/v%s/">v%s</a>（データのみ）</li>\n' "$v" "$v"
    fi
  done <"$work/versions"
  printf '</ul>\n</body>\n</html>\n'
}

pages() {
  tree=${1%/}
  sums=${2%/}
  [ -d "$tree" ] || usage_error "TREE $1 is not a folder"
  [ -d "$sums" ] || usage_error "SUMS_DIR $2 is not a folder"
  [ -f "$3" ] || usage_error "SOURCE_JSON $3 is not a file"
  for path in "$tree"/* "$tree"/.[!.]* "$tree"/..?*; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    case ${path##*/} in index.html | data) ;; *) fail "$path:0:0" "the Pages tree holds only index.html and data/" ;; esac
  done
  : >"$work/versions"
  for path in "$tree"/data/* "$tree"/data/.[!.]* "$tree"/data/..?*; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    name=${path##*/}
    [ "$name" = latest ] && continue
    printf '%s\n' "$name" | grep -q -E '^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$' || fail "$path:0:0" "data/ holds only latest/ and vX.Y.Z/ folders"
    [ -f "$sums/$name" ] || fail "$path:0:0" "no committed SHA256SUMS of $name in $sums"
    check_sums "$sums/$name"
    tree_is "$path" "$sums/$name"
    printf '%s\n' "${name#v}" >>"$work/versions"
  done
  [ -s "$work/versions" ] || fail "$tree/data:0:0" "publishes no version"
  sort -t . -k 1,1nr -k 2,2nr -k 3,3nr "$work/versions" -o "$work/versions"
  tree_is "$tree/data/latest" "$sums/v$(head -n 1 "$work/versions")"
  [ -f "$tree/index.html" ] && [ ! -L "$tree/index.html" ] || fail "$tree/index.html:0:0" "missing or not a regular file"
  root_index "$tree" "$3" >"$work/index.html"
  cmp -s "$work/index.html" "$tree/index.html" || fail "$tree/index.html:0:0" "is not the root page release:pages writes for these versions"
}

case ${1:-} in
assets)
  [ "$#" -eq 4 ] || usage_error "assets takes DIR SUMS TAG, got $(($# - 1)) argument(s)"
  assets "$2" "$3" "$4"
  ;;
pages)
  [ "$#" -eq 4 ] || usage_error "pages takes TREE SUMS_DIR SOURCE_JSON, got $(($# - 1)) argument(s)"
  pages "$2" "$3" "$4"
  ;;
*) usage_error "expected assets or pages, got '${1:-}'" ;;
esac
