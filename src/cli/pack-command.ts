/** `capflight pack`: loaded alone, so packing starts without the release, store and serve code. */
import path from 'node:path'
import { packWebDir } from '../core/pack/pack.js'
import { buildSettings, type SettingsFlags } from '../core/settings/settings.js'
import type { Handler } from './commands.js'
import { str } from './flags.js'

export const pack: Handler = async (context) => {
  const { values, cwd, io } = context
  let dir = str(values['web-dir'])
  let exclude: string[] = []
  if (!dir) {
    // Only the web folder and excludes come from the settings: pack needs no app id.
    const settings = buildSettings(values as SettingsFlags, io.env, cwd, { appId: false })
    dir = settings.webDir
    exclude = settings.exclude
  }
  const out = path.resolve(cwd, str(values.out) ?? 'bundle.zip')
  const result = await packWebDir({ webDir: path.resolve(cwd, dir), out, exclude, requireNotifyAppReady: Boolean(values['require-notify-app-ready']), reporter: context.reporter })
  const { notifyAppReady: _n, ...shown } = result
  context.print(shown, `${result.path}\n  files     ${result.files}\n  size      ${result.size}\n  checksum  ${result.checksum}`)
  return 0
}
