#!/usr/bin/env bash
# HTTP phase of the benchmark (issue 7): load /api/search with a rotating query mix and /health
# (the ceiling) on the same running server, with Debian's wrk, loopback only, bounded in time.
#
#   bench/http.sh [URL] [QUERIES_FILE]
#     URL           server to load (default http://127.0.0.1:7070); must be 127.0.0.1/localhost/[::1]
#     QUERIES_FILE  request paths, one a line (default: target/bench/http-queries.txt if present,
#                   else the script's built-in mix)
#   Environment: THREADS (2), CONNECTIONS (32), DURATION (20s), OUT (target/bench/http)
#
# Prints requests/s and latency percentiles per endpoint and the /api/search : /health ratio; the
# full wrk output (with --latency's distribution) is kept under $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${1:-http://127.0.0.1:7070}"
URL="${URL%/}"
QUERIES="${2:-}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20s}"
OUT="${OUT:-target/bench/http}"
SCRIPT="src/main/resources/siege/bench/search.lua"

case "$URL" in
  http://127.0.0.1|http://127.0.0.1:*|http://localhost|http://localhost:*|http://\[::1\]|http://\[::1\]:*) ;;
  *) echo "http.sh: refusing to load $URL: only loopback servers (http://127.0.0.1:PORT) may be loaded" >&2; exit 2 ;;
esac
if ! command -v wrk >/dev/null 2>&1; then
  echo "http.sh: wrk is not installed (Debian: apt-get install wrk)" >&2
  exit 2
fi
if [ -z "$QUERIES" ] && [ -f target/bench/http-queries.txt ]; then QUERIES=target/bench/http-queries.txt; fi
if [ -n "$QUERIES" ] && [ ! -r "$QUERIES" ]; then
  echo "http.sh: cannot read the query file $QUERIES" >&2
  exit 2
fi
if command -v curl >/dev/null 2>&1 && ! curl -fsS -o /dev/null --max-time 5 "$URL/health"; then
  echo "http.sh: $URL/health does not answer 200: start the server first (siege-search serve)" >&2
  exit 1
fi
mkdir -p "$OUT"

run() { # name, script args...
  local name="$1"; shift
  local log="$OUT/$name.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRIPT" "$URL" -- "$@" > "$log" 2>&1 || {
    echo "http.sh: wrk failed for $name, see $log" >&2; cat "$log" >&2; exit 1; }
  if ! grep -q '^RESULT ' "$log"; then
    echo "http.sh: no result from wrk for $name, see $log" >&2; cat "$log" >&2; exit 1
  fi
  grep '^RESULT ' "$log" | tail -n 1
}

field() { # RESULT line, key -> value
  sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION against $URL (queries: ${QUERIES:-built-in mix})"
search=$(run search ${QUERIES:+"$QUERIES"})
health=$(run health --health)

printf '%-12s %12s %9s %9s %9s %9s %8s\n' endpoint requests/s p50_ms p90_ms p99_ms max_ms errors
for pair in "/api/search:$search" "/health:$health"; do
  name="${pair%%:*}"; line="${pair#*:}"
  errors=$(( $(field "$line" non2xx) + $(field "$line" connect) + $(field "$line" read) + $(field "$line" write) + $(field "$line" timeout) ))
  printf '%-12s %12s %9s %9s %9s %9s %8s\n' "$name" "$(field "$line" rps)" "$(field "$line" p50_ms)" \
    "$(field "$line" p90_ms)" "$(field "$line" p99_ms)" "$(field "$line" max_ms)" "$errors"
done
awk -v s="$(field "$search" rps)" -v h="$(field "$health" rps)" \
  'BEGIN { if (h > 0) printf "/api/search : /health = %.0f%% (target: at least 60%%)\n", 100 * s / h }'
echo "full wrk output: $OUT/search.txt, $OUT/health.txt"
