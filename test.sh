#!/usr/bin/env bash
# Runs every test of CpdPortal on a fresh machine: installs what is missing, builds with warnings as errors,
# checks formatting, then runs the unit, integration and browser tests.
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

for project in Domain.Tests Web.Tests IntegrationTests BrowserTests; do
  step "Testing CpdPortal.$project"
  dotnet test "tests/CpdPortal.$project" -c Release --no-build --logger "console;verbosity=minimal"
done

step "All tests passed"
