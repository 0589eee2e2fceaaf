/** What every CI platform is normalised to. Unknown values are undefined. */
export interface CiContext {
  /** Registry name of the platform that was detected. */
  name: string
  branch?: string
  tag?: string
  commit?: string
  isPr: boolean
  prNumber?: number
  /** For pull/merge requests: the branch the change is merged into. */
  targetBranch?: string
  defaultBranch?: string
  buildUrl?: string
  repoUrl?: string
  /** The runner is thrown away after the job (a hosted runner): nothing it writes locally survives. */
  ephemeral?: boolean
}

export type Env = Record<string, string | undefined>

export interface CiPlatform {
  name: string
  detect(env: Env): boolean
  configuration(env: Env): CiContext
}

/** `refs/heads/x` → {branch}, `refs/tags/v1` → {tag}, `refs/pull/12/merge` → {pr}. */
export function parseRef(ref: string | undefined): { branch?: string; tag?: string; pr?: number } {
  if (!ref) return {}
  if (ref.startsWith('refs/heads/')) return { branch: ref.slice('refs/heads/'.length) }
  if (ref.startsWith('refs/tags/')) return { tag: ref.slice('refs/tags/'.length) }
  const pull = /^refs\/pull\/(\d+)\//.exec(ref)
  if (pull) return { pr: Number(pull[1]) }
  return {}
}

export function positiveInt(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n > 0 ? n : undefined
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined
}
