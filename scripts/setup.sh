#!/usr/bin/env bash
# Installs what building and testing the report need on a fresh Debian machine, and nothing when it
# is all there already (it runs before every `npm run report` and `npm test`, so the check is quick):
#   - the npm packages, from package-lock.json (npm install honours the lock; see README);
#   - Debian's Chromium, which prints the PDF (puppeteer is told never to download a browser);
#   - poppler-utils (pdftotext, pdfinfo, pdffonts), which the tests use to read the PDF back;
#   - a Java runtime for the Nu HTML Checker (vnu-jar), which the tests run on report.html;
#   - the bundled CLI in dist/ (scripts/build.mjs), when src/ changed since it was built.
# Usage: scripts/setup.sh [--quiet]
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=${1:-}
say() { [ "$quiet" = "--quiet" ] || echo "setup: $*"; }

# 1. npm packages: install when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm install)" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
else
  say "npm packages present"
fi

# 2. Debian packages.
missing=()
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
   && ! command -v google-chrome-stable >/dev/null 2>&1; then
  missing+=(chromium)
fi
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)                    # checks the PDF's structure in the tests
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)   # the Nu HTML Checker (vnu-jar) in the tests
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >&2
  else
    echo "setup: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
  fi
else
  say "chromium, poppler-utils, qpdf and java present"
fi

# 3. The bundled CLI (scripts/build.mjs), rebuilt when a source file, the lock or the build script
#    changed since it was built; `npm run report` runs it with plain node.
if [ ! -f dist/cli.js ] || [ -n "$(find src scripts/build.mjs package-lock.json -newer dist/cli.js -print -quit)" ]; then
  say "bundling src/ into dist/"
  node scripts/build.mjs >&2
fi
