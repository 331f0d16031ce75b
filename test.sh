#!/usr/bin/env bash
# Runs every test of CpdPortal on a fresh machine: installs what is missing, builds with warnings as errors,
# checks formatting, then runs the unit, integration and browser tests. The integration tests run twice: on SQLite,
# then on a throwaway PostgreSQL cluster (scripts/postgres.sh; docs/adr/0015). The browser tests stay on SQLite.
# SQL Server's idempotent migration script is generated and checked.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v chromium >/dev/null 2>&1; then
  step "Installing Chromium from Debian (browser tests)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

step "Restoring dotnet local tools"
dotnet tool restore

step "Installing front-end packages"
(cd src/CpdPortal.Web && npm ci --no-audit --no-fund --ignore-scripts)

step "Building (warnings are errors)"
dotnet build CpdPortal.sln -c Release

step "Checking formatting"
dotnet format CpdPortal.sln --verify-no-changes --no-restore

step "Checking the SQL Server migration script (no SQL Server can run here)"
scripts/check-sqlserver-script.sh

run_tests() {
  dotnet test "tests/CpdPortal.$1" -c Release --no-build --logger "console;verbosity=minimal"
}

# Runs a test pass and prints how long it took.
timed() {
  local label=$1; shift
  local started=$SECONDS
  "$@"
  printf '    %s took %d s\n' "$label" $((SECONDS - started))
}

for project in Domain.Tests Application.Tests Infrastructure.Tests Web.Tests; do
  step "Testing CpdPortal.$project"
  run_tests "$project"
done

# Both integration passes use it: the SQLite pass for its tests that always need PostgreSQL (two instances).
step "Starting a throwaway PostgreSQL"
postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/cpdportal-test-postgres.XXXXXX")
stop_postgres() { scripts/postgres.sh stop "$postgres_dir" || true; }
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
CPDPORTAL_TEST_POSTGRES=$(scripts/postgres.sh start "$postgres_dir" | tail -n 1)
export CPDPORTAL_TEST_POSTGRES

step "Testing CpdPortal.IntegrationTests on SQLite"
timed "Integration tests on SQLite" env CPDPORTAL_TEST_PROVIDER=Sqlite dotnet test tests/CpdPortal.IntegrationTests \
  -c Release --no-build --logger "console;verbosity=minimal"

step "Testing CpdPortal.IntegrationTests on PostgreSQL"
timed "Integration tests on PostgreSQL" env CPDPORTAL_TEST_PROVIDER=PostgreSql dotnet test tests/CpdPortal.IntegrationTests \
  -c Release --no-build --logger "console;verbosity=minimal"

step "Testing CpdPortal.BrowserTests"
run_tests BrowserTests

step "All tests passed"
