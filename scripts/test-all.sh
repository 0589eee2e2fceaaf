#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, check dist/ is current, run jest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "node $(node --version), npm $(npm --version)"
# System tools the tests drive: rsync (gitlab-ci-local), groovy + a JDK (the Jenkins library),
# openssl (an external signer), python3 (an independent zip reader), and javac with Debian's
# org.json (Android's own), OkHttp and Okio (capacitor-updater's Android classes, compiled and run),
# Debian's Chromium (the console's browser test drives it with playwright-core) and brotli (the
# reference decoder behind the Android harness's org.brotli:dec).
missing=()
need() { if ! eval "$1" >/dev/null 2>&1; then missing+=("$2"); fi; }
need 'command -v rsync' rsync
need 'command -v groovy' groovy
need 'command -v openssl' openssl
need 'command -v python3' python3
need 'command -v javac' default-jdk-headless
need 'test -f /usr/share/java/com.android.json.jar' libandroid-json-java
need 'test -f /usr/share/java/okhttp.jar' libokhttp-java
need 'test -f /usr/share/java/okio.jar' libokio-java
need 'command -v chromium' chromium
need 'command -v brotli' brotli
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing ${missing[*]} with apt-get ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing ${missing[*]}: install them (Debian: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
# npm ci refuses this lockfile: some optional platform binaries of dev dependencies
# (other OSes) are not served by the registry, so npm install (which honours the lock) is used.
npm install --no-audit --no-fund --loglevel=error
# The Azure task also declares a Node20_1 handler: its bundle is run under Node 20 too.
node20="$PWD/.tools/node20/node_modules/.bin/node"
if [ ! -x "$node20" ]; then
  echo "installing Node 20 from npm into .tools/ (for the Azure Node20_1 handler test) ..."
  npm install --prefix .tools/node20 --no-save --no-audit --no-fund --loglevel=error node@20
fi
export CAPFLIGHT_TEST_NODE20="$node20"
# The action installs an app's dependencies with its lockfile's package manager: pnpm and Yarn 1 too.
pm="$PWD/.tools/pm/node_modules/.bin"
if [ ! -x "$pm/pnpm" ] || [ ! -x "$pm/yarn" ]; then
  echo "installing pnpm and yarn from npm into .tools/ (for the action's install tests) ..."
  npm install --prefix .tools/pm --no-save --no-audit --no-fund --loglevel=error pnpm@10 yarn@1
fi
export CAPFLIGHT_TEST_PM_BIN="$pm"
npm run typecheck
npm run check:dist
npm run check:docs
npm test -- --ci
