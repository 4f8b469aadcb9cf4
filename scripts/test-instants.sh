#!/usr/bin/env bash
# Runs the tests with the clock set to awkward instants, to prove that no test (and no rule) depends on
# the day it runs: year end and new year in Vietnam time, school-year end and start, the base-salary
# change of 30/6 → 1/7. The server code, the database tests and the browser journeys all take "now" from
# TDKT_TEST_NOW (src/server/clock.ts, e2e/harness.ts); the journeys install the same instant in Chromium.
#
#   scripts/test-instants.sh                       every tier at every instant (about 10 minutes each)
#   scripts/test-instants.sh --project unit        one tier (any Vitest arguments)
#   TDKT_TEST_INSTANTS="2027-01-01T00:00:00+07:00" scripts/test-instants.sh
#
# Needs what `npm test` installs (Chromium, PostgreSQL) and a built web app (`npm run build:web`) for
# the journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

# One private PostgreSQL for every instant (the database tier runs on it as well as on PGlite).
if [ -z "${TEST_PG_URL:-}" ] && [[ " $* " != *" --project unit "* || " $* " == *" --project db "* || " $* " == *" --project e2e "* ]]; then
  exec scripts/with-postgres.sh "$0" "$@"
fi

INSTANTS=${TDKT_TEST_INSTANTS:-"2026-12-31T23:59:00+07:00 2027-01-01T00:00:00+07:00 2027-05-31T23:59:00+07:00 2027-06-30T23:59:00+07:00 2027-07-01T00:00:00+07:00 2027-09-01T07:30:00+07:00"}

failed=()
for at in $INSTANTS; do
  echo "» Clock at $at"
  if ! TDKT_TEST_NOW="$at" npx vitest run "$@"; then failed+=("$at"); fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "» Failed at: ${failed[*]}" >&2
  exit 1
fi
echo "» Passed at every instant: $INSTANTS"
