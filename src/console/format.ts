/** How the page writes times, sizes and rates: the same on every screen, in UTC. */
export const when = (iso: string | null | undefined): string => (iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '—')

export const share = (bps: number): string => `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')}%`

export const rate = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2).replace(/\.?0+$/, '')}%`)

export const bytes = (n: number): string => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`)

export const shortCommit = (sha: string | null | undefined): string => (sha ? sha.slice(0, 8) : '—')
