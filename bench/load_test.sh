#!/usr/bin/env bash
# Bounded load test of the production stack on loopback, run by hand (not in the suite):
#
#   bash bench/load_test.sh                       # PostgreSQL database newsroom_load
#   ARTICLES=2000 DURATION=45 bash bench/load_test.sh
#   DATABASE_URL=sqlite:////tmp/load.sqlite3 bash bench/load_test.sh
#
# 1. ingests seeds/ plus a generated corpus (bench/make_corpus.py) through `manage.py ingest`;
# 2. collectstatic (compressed manifest) and gunicorn with gunicorn.conf.py, DEBUG off;
# 3. wrk on 127.0.0.1 only: a 5 s warm-up, then two measured runs of DURATION s (at most 60)
#    over a mix of pages (home, lists, searches, filters, person/quote/article pages, a
#    hashed static file, /healthz);
# 4. prints requests/s, latency percentiles, 5xx counts (from wrk and from the JSON access
#    log) and gunicorn's total RSS after the warm-up and after each run.
# Needs wrk (apt-get install -y wrk). Stops the gunicorn it started, and only that one.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WORKERS=${WEB_CONCURRENCY:-$(( $(nproc) * 2 + 1 ))}
# A free port unless told: another server may already be listening on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PY=${PY:-.venv/bin/python}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/newsroom_load}
(( DURATION > 60 )) && DURATION=60  # the workplace limit for one load run
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk"; exit 1; }

WORK=$(mktemp -d /tmp/newsroom-load.XXXXXX)
export SECRET_KEY="load-test-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS=127.0.0.1 STATIC_ROOT="$WORK/static" LOG_LEVEL=INFO LOG_FORMAT=json
unset DEBUG

SERVER_PID=""
cleanup() {  # stop our gunicorn; keep only the logs (access.log, gunicorn.err) in $WORK
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK/corpus" "$WORK/static"; true
}
trap cleanup EXIT

echo "== setup: $DATABASE_URL, $ARTICLES generated articles, work dir $WORK"
if [[ "$DATABASE_URL" == postgres* ]]; then
  db_name=${DATABASE_URL##*/}
  psql "${DATABASE_URL%/*}/postgres" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1 \
    || psql "${DATABASE_URL%/*}/postgres" -qc "CREATE DATABASE \"$db_name\""
fi
$PY manage.py migrate --noinput -v 0
$PY bench/make_corpus.py "$WORK/corpus" --articles "$ARTICLES"
$PY manage.py ingest seeds "$WORK/corpus" -v 1 2>/dev/null | tail -4
$PY manage.py collectstatic --noinput -v 0

# The page mix: real slugs and ids from the database.
$PY manage.py shell -v 0 -c '
from quotes.models import Article, Organisation, Person, Quote
from django.templatetags.static import static
paths = ["/", "/quotes/", "/quotes/?kind=direct", "/quotes/?page=3", "/people/", "/organisations/",
         "/articles/", "/people/?q=an", "/healthz", static("css/site.css")]
people = list(Person.objects.order_by("?")[:30])
paths += [p.get_absolute_url() for p in people]
paths += ["/quotes/?q=" + p.name.split()[-1].lower() for p in people[:15]]
paths += ["/quotes/?speaker=" + p.slug + "&kind=direct" for p in people[:10]]
paths += [q.get_absolute_url() for q in Quote.objects.order_by("?")[:30]]
paths += [a.get_absolute_url() for a in Article.objects.order_by("?")[:20]]
paths += [o.get_absolute_url() for o in Organisation.objects.order_by("?")[:5]]
print("\n".join(paths))
' > "$WORK/paths.txt"
echo "page mix: $(wc -l < "$WORK/paths.txt") URLs"

cat > "$WORK/mix.lua" <<LUA
local paths = {}
for line in io.lines("$WORK/paths.txt") do table.insert(paths, line) end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n = math.random(#paths); fivexx = 0; fourxx = 0 end
function request() n = n % #paths + 1; return wrk.format("GET", paths[n]) end
function response(status, headers, body)
  if status >= 500 then fivexx = fivexx + 1 elseif status >= 400 then fourxx = fourxx + 1 end
end
function done(summary, latency, requests)
  local f, q = 0, 0
  for _, t in ipairs(threads) do f = f + t:get("fivexx"); q = q + t:get("fourxx") end
  io.write(string.format("responses: %d, 5xx: %d, 4xx: %d, socket errors: %d\n", summary.requests, f, q,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

echo "== gunicorn: $WORKERS workers on 127.0.0.1:$PORT"
.venv/bin/gunicorn newsroom.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" >"$WORK/access.log" 2>"$WORK/gunicorn.err" &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
kill -0 "$SERVER_PID" 2>/dev/null || { echo "gunicorn did not start:"; cat "$WORK/gunicorn.err"; exit 1; }
curl -fs "http://127.0.0.1:$PORT/healthz"; echo

rss_mb() {  # gunicorn master + workers, MB
  { ps -o rss= -p "$SERVER_PID"; ps -o rss= --ppid "$SERVER_PID"; } | awk '{s += $1} END {printf "%.1f", s / 1024}'
}
run() {  # label, seconds
  echo "== $1: wrk -t$THREADS -c$CONNECTIONS -d${2}s"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 10s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" \
    | grep -E "Requests/sec|Transfer/sec|responses:|latency ms:"
}
run warm-up 5 >/dev/null
echo "RSS after warm-up: $(rss_mb) MB"
run "run 1" "$DURATION"
echo "RSS after run 1: $(rss_mb) MB"
run "run 2" "$DURATION"
echo "RSS after run 2: $(rss_mb) MB"
echo "5xx in the access log: $(grep -c '"status": 5' "$WORK/access.log" || true) of $(grep -c '"logger": "newsroom.access"' "$WORK/access.log") logged requests"
grep -q "Traceback" "$WORK/gunicorn.err" "$WORK/access.log" && echo "tracebacks logged: see $WORK" || echo "no tracebacks logged"
echo "logs: $WORK"
