#!/usr/bin/env bash
# Runs a command with Node.js 22+ on PATH. When the machine's node is older,
# Node 24 is installed from the npm registry into .tools/ (once) and used.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$major" -lt 22 ]; then
  tools="$root/.tools/node24"
  if [ ! -x "$tools/node_modules/.bin/node" ]; then
    echo "Node $major is too old for capflight (22+ needed); installing Node 24 from npm into .tools/ ..." >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
fi
exec "$@"
