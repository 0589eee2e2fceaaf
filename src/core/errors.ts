/**
 * Typed errors carry what a user needs to fix the problem. Only the outermost
 * wrapper (CLI, GitHub Action, Azure task) turns them into an exit code.
 */
export class CapflightError extends Error {
  /** Process exit code the wrappers use: 1 failure, 2 usage/config, 3 native build needed. */
  readonly exitCode: number = 1
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message)
    this.name = new.target.name
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

/** A compare-and-swap or create-if-absent lost a race; the caller recomputes and retries. */
export class ConflictError extends CapflightError {}

export function exitCodeOf(error: unknown): number {
  return error instanceof CapflightError ? error.exitCode : 1
}
