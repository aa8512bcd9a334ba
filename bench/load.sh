#!/usr/bin/env bash
# The load benchmark (issue 15, point 5): N synthetic persons imported through the server-side import, the
# packaged jar started on them, wrk against every kind of request at c=8 and c=64, one table printed and
# written into docs/benchmarks.md ("Load under HTTP"). See bench/README.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
bench/load.sh [-n persons] [-d duration] [-c "8 64"] [-p port] [-D data-dir] [-s] [-W]
  -n  persons to import (default 1600000)
  -d  wrk duration of each measured run (default 20s)
  -w  warm-up before each request's runs, at c=8 (default 45s: the JIT takes about a minute of load to settle on
      the template engine's code, and pages measured earlier cost up to half again as much)
  -c  connection counts (default "8 64")
  -p  port of the server (default 18480)
  -D  data directory (default target/load/data-<n>; reused when it already holds the import)
  -s  soak instead: 10 minutes at c=32 against a mix, errors and heap every minute
  -W  do not write docs/benchmarks.md
  -R  only the table and the section again, from the last run's results on this port
The administrator's password comes from ZHUYE_ADMIN_PASSWORD (default Load-Bench-Steppe-2026); the server's
heap from LOAD_HEAP (default 2g), further server arguments from LOAD_ARGS (e.g. --server.tomcat.threads.max=16).
USAGE
}

PERSONS=1600000 DURATION=20s WARMUP=45s CONNECTIONS="8 64" PORT=18480 DATA="" SOAK=0 WRITE=1 REPORT_ONLY=0
while getopts "n:d:w:c:p:D:sWRh" opt; do
  case $opt in
    n) PERSONS=$OPTARG ;; d) DURATION=$OPTARG ;; w) WARMUP=$OPTARG ;; c) CONNECTIONS=$OPTARG ;; p) PORT=$OPTARG ;;
    D) DATA=$OPTARG ;; s) SOAK=1 ;; W) WRITE=0 ;; R) REPORT_ONLY=1 ;; *) usage; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/load
DATA=${DATA:-$WORK/data-$PERSONS}
FILE=$WORK/persons-$PERSONS.csv
PLACED=persons-$PERSONS.csv
PASSWORD=${ZHUYE_ADMIN_PASSWORD:-Load-Bench-Steppe-2026}
BASE=http://127.0.0.1:$PORT
COOKIES=$WORK/cookies-$PORT.txt
RESULTS=$WORK/results-$PORT.tsv
mkdir -p "$WORK" "$DATA/imports"
command -v wrk >/dev/null || { echo "wrk 未安装（Debian：apt-get install wrk）" >&2; exit 1; }
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
seconds() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

RUN=$WORK/run-$PORT.env
if [[ $REPORT_ONLY == 0 ]]; then
# (a) the packaged jar
JAR=$(ls "$ROOT"/target/zhuye*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [[ -z $JAR ]]; then
  say "打包 jar（mvn -B -o -q package -DskipTests）"
  (cd "$ROOT" && mvn -B -o -q package -DskipTests)
  JAR=$(ls "$ROOT"/target/zhuye*.jar | grep -v '\.original$' | head -1)
fi

# (b) the generator's file, made once and kept under target/
if [[ ! -f $DATA/.load-imported && ! -s $FILE ]]; then
  say "生成 $PERSONS 名虚拟人员 → $FILE"
  java -cp "$JAR" -Dloader.main=org.zhuye.person.synthetic.GeneratePersons \
    org.springframework.boot.loader.launch.PropertiesLauncher "$PERSONS" "$WORK/partial-$PERSONS.csv"
  mv "$WORK/partial-$PERSONS.csv" "$FILE"
fi

# (c) the jar on the data directory
SERVER_LOG=$WORK/server-$PORT.log
say "启动 $JAR（数据目录 $DATA，端口 $PORT，日志 $SERVER_LOG）"
started=$(seconds)
ZHUYE_DATA_DIR=$DATA ZHUYE_ADMIN_INITIAL_PASSWORD=$PASSWORD \
  java -Xmx"${LOAD_HEAP:-2g}" -jar "$JAR" --server.port="$PORT" ${LOAD_ARGS:-} >"$SERVER_LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $SERVER 2>/dev/null || { tail -40 "$SERVER_LOG" >&2; echo "服务器未能启动" >&2; exit 1; }
  sleep 1
done
HEALTHY_AFTER=$(since "$started")
say "健康检查通过，用时 $HEALTHY_AFTER 秒"

api() { curl -sS -u "admin:$PASSWORD" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

if [[ ! -f $DATA/.load-imported ]]; then
  # The real path: the file placed in <data-dir>/imports/ and imported by the server-side import (a hard link,
  # so 1.6 million persons are not copied).
  ln -f "$FILE" "$DATA/imports/$PLACED" 2>/dev/null || cp "$FILE" "$DATA/imports/$PLACED"
  say "服务器端导入 $PLACED"
  began=$(seconds)
  job=$(api -X POST "$BASE/api/v1/persons/imports/placed?dryRun=false&file=$PLACED" | json 'd["id"]')
  while :; do
    state=$(api "$BASE/api/v1/persons/imports/$job")
    [[ $(echo "$state" | json 'd["finished"]') == True ]] && break
    sleep 2
  done
  took=$(since "$began")
  echo "$state" | json 'd["status"] + "：" + d["message"]' >&2
  [[ $(echo "$state" | json 'd["status"]') == SUCCEEDED ]] || exit 1
  printf '%s persons imported in %s s\n' "$PERSONS" "$took" >"$DATA/.load-imported"
  rm -f "$DATA/imports/$PLACED"
fi
IMPORTED=$(cat "$DATA/.load-imported")

# The snapshot: the province's overview answers once it is built.
until [[ $(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$BASE/api/v1/persons/overview?region=15") == 200 ]]; do
  sleep 1
done
READY_AFTER=$(since "$started")
say "快照就绪，自启动 $READY_AFTER 秒"

# (d) a bearer token, the Basic user (admin) and a signed-in page session
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
rm -f "$COOKIES"
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES")
admin_id=$(curl -s -b "$COOKIES" "$BASE/admin/users?q=admin" | grep -o 'href="/admin/users/[0-9]*"' | head -1 | grep -o '[0-9]*')
token=$(curl -s -b "$COOKIES" "$BASE/admin/users/$admin_id" | csrf)
BEARER=$(curl -s -L -c "$COOKIES" -b "$COOKIES" --data-urlencode "name=load-$(date +%s)" --data-urlencode "days=1" \
  --data-urlencode "_csrf=$token" "$BASE/admin/users/$admin_id/tokens" | grep -o 'zy_[A-Za-z0-9_-]*' | head -1)
[[ -n $SESSION && -n $BEARER ]] || { echo "未能登录或签发令牌" >&2; exit 1; }
BASIC="Authorization: Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
AUTH_BEARER="Authorization: Bearer $BEARER"
COOKIE="Cookie: JSESSIONID=$SESSION"

# The persons' ids: a first load numbers them in file order.
MIN_ID=1
MAX_ID=$(sed 's/ .*//' <<<"$IMPORTED")
for id in "$MIN_ID" "$MAX_ID"; do
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH_BEARER" "$BASE/api/v1/persons/$id") == 200 ]] \
    || { echo "人员 $id 不存在：数据目录不是一次首次载入？" >&2; exit 1; }
done
export LOAD_MIN_ID=$MIN_ID LOAD_MAX_ID=$MAX_ID

# One wrk run: label, connections, duration, header, path (or "ids:<prefix>:<suffix>" for random persons).
measure() {
  local label=$1 c=$2 duration=$3 header=$4 target=$5 out args=()
  [[ -n $header ]] && args+=(-H "$header")
  if [[ $target == ids:* ]]; then
    IFS=: read -r _ LOAD_PREFIX LOAD_SUFFIX <<<"$target"
    export LOAD_PREFIX LOAD_SUFFIX LOAD_MODE=ids
    args+=(-s "$ROOT/bench/requests.lua")
    target=$LOAD_PREFIX$MIN_ID$LOAD_SUFFIX
  elif [[ $target == mix ]]; then
    export LOAD_PREFIX=/api/v1/persons/ LOAD_SUFFIX= LOAD_MODE=mix
    args+=(-s "$ROOT/bench/requests.lua")
    target=/api/v1/disclosure
  fi
  # A 10 s timeout rather than wrk's 2 s: a slow answer is timed, not only counted as an error.
  out=$(wrk -t2 -c"$c" -d"$duration" --timeout 10s --latency "${args[@]}" "$BASE$target")
  local rps p50 p99 non2xx socket
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  socket=$(awk '/Socket errors:/ { n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n }' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$c" "$rps" "$p50" "$p99" "$(( ${non2xx:-0} + ${socket:-0} ))"
}

# Every target must answer 200 before it is measured: a redirect to the login page would count as success.
check() {
  local header=$1 path=$2 code args=()
  [[ -n $header ]] && args+=(-H "$header")
  code=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" "$BASE$path")
  [[ $code == 200 ]] || { echo "$path 答复 $code，不是 200" >&2; exit 1; }
}

if [[ $SOAK == 1 ]]; then
  say "浸泡：c=32，混合请求，10 分钟，每分钟报告"
  printf 'minute\treq/s\tp99\terrors\theap\n'
  for minute in $(seq 1 10); do
    row=$(measure mix 32 60s "$AUTH_BEARER" mix)
    heap=$(jcmd "$SERVER" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ { for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1); exit }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$minute" "$(cut -f3 <<<"$row")" "$(cut -f5 <<<"$row")" "$(cut -f6 <<<"$row")" "$heap"
  done
  exit 0
fi

TARGETS=(
  "/actuator/health (the framework's ceiling)||/actuator/health"
  "GET /api/v1/persons/{id}, bearer|$AUTH_BEARER|ids:/api/v1/persons/:"
  "GET /api/v1/persons/{id}, Basic|$BASIC|ids:/api/v1/persons/:"
  "person search (150102, category 4)|$AUTH_BEARER|/api/v1/persons?regionCode=150102&category=4"
  "overview, one county (150102)|$AUTH_BEARER|/api/v1/persons/overview?region=150102"
  "overview, province|$AUTH_BEARER|/api/v1/persons/overview?region=15"
  "四个一 coverage, province|$AUTH_BEARER|/api/v1/casework/coverage?region=15"
  "public 公示 API|$AUTH_BEARER|/api/v1/disclosure"
  "monitoring dashboard page, province (HTML, session)|$COOKIE|/monitoring?region=15"
  "person page (HTML, session)|$COOKIE|ids:/persons/:"
)
: >"$RESULTS"
# What the report needs besides the results, kept so that -R can write it again.
printf 'PERSONS=%q DURATION=%q WARMUP=%q IMPORTED=%q HEALTHY_AFTER=%q READY_AFTER=%q\n' \
  "$PERSONS" "$DURATION" "$WARMUP" "$IMPORTED" "$HEALTHY_AFTER" "$READY_AFTER" >"$RUN"
for entry in "${TARGETS[@]}"; do
  IFS='|' read -r label header target <<<"$entry"
  [[ $target == ids:* ]] && { IFS=: read -r _ p s <<<"$target"; check "$header" "$p$MAX_ID$s"; } || check "$header" "$target"
  say "$label"
  measure "$label" 8 "$WARMUP" "$header" "$target" >/dev/null  # warm-up: JIT, caches, the snapshot's answers
  for c in $CONNECTIONS; do
    measure "$label" "$c" "$DURATION" "$header" "$target" | tee -a "$RESULTS" >&2
  done
done

fi
source "$RUN"

# The table, and the section of docs/benchmarks.md
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
RAM=$(free -g | awk '/^Mem:/ { print $2 }')
JAVA=$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
SECTION=$WORK/section-$PORT.md
{
  echo "$(nproc) cores (nproc), ${RAM} GiB RAM, $CPU, Java $JAVA, server heap ${LOAD_HEAP:-2g}${LOAD_ARGS:+, server arguments $LOAD_ARGS}; $(date -u '+%Y-%m-%d %H:%M') UTC,"
  echo "load average $LOADAVG when written. \`bench/load.sh -n $PERSONS -d $DURATION\` (see bench/README.md): $IMPORTED"
  echo "through the server-side import; the packaged jar on the embedded PostgreSQL; wrk on loopback (\`-t2 --latency\`),"
  echo "a ${WARMUP:-5s} warm-up per request at c=8, then $DURATION at each connection count. Ids drawn at random among the persons."
  echo "This start: health after $HEALTHY_AFTER s, the snapshot ready after $READY_AFTER s. Errors: answers other"
  echo "than 2xx/3xx plus socket errors (timeouts over 10 s included); ÷ health: req/s over /actuator/health's at the same c."
  echo
  echo "| request | c | req/s | ÷ health | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR <= 2 && $1 ~ /actuator/ { health[$2] = $3 }
    { ratio = health[$2] > 0 ? sprintf("%.2f", $3 / health[$2]) : ""
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, ratio, $4, $5, $6 }' "$RESULTS"
} >"$SECTION"
echo
cat "$SECTION"
if [[ $WRITE == 1 ]]; then
  DOC=$ROOT/docs/benchmarks.md
  # The section's table and opening lines are replaced; its subsections (### Soak) and what follows are kept.
  awk -v section="$SECTION" '
    /^###? / { if (skipping) skipping = 0; if ($0 == "## Load under HTTP") { print; print ""; while ((getline line < section) > 0) print line; print ""; skipping = 1; done = 1; next } }
    !skipping { print }
    END { if (!done) { print ""; print "## Load under HTTP"; print ""; while ((getline line < section) > 0) print line } }
  ' "$DOC" >"$DOC.new" && mv "$DOC.new" "$DOC"
  say "已写入 docs/benchmarks.md 的 Load under HTTP 一节"
fi
