#!/usr/bin/env bash
# Writes a new migration: the SQL between the last committed prisma/schema.prisma
# and the working copy. Commit the schema together with its migration.
#   npm run db:diff -- add_job_timeout
set -euo pipefail
name="${1:?usage: npm run db:diff -- <migration_name>}"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
old=$(mktemp --suffix=.prisma)
git show HEAD:prisma/schema.prisma > "$old"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$old"
echo "wrote $dir/migration.sql"
