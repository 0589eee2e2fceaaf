// The app's build: copies src/ to www/ (a stand-in for vite/webpack), stamping the version.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
rmSync('www', { recursive: true, force: true })
cpSync('src', 'www', { recursive: true })
writeFileSync('www/build-info.json', `${JSON.stringify({ nativeVersion: version })}\n`)
console.log('built www/')
