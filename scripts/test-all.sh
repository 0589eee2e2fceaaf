#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, check dist/ is current, run jest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "node $(node --version), npm $(npm --version)"
# npm ci refuses this lockfile: some optional platform binaries of dev dependencies
# (other OSes) are not served by the registry, so npm install (which honours the lock) is used.
npm install --no-audit --no-fund --loglevel=error
npm run typecheck
npm run check:dist
npm run check:docs
npm test -- --ci
