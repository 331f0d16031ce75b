#!/usr/bin/env bash
# Database migrations for every provider (docs/adr/0015). Each provider has its own context and folder:
#   scripts/migrations.sh add <Name>      adds <Name> for SQLite, PostgreSQL and SQL Server
#   scripts/migrations.sh remove          removes the newest migration of every provider
#   scripts/migrations.sh check           fails if any provider's model has changes no migration covers
#   scripts/migrations.sh script <provider> <file>
#                                         writes an idempotent SQL script (Sqlite, PostgreSql or SqlServer)
set -euo pipefail
cd "$(dirname "$0")/.."

providers=(Sqlite PostgreSql SqlServer)
ef() {
  local provider=$1; shift
  dotnet ef "$@" --project src/CpdPortal.Infrastructure --startup-project src/CpdPortal.Infrastructure \
    --context "${provider}CpdPortalDbContext" --no-build
}

dotnet tool restore >/dev/null
case "${1:-}" in
  add)
    name=${2:?usage: scripts/migrations.sh add <Name>}
    dotnet build src/CpdPortal.Infrastructure >/dev/null
    for p in "${providers[@]}"; do
      ef "$p" migrations add "$name" --output-dir "Persistence/Migrations/$p"
    done
    ;;
  remove)
    dotnet build src/CpdPortal.Infrastructure >/dev/null
    for p in "${providers[@]}"; do ef "$p" migrations remove --force; done
    ;;
  check)
    dotnet build src/CpdPortal.Infrastructure >/dev/null
    for p in "${providers[@]}"; do ef "$p" migrations has-pending-model-changes; done
    ;;
  script)
    provider=${2:?usage: scripts/migrations.sh script <provider> <file>}
    file=${3:?usage: scripts/migrations.sh script <provider> <file>}
    dotnet build src/CpdPortal.Infrastructure >/dev/null
    ef "$provider" migrations script --idempotent --output "$file"
    ;;
  *)
    sed -n '2,8p' "$0"; exit 2 ;;
esac
