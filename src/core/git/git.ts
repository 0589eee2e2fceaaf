import { execFile, spawn } from 'node:child_process'
import { GitError } from '../errors.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** The oldest git capflight runs with (it relies on `fetch --deepen` and `log --format=%x1e`). */
export const MIN_GIT_VERSION = [2, 20, 0] as const

/** What is wrong with the `git --version` output, or undefined when it is new enough. */
export function gitVersionProblem(versionOutput: string): string | undefined {
  const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(versionOutput)
  if (!m) return `Cannot tell the git version from "${versionOutput.trim().slice(0, 80)}". Install git ${MIN_GIT_VERSION.join('.')} or newer.`
  const found = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  for (let i = 0; i < 3; i++) {
    if (found[i] > MIN_GIT_VERSION[i]) return undefined
    if (found[i] < MIN_GIT_VERSION[i]) return `git ${found.join('.')} is too old: capflight needs git ${MIN_GIT_VERSION.join('.')} or newer. Update git on this machine (or runner image).`
  }
  return undefined
}

export interface RepositoryState {
  /** The commit HEAD names. */
  head: string
  shallow: boolean
  /** Where the working directory sits in the repository (`packages/mobile/`), '' at its root. */
  prefix: string
}

export interface RawCommit {
  hash: string
  message: string
}

/**
 * Every git call goes through `exec`: non-interactive, no pager, in one cwd.
 * `try*` methods answer booleans or undefined instead of throwing.
 */
export class Git {
  constructor(readonly cwd: string, private readonly env: Record<string, string | undefined> = {}) {}

  exec(args: string[], options: { allowFailure?: boolean } = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      execFile('git', args, {
        cwd: this.cwd,
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' } as NodeJS.ProcessEnv
      }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          reject(new GitError('git is not installed or not on PATH. Install git and try again.'))
          return
        }
        if (code !== 0 && !options.allowFailure) {
          reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim() || stdout.trim()}`, { args, code }))
          return
        }
        resolve({ code, stdout, stderr })
      })
    })
  }

  async out(args: string[]): Promise<string> {
    return (await this.exec(args)).stdout.trim()
  }

  /**
   * Where the working directory stands, in one `rev-parse`: the commit at HEAD, whether the
   * clone is shallow and the directory's prefix in the repository. Fails with a message saying
   * what to do when git is too old or the directory is not a repository with commits.
   */
  async repository(): Promise<RepositoryState> {
    const [version, state] = await Promise.all([
      this.exec(['--version'], { allowFailure: true }),
      this.exec(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix', '--verify', '-q', 'HEAD'], { allowFailure: true })
    ])
    const problem = gitVersionProblem(version.stdout)
    if (problem) throw new GitError(problem)
    // One answer per line: inside, shallow, prefix ('' at the root), HEAD (missing before the first commit).
    const [inside, shallow, prefix, head] = state.stdout.split('\n')
    if (inside !== 'true') {
      throw new GitError(`${this.cwd} is not a git repository. Run capflight inside your app's repository (or pass --cwd), or run "git init" and commit first.`)
    }
    if (state.code !== 0 || !head) {
      throw new GitError('The repository has no commits yet. Commit your app first ("git add -A && git commit -m \'feat: first version\'"), then run capflight again.')
    }
    return { head, shallow: shallow === 'true', prefix }
  }

  async tryCurrentBranch(): Promise<string | undefined> {
    const r = await this.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined
  }

  async tryRemoteDefaultBranch(remote = 'origin'): Promise<string | undefined> {
    const r = await this.exec(['symbolic-ref', '--short', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true })
    const name = r.stdout.trim()
    return r.code === 0 && name ? name.replace(`${remote}/`, '') : undefined
  }

  /** Whether git ignores a path (relative to the working directory); false outside a repository. */
  async isIgnored(file: string): Promise<boolean> {
    return (await this.exec(['check-ignore', '-q', '--', file], { allowFailure: true })).code === 0
  }

  /** Where the working directory sits in the repository (`packages/mobile/`), '' at its root. */
  async prefix(): Promise<string> {
    return this.out(['rev-parse', '--show-prefix'])
  }

  /** Tracked files under the working directory that differ from HEAD (staged or not), relative to it. */
  async changedTrackedFiles(): Promise<string[]> {
    // Not trimmed: each line starts with its two status columns, the first often a space.
    const { stdout } = await this.exec(['status', '--porcelain=v1', '--untracked-files=no', '--no-renames', '--', '.'])
    return stdout.split('\n').filter((line) => line.length > 3).map((line) => line.slice(3))
  }

  async tagsMergedIntoHead(): Promise<string[]> {
    return splitLines(await this.out(['tag', '--merged', 'HEAD']))
  }

  /** Every tag and the commit it names (annotated tags peeled). */
  async tagCommits(): Promise<Map<string, string>> {
    const lines = splitLines(await this.out(['tag', '--list', '--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)']))
    return new Map(lines.map((line) => {
      const [tag, object, peeled] = line.split('\t')
      return [tag, peeled || object]
    }))
  }

  async isShallow(): Promise<boolean> {
    return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  async hasRemote(remote: string): Promise<boolean> {
    const r = await this.exec(['remote', 'get-url', remote], { allowFailure: true })
    return r.code === 0
  }

  /** Deepens a shallow clone and fetches tags; the network operation, so it is retried once. */
  async fetchDeeper(remote: string, deepen: number | 'unshallow'): Promise<GitResult> {
    const args = ['fetch', '--quiet', '--tags', '--force', deepen === 'unshallow' ? '--unshallow' : `--deepen=${deepen}`, remote]
    let result = await this.exec(args, { allowFailure: true })
    if (result.code !== 0) result = await this.exec(args, { allowFailure: true })
    return result
  }

  /**
   * Streams the commits in `range` (newest first, merges left out: their content is in the
   * merged commits) so they are parsed while git is still walking. With paths, only commits
   * touching them (the app's folder in a monorepo). Without paths, also answers the range's
   * boundary: the excluded commits whose children are in it. A commit `X` is reachable from
   * HEAD exactly when it is HEAD or on the boundary of `X..HEAD`, so one walk both reads the
   * commits since a tag and proves the tag is an ancestor.
   */
  eachCommit(range: string, onCommit: (commit: RawCommit) => void, paths: string[] = []): Promise<{ boundary?: Set<string> }> {
    // Parent rewriting under a pathspec changes what the boundary holds: no boundary then.
    const withBoundary = paths.length === 0
    // Merges are walked (a boundary commit may be a merge's parent) and skipped here.
    const args = ['log', withBoundary ? '--boundary' : '--no-merges', '--format=%m%H%x1f%P%x1f%B%x1e', range, ...(paths.length ? ['--', ...paths] : [])]
    const boundary = new Set<string>()
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        // Into a pipe git flushes after every commit: one small write, and one read here, per
        // commit. Unflushed, it writes in full buffers, a fortieth of the reads.
        env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_FLUSH: '0' } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let rest = ''
      let stderr = ''
      let failed: Error | undefined
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        const records = (rest + chunk).split('\x1e')
        rest = records.pop() ?? ''
        try {
          for (const record of records) emit(record)
        } catch (error) {
          failed = error as Error
          child.kill()
        }
      })
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
      const emit = (record: string) => {
        // `%m` is `-` on a boundary commit; records after the first start with git's newline.
        const start = record.charCodeAt(0) === 10 ? 1 : 0
        const hashEnd = record.indexOf('\x1f', start)
        if (hashEnd < 0) return
        const hash = record.slice(start + 1, hashEnd)
        if (record[start] === '-') {
          boundary.add(hash)
          return
        }
        const parentsEnd = record.indexOf('\x1f', hashEnd + 1)
        if (record.slice(hashEnd + 1, parentsEnd).includes(' ')) return
        onCommit({ hash, message: record.slice(parentsEnd + 1).trim() })
      }
      child.on('error', (error) => reject(new GitError(`Could not run git: ${error.message}. Install git and try again.`)))
      child.on('close', (code) => {
        if (failed) return reject(failed)
        if (code !== 0) return reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim()}`, { args, code }))
        try {
          emit(rest)
          resolve(withBoundary ? { boundary } : {})
        } catch (error) {
          reject(error)
        }
      })
    })
  }
}

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean)
}
