/**
 * Typed errors carry what a user needs to fix the problem. Only the outermost
 * wrapper (CLI, GitHub Action, Azure task) turns them into an exit code.
 */
export class CapflightError extends Error {
  /** Process exit code the wrappers use: 1 failure, 2 usage/config, 3 native build needed, 4 health gate refused. */
  readonly exitCode: number = 1
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message)
    // Bundlers may prefix class names (errors_ConfigurationError); the kind users see is the plain name.
    this.name = new.target.name.replace(/^.*_/, '')
  }
}

/** Where a problem is, when it is in a file: CI wrappers turn it into an annotation on that line. */
export interface SourceLocation {
  /** Absolute path of the file. */
  file: string
  line?: number
}

/** Bad flags, bad config, bad input that the user must correct. Exit 2. */
export class ConfigurationError extends CapflightError {
  override readonly exitCode = 2
  /** `locations[i]` is where `problems[i]` is, when it is in a file. */
  constructor(readonly problems: string[], readonly locations: Array<SourceLocation | undefined> = []) {
    super(problems.length === 1 ? problems[0] : `Invalid configuration:\n  - ${problems.join('\n  - ')}`)
  }
}

export class GitError extends CapflightError {}
export class BuildError extends CapflightError {}
export class PackError extends CapflightError {}
export class StoreError extends CapflightError {}
export class VersionError extends CapflightError {}

/** The change touches native code or plugins, so it cannot ship over the air. Exit 3. */
export class NativeChangeError extends CapflightError {
  override readonly exitCode = 3
}

/** A health gate refused: the bundle is not proven as healthy as the one it would replace. Exit 4. */
export class HealthGateError extends CapflightError {
  override readonly exitCode = 4
}

/** A compare-and-swap or create-if-absent lost a race; the caller recomputes and retries. */
export class ConflictError extends CapflightError {}

const SYSTEM_ERRORS: Record<string, { why: string; exitCode: number }> = {
  ENOSPC: { why: 'no space is left on its disk; free some space and run again', exitCode: 1 },
  EROFS: { why: 'it is on a read-only file system; choose a writable path', exitCode: 2 },
  ENOTDIR: { why: 'a part of the path is a file, not a folder; fix the path', exitCode: 2 },
  ENOENT: { why: 'it does not exist, or its folder does not; fix the path', exitCode: 2 },
  EISDIR: { why: 'it is a folder; name a file', exitCode: 2 },
  EACCES: { why: 'permission denied; choose a path this user may write, or fix its permissions', exitCode: 2 },
  EPERM: { why: 'the operation is not permitted there; choose another path', exitCode: 2 }
}

/**
 * An operating-system error on a path (ENOSPC, EROFS, ENOTDIR, ENOENT …) from the store or an
 * output file, as one line naming the path and the fix; other errors are returned as they are.
 */
export function explainSystemError(error: unknown): unknown {
  const e = error as NodeJS.ErrnoException
  const known = e && typeof e === 'object' && !(e instanceof CapflightError) && e.code ? SYSTEM_ERRORS[e.code] : undefined
  if (!known || !e.path) return error
  return new SystemPathError(`Cannot ${e.syscall ?? 'use'} ${e.path}: ${known.why} (${e.code}).`, known.exitCode, { path: e.path, code: e.code })
}

/** An operating-system error on a path, explained: exit 2 where the path is the user's to fix, 1 when the disk is full. */
export class SystemPathError extends CapflightError {
  constructor(message: string, override readonly exitCode: number, details: Record<string, unknown>) {
    super(message, details)
  }
}

export function exitCodeOf(error: unknown): number {
  return error instanceof CapflightError ? error.exitCode : 1
}
