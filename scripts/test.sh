#!/usr/bin/env bash
# Runs every test of the system: unit tests, each service's @QuarkusTest suite and the system tests, against the
# real PostgreSQL and RabbitMQ of this machine (scripts/infra.sh prepares them), then the web console's browser tests
# (scripts/console-e2e.sh) on the jars that build made. SQL Server builds are tested the same way where Docker exists
# (see .github/workflows/ci.yml). Arguments go to Maven; a build narrowed by them (-pl, -Dtest, ...) may not make the
# three jars, so the browser tests then run only with CONSOLE_E2E=always.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/infra.sh
./mvnw -B --no-transfer-progress verify -Ddb.kind=postgresql "$@"
if [ $# -eq 0 ] || [ "${CONSOLE_E2E:-}" = always ]; then
  SKIP_BUILD=1 bash scripts/console-e2e.sh
else
  echo "[test] the console's browser tests did not run (Maven was given arguments): scripts/console-e2e.sh runs them"
fi
