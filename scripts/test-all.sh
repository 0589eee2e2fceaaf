#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, check dist/ is current, run jest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund --loglevel=error
npm run typecheck
npm run check:dist
npm test -- --ci
