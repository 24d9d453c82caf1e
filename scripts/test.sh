#!/usr/bin/env bash
# Runs every test of the system: unit tests, each service's @QuarkusTest suite and the system tests, against the
# real PostgreSQL and RabbitMQ of this machine (scripts/infra.sh prepares them). SQL Server builds are tested the same
# way where Docker exists (see .github/workflows/ci.yml).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/infra.sh
exec ./mvnw -B --no-transfer-progress verify -Ddb.kind=postgresql "$@"
