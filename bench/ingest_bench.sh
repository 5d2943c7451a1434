#!/usr/bin/env bash
# Ingest throughput of the real command, run by hand (not in the suite):
#
#   bash bench/ingest_bench.sh /path/to/article/texts        # e.g. PolNeAR train/text
#   ARTICLES=5000 WORKERS="1 2 4" bash bench/ingest_bench.sh /path/to/texts
#
# Writes ARTICLES varied articles built from the texts (seed_bench --write-to: new names,
# outlets and dates, front matter) to a temporary folder, then for each worker count
# times `manage.py ingest FOLDER --workers N` into a fresh PostgreSQL database and prints
# its summary line (articles and seconds). Extraction is part of what is timed.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=${1:?usage: bash bench/ingest_bench.sh TEXTS_DIR}
ARTICLES=${ARTICLES:-3000}
WORKERS=${WORKERS:-"1 2"}
PY=${PY:-.venv/bin/python}
DB=${DB:-newsroom_ingest_bench}
PG="-h 127.0.0.1 -U postgres"
export SECRET_KEY=ingest-bench LOG_LEVEL=WARNING
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"

WORK=$(mktemp -d /tmp/newsroom-ingest.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DEBUG=1 $PY manage.py seed_bench --articles "$ARTICLES" --source "$SOURCE" --cast 16 --write-to "$WORK" >/dev/null

for n in $WORKERS; do
  dropdb $PG --if-exists "$DB" && createdb $PG "$DB"
  $PY manage.py migrate --noinput -v0
  echo "== $ARTICLES articles, --workers $n (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  $PY manage.py ingest "$WORK" --workers "$n" 2>/dev/null | head -2
done
dropdb $PG --if-exists "$DB"
