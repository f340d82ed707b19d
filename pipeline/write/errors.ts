// Why writing the output stopped, one class per exit status the CLI gives: a refused --out (2), an
// I/O failure of the system (3), another build holding the output's lock (4).

/** --out names something the build must not replace; nothing was touched. */
export class OutRefused extends Error {}

/** Another build is writing the same output (its lock is held by a live process). */
export class OutBusy extends Error {}

/** An operating-system error (disk full, read-only, permission, …) on `path`. */
export class IoError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    /** The OS's words for the code, e.g. "no space left on device". */
    readonly detail: string,
  ) {
    super(`${path}: ${code} (${detail})`);
  }
}

/** The errno-style error node:fs throws, as an IoError naming the path it concerned; anything else as is. */
export const asIoError = (e: unknown, fallbackPath: string): unknown => {
  if (e instanceof IoError) return e;
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string' || !/^E[A-Z0-9]+$/.test(err.code)) return e;
  // Node's message is "ENOSPC: no space left on device, write"; keep the OS's words only.
  const detail = /^E[A-Z0-9]+: ([^,]+)/.exec(err.message)?.[1] ?? err.message;
  return new IoError(err.code, typeof err.path === 'string' ? err.path : fallbackPath, detail);
};
