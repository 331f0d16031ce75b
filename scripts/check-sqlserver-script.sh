#!/usr/bin/env bash
# SQL Server cannot run here (docs/deployment.md): instead, its idempotent migration script is generated and checked.
# It must create every table that the SQL Server model snapshot maps, guard each migration with its history row,
# and be written to the given file (default: a temporary one) for a DBA to read.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp --suffix=.sql)}
./scripts/migrations.sh script SqlServer "$out" >/dev/null

snapshot=src/CpdPortal.Infrastructure/Persistence/Migrations/SqlServer/SqlServerCpdPortalDbContextModelSnapshot.cs
mapfile -t tables < <(grep -oP 'b\.ToTable\("\K[^"]+' "$snapshot" | sort -u)
[ "${#tables[@]}" -gt 0 ] || { echo "No tables found in $snapshot" >&2; exit 1; }

missing=0
for table in "${tables[@]}"; do
  if ! grep -q "CREATE TABLE \[$table\]" "$out"; then
    echo "The SQL Server script does not create table $table" >&2
    missing=$((missing + 1))
  fi
done

# Idempotent: every migration's statements are guarded by its row in the history table.
mapfile -t migrations < <(ls src/CpdPortal.Infrastructure/Persistence/Migrations/SqlServer/ | grep -P '^\d{14}_\w+\.cs$' | grep -v Designer | sed 's/\.cs$//')
for id in "${migrations[@]}"; do
  if ! grep -q "WHERE \[MigrationId\] = N'$id'" "$out"; then
    echo "The SQL Server script does not guard migration $id by its history row" >&2
    missing=$((missing + 1))
  fi
done

[ "$missing" -eq 0 ] || exit 1
echo "SQL Server script: ${#tables[@]} tables, ${#migrations[@]} migrations, idempotent ($out)"
