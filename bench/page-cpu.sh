#!/usr/bin/env bash
# Page CPU, A against B: two servers side by side on copies of one demo database, each page measured as the
# server process's CPU time per request (from /proc), the two alternating round by round so that whatever else
# the machine does weighs on both alike. A wrk run's req/s on two shared cores moved by ±20 % between identical
# runs; CPU per request, alternated and taken as a median, shows a 10 % change. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
bench/page-cpu.sh [-r rounds] [-d seconds] [-w seconds] [-c connections] JAR_A JAR_B [path ...]
  JAR_A, JAR_B  the two builds (the same jar twice to compare options: A_ARGS / B_ARGS add server arguments)
  path          pages to measure (default: person pages by random id, /persons, /, /monitoring, /account/password);
                "person" stands for /persons/<random id>
  -r  measured rounds per page and server (default 5; two warm-up rounds come first)
  -d  seconds per round (default 10)
  -w  warm-up seconds per page and server before the rounds (default 60: the JIT takes about a minute of
      load to settle on a page, and a page measured before that costs up to twice as much)
  -c  wrk's connections in the rounds (default 4); with many (-c 64) the medians of req/s and p99 are worth
      reading too, to compare how a server holds up under load rather than what a page costs
USAGE
}

ROUNDS=5 SECONDS_EACH=10 WARM=60 CONNECTIONS=4
while getopts "r:d:w:c:h" opt; do
  case $opt in r) ROUNDS=$OPTARG ;; d) SECONDS_EACH=$OPTARG ;; w) WARM=$OPTARG ;; c) CONNECTIONS=$OPTARG ;;
    *) usage; exit 2 ;; esac
done
shift $((OPTIND - 1))
[[ $# -ge 2 ]] || { usage; exit 2; }
JAR_A=$(realpath "$1") JAR_B=$(realpath "$2"); shift 2
PATHS=("$@"); [[ ${#PATHS[@]} -gt 0 ]] || PATHS=(person /persons / /monitoring /account/password)

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/page-cpu
PASSWORD=Page-Cpu-Steppe-2026
command -v wrk >/dev/null || { echo "wrk 未安装（Debian：apt-get install wrk）" >&2; exit 1; }
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
mkdir -p "$WORK"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done' EXIT

start() { # start JAR PORT DATA ARGS -> pid
  ZHUYE_DATA_DIR=$3 ZHUYE_ADMIN_INITIAL_PASSWORD=$PASSWORD \
    java -Xmx1g -jar "$1" --spring.profiles.active=demo --server.port="$2" $4 >"$WORK/server-$2.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { tail -30 "$WORK/server-$2.log" >&2; echo "服务器未能启动" >&2; exit 1; }
    sleep 1
  done
  echo $pid
}

# One demo database, made once by A and copied for B, so both serve the same rows.
if [[ ! -f $WORK/data/.demo-ready ]]; then
  say "生成演示数据（$JAR_A）"
  rm -rf "$WORK/data"
  pid=$(start "$JAR_A" 18490 "$WORK/data" "")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  touch "$WORK/data/.demo-ready"
fi
rm -rf "$WORK/data-a" "$WORK/data-b"
cp -a "$WORK/data" "$WORK/data-a"; cp -a "$WORK/data" "$WORK/data-b"
say "启动 A（18491）与 B（18492）"
PA=$(start "$JAR_A" 18491 "$WORK/data-a" "${A_ARGS:-}"); PIDS+=("$PA")
PB=$(start "$JAR_B" 18492 "$WORK/data-b" "${B_ARGS:-}"); PIDS+=("$PB")

session() { # session PORT -> JSESSIONID of the administrator
  local jar=$WORK/cookies-$1.txt base=http://127.0.0.1:$1 token
  csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username=admin --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
}
SA=$(session 18491) SB=$(session 18492)
# The highest person id (ids are a sequence and persons are never deleted), found by halving.
found() { [[ $(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "http://127.0.0.1:18491/api/v1/persons/$1") == 200 ]]; }
low=1 high=16777216
until (( high - low <= 1 )); do mid=$(((low + high) / 2)); if found $mid; then low=$mid; else high=$mid; fi; done
MAX_ID=$low
say "人员编号 1–$MAX_ID"

# The server's CPU time without the JIT compiler's threads: C2 spends minutes compiling Spring's and Thymeleaf's deep
# call chains (two minutes of CPU in the first three of a demo server), which is warm-up, not the cost of a page.
cpu_ticks() {
  local total=0 line rest
  for stat in /proc/"$1"/task/*/stat; do
    line=$(<"$stat") || continue
    [[ $line == *"CompilerThre)"* ]] && continue
    rest=${line##*) }
    total=$((total + $(awk '{ print $12 + $13 }' <<<"$rest")))
  done
  echo "$total"
}
# PostgreSQL's CPU time for the server on DATA: its postmaster and every backend (planning and running the page's SQL).
pg_ticks() {
  local master total=0
  master=$(pgrep -f -- "-D $1/postgres" | head -1)
  for p in $master $(pgrep -P "$master"); do
    total=$((total + $(awk '{ print $14 + $15 }' /proc/"$p"/stat 2>/dev/null || echo 0)))
  done
  echo "$total"
}
# measure PID PORT SESSION PATH SECONDS DATA -> "server-ms-per-request postgres-ms-per-request non-2xx req/s p99-ms"
measure() {
  local pid=$1 port=$2 session=$3 path=$4 secs=$5 data=$6 before after pg_before pg_after out
  local -a script=()
  if [[ $path == person ]]; then
    script=(-s "$ROOT/bench/requests.lua"); path=/
    export LOAD_MODE=ids LOAD_PREFIX=/persons/ LOAD_MIN_ID=1 LOAD_MAX_ID=$MAX_ID
  fi
  before=$(cpu_ticks "$pid"); pg_before=$(pg_ticks "$data")
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${secs}s" --latency "${script[@]}" -H "Cookie: JSESSIONID=$session" \
    "http://127.0.0.1:$port$path")
  after=$(cpu_ticks "$pid"); pg_after=$(pg_ticks "$data")
  awk -v a="$before" -v b="$after" -v pa="$pg_before" -v pb="$pg_after" -v hz="$(getconf CLK_TCK)" \
      -v n="$(awk '/requests in/ { print $1 }' <<<"$out")" -v bad="$(awk '/Non-2xx/ { print $NF }' <<<"$out")" \
      -v rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")" -v p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
      'BEGIN { ms = p99 + 0; if (p99 ~ /us$/) ms /= 1000; else if (p99 ~ /[0-9]s$/) ms *= 1000; else if (p99 ~ /m$/) ms *= 60000
               printf "%.2f %.2f %d %.0f %.1f\n", 1000 * (b - a) / hz / n, 1000 * (pb - pa) / hz / n, bad + 0, rps, ms }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-22s %8s %8s %7s %8s %8s %8s %8s %7s %7s   %s\n' page "A ms" "B ms" "B/A" "A pg ms" "B pg ms" "A req/s" "B req/s" \
  "A p99" "B p99" "rounds (A | B), server CPU ms per request"
for path in "${PATHS[@]}"; do
  for ((w = 0; w < WARM; w += 10)); do
    measure "$PA" 18491 "$SA" "$path" 10 "$WORK/data-a" >/dev/null; measure "$PB" 18492 "$SB" "$path" 10 "$WORK/data-b" >/dev/null
  done
  a=() b=() pa=() pb=() ra=() rb=() la=() lb=() bad=0
  for r in $(seq "$ROUNDS"); do
    read -r ms pg e rps p99 < <(measure "$PA" 18491 "$SA" "$path" "$SECONDS_EACH" "$WORK/data-a")
    a+=("$ms"); pa+=("$pg"); ra+=("$rps"); la+=("$p99"); bad=$((bad + e))
    read -r ms pg e rps p99 < <(measure "$PB" 18492 "$SB" "$path" "$SECONDS_EACH" "$WORK/data-b")
    b+=("$ms"); pb+=("$pg"); rb+=("$rps"); lb+=("$p99"); bad=$((bad + e))
  done
  ma=$(median "${a[@]}") mb=$(median "${b[@]}")
  printf '%-22s %8s %8s %7s %8s %8s %8s %8s %7s %7s   %s | %s%s\n' "$path" "$ma" "$mb" \
    "$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2f", b / a }')" "$(median "${pa[@]}")" "$(median "${pb[@]}")" \
    "$(median "${ra[@]}")" "$(median "${rb[@]}")" "$(median "${la[@]}")" "$(median "${lb[@]}")" \
    "${a[*]}" "${b[*]}" "$([[ $bad -gt 0 ]] && echo "   ($bad 个非 2xx 应答)")"
done
