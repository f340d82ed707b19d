// Consumers the tests borrow from Debian (a browser, LibreOffice, pandas, the sqlite3 shell, Java, strace). Where one is
// missing a test skips and says why; with REQUIRE_CONSUMERS=1 (set by .ci/run) a missing one fails instead,
// so CI can never pass by skipping.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const consumersRequired = process.env.REQUIRE_CONSUMERS === '1';

const onPath = (command: string): string | undefined => {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim() : '';
  return found || undefined;
};

const firstExisting = (...candidates: (string | undefined)[]): string | undefined => candidates.find((c) => c !== undefined && existsSync(c));

/**
 * CHROMIUM_PATH, else Debian's chromium-headless-shell (Chromium's own build for automation: the same Blink
 * and V8 without the browser's UI layers; it starts on ~1.2 CPU-s against ~2.6 and opens its first page on
 * ~0.8 against ~2), else Debian's Chromium.
 */
export const chromiumPath = (): string | undefined =>
  firstExisting(
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium-headless-shell',
    onPath('chromium-headless-shell'),
    '/usr/bin/chromium',
    onPath('chromium'),
    onPath('chromium-browser'),
  );

/**
 * CHROMIUM_PATH, else Debian's Chromium itself — not its headless shell: Lighthouse audits a page as the browser
 * people use renders it (the shell is Chromium's old headless mode).
 */
export const fullChromiumPath = (): string | undefined =>
  firstExisting(process.env.CHROMIUM_PATH, '/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser'));

/**
 * How the browser tests start Chromium: headless, no sandbox, nothing in the background. --max-opt=1: the pages'
 * scripts and axe-core run a second or less each, too short for V8's optimising compilers to pay back (Maglev
 * and TurboFan compile on threads of their own): ~20 % less CPU, the same JavaScript semantics.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--max-opt=1',
];

/** LibreOffice's headless converter. */
export const sofficePath = (): string | undefined => firstExisting('/usr/bin/soffice', onPath('soffice'), onPath('libreoffice'));

/** A Java runtime (the Nu HTML Checker, vnu-jar, runs on it). */
export const javaPath = (): string | undefined => firstExisting('/usr/bin/java', onPath('java'));

/** strace, when it can trace a child here (a container may forbid ptrace). */
export const stracePath = (): string | undefined => {
  const strace = firstExisting('/usr/bin/strace', onPath('strace'));
  return strace && spawnSync(strace, ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=fsync', 'true']).status === 0 ? strace : undefined;
};

/** The sqlite3 shell. */
export const sqlite3Path = (): string | undefined => firstExisting('/usr/bin/sqlite3', onPath('sqlite3'));

// The probes below look a module or package up without loading it (importing pandas or loading readr costs
// ~0.7 CPU-s, and the test then loads it again): one that is installed but broken fails its test, not skips it.

/** A python3 that has every module named: Debian's /usr/bin/python3 first (pyenv's python3 on PATH does not see Debian's packages). */
export const pythonWith = (...modules: string[]): string | undefined =>
  [...new Set(['/usr/bin/python3', onPath('python3')])].find(
    (py) =>
      py !== undefined &&
      existsSync(py) &&
      spawnSync(py, ['-c', 'import importlib.util, sys; sys.exit(0 if all(importlib.util.find_spec(m) for m in sys.argv[1:]) else 1)', ...modules]).status ===
        0,
  );

/** Debian's Apache httpd (apache2) and the folder of its modules, when mod_rewrite is among them. */
export const apacheHttpd = (): { httpd: string; modules: string } | undefined => {
  const httpd = firstExisting('/usr/sbin/apache2', onPath('apache2'));
  const modules = firstExisting('/usr/lib/apache2/modules');
  return httpd !== undefined && modules !== undefined && existsSync(`${modules}/mod_rewrite.so`) ? { httpd, modules } : undefined;
};

/** An Rscript that has every R package named (Debian's r-base-core, r-cran-readr). */
export const rscriptWith = (...packages: string[]): string | undefined => {
  const r = firstExisting('/usr/bin/Rscript', onPath('Rscript'));
  if (r === undefined) return undefined;
  const probe = 'quit(status = if (all(vapply(commandArgs(TRUE), function(p) nzchar(system.file(package = p)), TRUE))) 0 else 1)';
  return spawnSync(r, ['-e', probe, ...packages]).status === 0 ? r : undefined;
};

/**
 * The `skip` option of a test that needs a consumer: false when it is there; a reason when it is not; throws
 * (so the test file fails at once) when REQUIRE_CONSUMERS=1.
 */
export const needs = (what: string, found: string | undefined): false | string => {
  if (found !== undefined) return false;
  if (consumersRequired) throw new Error(`REQUIRE_CONSUMERS=1 but ${what} is not installed (see .ci/run)`);
  return `${what} is not installed: skipped (install it, or set REQUIRE_CONSUMERS=1 to make this a failure)`;
};
