#!/usr/bin/env bash
# The performance benchmark of docs/performance.md: the portal beside a stock `dotnet new mvc` page, same core.
#   bench/run.sh [--provider Sqlite|PostgreSql] [--staff N] [--years Y] [--duration 10s] [--connections 50]
#                [--report-connections 10] [--rate 200] [--out DIR] [--no-publish] [--only REGEX]
# Publishes both apps in Release (offline), makes or reuses a volume database (seed-volume), pins each app to core 0
# and wrk to core 1, signs in afresh before each page, requests each page once on its own (warming it; the "first
# request s" column, which for a council-wide report is the time to work its figures out, ADR 0041), and prints one
# table: req/s, p50/p95/p99, errors, SQL commands
# per request (counted in a separate pass with EF's command log on), the CPU milliseconds the app spent per request
# (from /proc/PID/stat, on its own core), the ratio to the stock page; then the cold start to the first 200 with the
# volume database and the portal's RSS after the runs. Both apps run the same way: published Release and ReadyToRun,
# Production environment, Information logging (the portal's one request line per request is part of the product).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
provider=Sqlite staff=35000 years=10 duration=10s connections=50 report_connections=10 rate=200 publish=1 only=""
out="$root/bench/out"
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider=$2; shift 2 ;;
    --staff) staff=$2; shift 2 ;;
    --years) years=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --report-connections) report_connections=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-publish) publish=0; shift ;;
    --only) only=$2; shift 2 ;; # run only the rows whose "who|path" matches this extended regex (the stock page always)
    *) sed -n '2,9p' "$0"; exit 2 ;;
  esac
done
case "$provider" in Sqlite|PostgreSql) ;; *) echo "--provider is Sqlite or PostgreSql" >&2; exit 2 ;; esac
mkdir -p "$out"
command -v wrk >/dev/null || { echo "Installing wrk from Debian" >&2; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }; }
cores=$(nproc)
app_core=0; load_core=$(( cores > 1 ? 1 : 0 ))

# 1. Publish the portal and a stock MVC app (the template ships with the SDK: no network needed).
if [ "$publish" = 1 ] || [ ! -f "$out/portal/CpdPortal.Web.dll" ]; then
  echo "Publishing the portal (Release)..." >&2
  # ReadyToRun: precompiled code for the cold start (the crossgen package comes from the registry like any other).
  dotnet publish "$root/src/CpdPortal.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/portal" --nologo -v quiet >&2
fi
if [ ! -f "$out/stock/stock.dll" ] || [ ! -f "$out/stock/.readytorun" ]; then
  echo "Publishing a stock 'dotnet new mvc' app (Release, ReadyToRun like the portal)..." >&2
  rm -rf "$out/stock-src" "$out/stock"
  dotnet new mvc -o "$out/stock-src" -n stock --no-https >/dev/null
  dotnet publish "$out/stock-src" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/stock" --nologo -v quiet >&2
  touch "$out/stock/.readytorun"
fi

# 2. The volume database: made once by seed-volume, reused afterwards.
pg_dir=""
cleanup() {
  for pid in ${portal_pid:-} ${stock_pid:-}; do kill "$pid" 2>/dev/null || true; done
  [ -n "$pg_dir" ] && [ -z "${CPDPORTAL_BENCH_POSTGRES:-}" ] && "$root/scripts/postgres.sh" stop "$pg_dir" >/dev/null 2>&1 || true
}
trap cleanup EXIT
if [ "$provider" = Sqlite ]; then
  connection="Data Source=$out/volume-$staff-$years.db"
  fresh=$([ -f "$out/volume-$staff-$years.db" ] && echo 0 || echo 1)
else
  if [ -n "${CPDPORTAL_BENCH_POSTGRES:-}" ]; then
    server=$CPDPORTAL_BENCH_POSTGRES
  else
    pg_dir=$(mktemp -d /tmp/cpdportal-bench-postgres-XXXXXX); rmdir "$pg_dir"
    server=$("$root/scripts/postgres.sh" start "$pg_dir" | tail -1)
  fi
  connection="${server/Database=postgres/Database=cpdportal_bench_${staff}_${years}}"
  fresh=1
fi
# The bench signs in afresh before every page from one address: lift the sign-in rate limits (ADR 0019) for it.
export Database__Provider=$provider ConnectionStrings__CpdPortal=$connection ASPNETCORE_ENVIRONMENT=Production Jobs__Enabled=false \
  RateLimits__PerAddressPermitLimit=1000000 RateLimits__PerAccountPermitLimit=1000000 RateLimits__PerDevicePermitLimit=1000000
if [ "$fresh" = 1 ]; then
  echo "Making the volume database: seed-volume --staff $staff --years $years ($provider)..." >&2
  set +e
  (cd "$out/portal" && dotnet CpdPortal.Web.dll seed-volume --staff "$staff" --years "$years" | tee "$out/seed-volume.log" >&2)
  code=${PIPESTATUS[0]}
  set -e
  grep -q "not empty" "$out/seed-volume.log" && echo "Reusing the existing volume database." >&2
fi
# The POST and mixed rows write "Benchmark reading" entries for Sam. Left in place they pile up run after run (737 of
# them once) and change what her pages cost (the registration criteria compare a person's entries pairwise): remove
# them before the runs, then recompute the summaries they were counted in.
forget_bench_entries() {
  local sql='DELETE FROM "ActivityAreas" WHERE "ActivityId" IN (SELECT "Id" FROM "CpdActivities" WHERE "Title" = '"'"'Benchmark reading'"'"');
DELETE FROM "EvidenceFiles" WHERE "ActivityId" IN (SELECT "Id" FROM "CpdActivities" WHERE "Title" = '"'"'Benchmark reading'"'"');
DELETE FROM "CpdActivities" WHERE "Title" = '"'"'Benchmark reading'"'"';'
  local count=0
  if [ "$provider" = Sqlite ]; then
    command -v sqlite3 >/dev/null || apt-get install -y sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y sqlite3 >/dev/null; }
    local file=${connection#Data Source=}
    count=$(sqlite3 "$file" "SELECT COUNT(*) FROM \"CpdActivities\" WHERE \"Title\" = 'Benchmark reading';")
    [ "$count" -gt 0 ] && sqlite3 "$file" "$sql"
  else
    local psql host port user db
    psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | head -1); psql=${psql:-psql}
    host=$(echo "$connection" | grep -o 'Host=[^;]*' | cut -d= -f2); port=$(echo "$connection" | grep -o 'Port=[^;]*' | cut -d= -f2)
    user=$(echo "$connection" | grep -o 'Username=[^;]*' | cut -d= -f2); db=$(echo "$connection" | grep -o 'Database=[^;]*' | cut -d= -f2)
    count=$("$psql" -h "$host" -p "$port" -U "$user" -d "$db" -Atc "SELECT COUNT(*) FROM \"CpdActivities\" WHERE \"Title\" = 'Benchmark reading';")
    [ "$count" -gt 0 ] && "$psql" -h "$host" -p "$port" -U "$user" -d "$db" -qc "$sql" >/dev/null
  fi
  if [ "$count" -gt 0 ]; then
    echo "Removed $count benchmark entries left by an earlier run; recomputing Sam's summaries..." >&2
    (cd "$out/portal" && dotnet CpdPortal.Web.dll rebuild-summaries --person sam.patel@demo.test | tail -1 >&2)
  fi
}
forget_bench_entries
# A volume database made before the learning-year summaries (ADR 0030): migrate and fill them once.
(cd "$out/portal" && dotnet CpdPortal.Web.dll rebuild-summaries --if-empty | tail -1 >&2)

port=$(( 20000 + RANDOM % 20000 )); stock_port=$(( port + 1 ))
base="http://127.0.0.1:$port"
start_portal() { # $1 = extra env assignments (e.g. the SQL command log)
  (cd "$out/portal" && exec env $1 taskset -c "$app_core" dotnet CpdPortal.Web.dll --urls "$base" >"$out/portal.log" 2>&1) &
  portal_pid=$!
  local t0; t0=$(date +%s.%N)
  until curl -fsS -o /dev/null "$base/health" 2>/dev/null; do
    kill -0 "$portal_pid" 2>/dev/null || { echo "The portal stopped; see $out/portal.log" >&2; exit 1; }
    sleep 0.05
  done
  started_in=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop_portal() { kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; }

sign_in() { # $1 = email; prints the Cookie header value (antiforgery + auth) of a fresh sign-in
  # The portal's cookies are __Host- and Secure (ADR 0019), which curl's cookie jar will not keep from a plain-http
  # origin: read them from the Set-Cookie headers instead.
  local hdr token anti auth
  hdr=$(mktemp)
  token=$(curl -fsS -D "$hdr" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  anti=$(set_cookies "$hdr" | grep -i 'Antiforgery=' | head -1)
  curl -fsS -o /dev/null -D "$hdr" -H "Cookie: $anti" --data-urlencode "Email=$1" --data-urlencode "Password=Demo-Passw0rd!" --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
  auth=$(set_cookies "$hdr" | grep 'Auth=' | head -1)
  [ -n "$auth" ] || { echo "Sign-in failed for $1" >&2; exit 1; }
  echo "$anti; $auth"
  rm -f "$hdr"
}
set_cookies() { # $1 = a file of response headers: each cookie set (and not expired) as name=value, one per line
  grep -i '^set-cookie:' "$1" | grep -vi 'expires=Thu, 01 Jan 1970' | sed 's/^[Ss]et-[Cc]ookie: *//; s/;.*//' | tr -d '\r'
}
form_token() { # $1 = cookie, $2 = path: the antiforgery token of the form on that page
  curl -fsS -H "Cookie: $1" "$base$2" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# 3. Pages: "who|path|connections" (who is an email, or - for anonymous; POST and MIXED are special rows).
year=$(date +%Y)
declare -a pages=(
  "-|/health/live|$connections"
  "sam.patel@demo.test|/|$connections"
  "sam.patel@demo.test|/my/activities|$connections"
  "sam.patel@demo.test|/my/activities/new|$connections"
  "sam.patel@demo.test|@ACTIVITY|$connections"
  "sam.patel@demo.test|/my/assessment|$connections"
  "sam.patel@demo.test|/my/pathway|$connections"
  "sam.patel@demo.test|/my/plan|$connections"
  "sam.patel@demo.test|/my/registration|$connections"
  "sam.patel@demo.test|/my/export|$connections"
  "sam.patel@demo.test|/courses|$connections"
  "sam.patel@demo.test|/notifications|$connections"
  "alex.morgan@demo.test|/|$connections"
  "alex.morgan@demo.test|/supervision|$connections"
  "alex.morgan@demo.test|@SUPERVISEE|$connections"
  "alex.morgan@demo.test|/supervision/plans|$connections"
  "lee.harris@demo.test|/reports|$report_connections"
)
for slug in entitlement plans supervision registration mapping-coverage stages stages-over-time workforce courses survey; do
  pages+=("lee.harris@demo.test|/reports/$slug|$report_connections" "lee.harris@demo.test|/reports/$slug?year=$year&team=3|$report_connections")
done
pages+=(
  "ade.admin@demo.test|/admin/staff|$connections"
  "ade.admin@demo.test|@STAFF_LAST|$connections"
  "ade.admin@demo.test|/admin/audit|$connections"
  "ade.admin@demo.test|@AUDIT_LAST|$connections"
  "sam.patel@demo.test|POST /my/activities/new|$connections"
  "sam.patel@demo.test|MIXED|10"
)

if [ -n "$only" ]; then
  declare -a chosen=()
  for row in "${pages[@]}"; do [[ "${row%|*}" =~ $only ]] && chosen+=("$row"); done
  [ ${#chosen[@]} -gt 0 ] || { echo "--only '$only' matches no page" >&2; exit 2; }
  pages=("${chosen[@]}")
fi

last_page() { # $1 = cookie, $2 = list path: the highest page number its pagination links to (1 when none)
  local n; n=$(curl -fsS -H "Cookie: $1" "$base$2" | grep -io '[?&;]page=[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1)
  echo "${n:-1}"
}
resolve() { # $1 = cookie, $2 = path or @placeholder
  case "$2" in
    @ACTIVITY) echo "$(curl -fsS -H "Cookie: $1" "$base/my/activities" | grep -o 'href="/my/activities/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')" ;;
    @SUPERVISEE) echo "$(curl -fsS -H "Cookie: $1" "$base/supervision" | grep -o 'href="/supervision/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')" ;;
    @STAFF_LAST) echo "/admin/staff?page=$(last_page "$1" /admin/staff)" ;;
    @AUDIT_LAST) echo "/admin/audit?End=oldest" ;; # keyset paging from either end, no page numbers (ADR 0034)
    *) echo "$2" ;;
  esac
}
urlencode() { printf %s "$1" | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g'; }
mixed_sessions() { # $1 = Sam's cookie, $2 = how many: Alex records that many sessions for Sam; prints their ids, comma-separated
  local alex sam_id token ids="" i location
  alex=$(sign_in alex.morgan@demo.test)
  sam_id=$(curl -fsS -H "Cookie: $alex" "$base/supervision" | grep -o 'href="/supervision/[0-9]*">Sam Patel' | grep -o '[0-9][0-9]*' | head -1)
  token=$(form_token "$alex" "/supervision/$sam_id/sessions/new")
  for i in $(seq 1 "$2"); do
    location=$(curl -fsS -o /dev/null -w '%{redirect_url}' -H "Cookie: $alex" \
      --data "Date.Day=$(date -d yesterday +%-d)&Date.Month=$(date -d yesterday +%-m)&Date.Year=$(date -d yesterday +%Y)&Hours=1&Type=OneToOne&Development=Benchmark+session+$i&__RequestVerificationToken=$(urlencode "$token")" \
      "$base/supervision/$sam_id/sessions/new")
    ids="$ids,${location##*/}"
  done
  echo "${ids#,}"
}
activity_body() { # $1 = cookie
  local token method
  token=$(form_token "$1" /my/activities/new)
  method=$(curl -fsS -H "Cookie: $1" "$base/my/activities/new" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9][0-9]*')
  printf 'MethodId=%s&Title=Benchmark+reading&Date.Day=2&Date.Month=11&Date.Year=%s&Hours=1&Description=Reading+for+the+benchmark.&WhatLearnt=How+to+measure+a+page.&Impact=I+check+pages+under+load.&Certificated=false&Status=Complete&__RequestVerificationToken=%s' \
    "$method" "$year" "$(printf %s "$token" | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g')"
}

# 4. SQL commands per request: a pass with EF's command log on (two requests per page, the second counted).
echo "Counting SQL commands per page..." >&2
start_portal "Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information"
declare -A sql resolved
count_log() { grep -c "Executed DbCommand" "$out/portal.log" || true; }
for row in "${pages[@]}"; do
  IFS='|' read -r who path _ <<<"$row"
  case "$path" in MIXED) continue ;; esac
  cookie=""; [ "$who" != - ] && cookie=$(sign_in "$who")
  if [[ "$path" == POST* ]]; then
    body=$(activity_body "$cookie"); url="${path#POST }"
    curl -fsS -o /dev/null -H "Cookie: $cookie" --data "$body" "$base$url"; sleep 0.5
    before=$(count_log); curl -fsS -o /dev/null -H "Cookie: $cookie" --data "$body" "$base$url"; sleep 0.5
  else
    url=$(resolve "$cookie" "$path"); resolved[$path]=$url
    curl -fsS -o /dev/null -H "Cookie: $cookie" "$base$url"; sleep 0.5
    before=$(count_log); curl -fsS -o /dev/null -H "Cookie: $cookie" "$base$url"; sleep 0.5
  fi
  sql[$path]=$(( $(count_log) - before ))
done
stop_portal

# 5. The load runs, on a portal started cold (its start is the cold-start figure).
start_portal ""; cold=$started_in
(cd "$out/stock" && exec taskset -c "$app_core" dotnet stock.dll --urls "http://127.0.0.1:$stock_port" >"$out/stock.log" 2>&1) &
stock_pid=$!
until curl -fsS -o /dev/null "http://127.0.0.1:$stock_port/" 2>/dev/null; do sleep 0.05; done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
ticks_per_second=$(getconf CLK_TCK)
run_wrk() { # $1 = connections, $2 = url, rest = env for the Lua script; prints "req/s p50 p95 p99 errors cpu-ms/req"
  local c=$1 url=$2 pid=$portal_pid before result; shift 2
  [[ "$url" == "http://127.0.0.1:$stock_port/"* ]] && pid=$stock_pid
  before=$(cpu_ticks "$pid")
  result=$(env "$@" BENCH_CONNECTIONS="$c" taskset -c "$load_core" wrk -t1 -c"$c" -d"$duration" -s "$root/bench/wrk.lua" ${cookie:+-H "Cookie: $cookie"} "$url" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }')
  read -r rps p50 p95 p99 errors requests <<<"$result"
  # CPU per request: the app's own user + system time over the run, divided by the requests wrk completed.
  echo "$rps $p50 $p95 $p99 $errors $(echo "scale=3; ($(cpu_ticks "$pid") - $before) * 1000 / $ticks_per_second / (${requests:-0} + (${requests:-0} == 0))" | bc)"
}
results="$out/results-$provider.tsv"; : >"$results"
stock_before=$(cookie="" run_wrk "$connections" "http://127.0.0.1:$stock_port/")
printf 'stock MVC Home (before)\t%s\t-\t-\n' "$stock_before" >>"$results"
stock_rps=${stock_before%% *}
for row in "${pages[@]}"; do
  IFS='|' read -r who path c <<<"$row"
  cookie=""; [ "$who" != - ] && cookie=$(sign_in "$who")
  label="$path"; [ "$who" != - ] && label="${who%%.*} $path"
  case "$path" in
    MIXED)
      # 70% reads, 20% CPD entries, 10% acknowledgements of supervision records: Alex (a supervisor cookie) records
      # enough sessions for Sam beforehand, each awaiting Sam's acknowledgement, so every acknowledgement in the run
      # is a real approval of a different record (docs/performance.md).
      body=$(activity_body "$cookie")
      acks=$(mixed_sessions "$cookie" $(( rate * ${duration%s} / 10 + 50 )))
      ack_token=$(form_token "$cookie" "/supervision/sessions/${acks%%,*}")
      r=$(run_wrk "$c" "$base/" BENCH_MIXED=1 BENCH_RATE="$rate" BENCH_BODY="$body" BENCH_ACK_IDS="$acks" \
        BENCH_ACK_BODY="comment=&__RequestVerificationToken=$(urlencode "$ack_token")" BENCH_READS="/,/my/activities,/my/plan,/my/assessment,/my/pathway,/courses")
      label="mixed at $rate req/s (70% reads of 6 practitioner pages, 20% CPD entry posts, 10% supervision-record acknowledgements)"; n="-" ;;
    POST*)
      body=$(activity_body "$cookie")
      r=$(run_wrk "$c" "$base${path#POST }" BENCH_BODY="$body"); n=${sql[$path]} ;;
    *)
      url=${resolved[$path]:-$(resolve "$cookie" "$path")}; label="$url"; [ "$who" != - ] && label="${who%%.*} $url"
      # One request first, timed on its own: it warms the page's code and, for a council-wide report, works out the
      # figures the portal then keeps (ADR 0041), so the run measures the steady state and this column the wait.
      first=$(curl -sS -o /dev/null -m 600 -w '%{time_total}' ${cookie:+-H "Cookie: $cookie"} "$base$url" || echo failed)
      r=$(run_wrk "$c" "$base$url"); n=${sql[$path]} ;;
  esac
  printf '%s (c=%s)\t%s\t%s\t%s\n' "$label" "$c" "$r" "$n" "${first:--}" >>"$results"; first="-"
done
stock_after=$(cookie="" run_wrk "$connections" "http://127.0.0.1:$stock_port/")
printf 'stock MVC Home (after)\t%s\t-\t-\n' "$stock_after" >>"$results"
rss=$(( $(ps -o rss= -p "$portal_pid") / 1024 ))

# 6. The table.
echo
echo "CpdPortal benchmark: $provider, seed-volume --staff $staff --years $years, wrk ${duration} per page, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD)"
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' page req/s "p50 ms" "p95 ms" "p99 ms" errors "SQL/req" "CPU ms/req" "× stock" "first request s"
printf '|---|---|---|---|---|---|---|---|---|---|\n'
while IFS=$'\t' read -r label r n first; do
  read -r rps p50 p95 p99 errors cpu <<<"$r"
  ratio=$(echo "scale=3; $rps / $stock_rps" | bc)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p95" "$p99" "$errors" "$n" "$cpu" "$ratio" "$first"
done <"$results"
echo
echo "Cold start to the first 200 (/health, volume database): ${cold} s"
echo "Portal RSS after the runs: ${rss} MB"
