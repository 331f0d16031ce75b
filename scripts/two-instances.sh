#!/usr/bin/env bash
# Two portal instances behind nginx on this machine, on one throwaway PostgreSQL (docs/several-instances.md):
#   scripts/two-instances.sh            builds the portal, starts PostgreSQL, instance A and B on loopback ports and
#                                       nginx (round-robin) in front, then signs in and posts forms through nginx so
#                                       that requests alternate between A and B; prints PASS or FAIL
#   KEEP=1 scripts/two-instances.sh     leaves everything running until Enter is pressed (to try it in a browser)
# Everything listens on 127.0.0.1 only and is stopped (and its temporary folder deleted) on exit.
# For a person to run; not part of ./test.sh. Installs nginx from Debian when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

work=$(mktemp -d /tmp/cpdportal-two-XXXXXX)
chmod 755 "$work"
pids=()
nginx_bin=""
cleanup() {
  set +e
  [ -n "$nginx_bin" ] && [ -f "$work/nginx/nginx.pid" ] && "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  [ -d "$work/pg" ] && scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
step() { echo "== $*"; }
failures=0
check() { # check "description" condition...
  local what=$1; shift
  if "$@"; then echo "   ok   $what"; else echo "   FAIL $what"; failures=$((failures + 1)); fi
}

# nginx (Debian's package); the service it installs is not used.
nginx_bin=$(command -v nginx || true)
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
if [ -z "$nginx_bin" ]; then
  step "Installing nginx from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  nginx_bin=/usr/sbin/nginx
fi

step "Building the portal"
dotnet build src/CpdPortal.Web -v quiet -nologo >/dev/null
dll="$repo/src/CpdPortal.Web/bin/Debug/net10.0/CpdPortal.Web.dll"

step "Starting PostgreSQL"
server=$(scripts/postgres.sh start "$work/pg" | tail -n 1)
database="${server/Database=postgres/Database=cpdportal_two}"
[ "$database" != "$server" ] || database="$server;Database=cpdportal_two"

start_instance() { # name port
  local name=$1 port=$2
  mkdir -p "$work/$name"
  # Same build and content root (read-only: views, wwwroot); no keys, evidence or state on disk. Logs apart.
  ASPNETCORE_ENVIRONMENT=Production \
  Database__Provider=PostgreSql \
  ConnectionStrings__CpdPortal="$database" \
  DemoSeed__Enabled=true \
  DemoSeed__SyntheticStaff=20 \
  ForwardedHeaders__KnownProxies=127.0.0.1 \
  Serilog__WriteTo__0__Args__path="$work/$name/logs/cpdportal-.log" \
    dotnet "$dll" --contentRoot "$repo/src/CpdPortal.Web" --urls "http://127.0.0.1:$port" >"$work/$name/console.log" 2>&1 &
  pids+=($!)
}

wait_ready() { # url pid
  local url=$1 pid=$2
  for _ in $(seq 1 180); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

port_a=$(free_port); port_b=$(free_port); port_n=$(free_port)
step "Starting instance A on 127.0.0.1:$port_a (migrates and seeds the demo council)"
start_instance a "$port_a"
wait_ready "http://127.0.0.1:$port_a" "${pids[0]}" || { echo "Instance A did not become ready:"; tail -n 20 "$work/a/console.log"; echo FAIL; exit 1; }
step "Starting instance B on 127.0.0.1:$port_b"
start_instance b "$port_b"
wait_ready "http://127.0.0.1:$port_b" "${pids[1]}" || { echo "Instance B did not become ready:"; tail -n 20 "$work/b/console.log"; echo FAIL; exit 1; }

step "Starting nginx on 127.0.0.1:$port_n (round-robin over A and B)"
mkdir -p "$work/nginx/logs" "$work/nginx/temp"
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user $(id -un);"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    upstream cpdportal {
        server 127.0.0.1:$port_a;
        server 127.0.0.1:$port_b;
    }
    server {
        listen 127.0.0.1:$port_n;
        client_max_body_size 12m;
        location / {
            proxy_pass http://cpdportal;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # For this check only: which instance answered.
            add_header X-Instance \$upstream_addr always;
        }
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
base="http://127.0.0.1:$port_n"
jar="$work/cookies.txt"
served=()

request() { # method path [curl args...] -> body in $work/body, headers in $work/headers, status in $status
  local method=$1 path=$2; shift 2
  status=$(curl -sS -o "$work/body" -D "$work/headers" -w '%{http_code}' -b "$jar" -c "$jar" -X "$method" "$base$path" "$@")
  served+=("$(grep -i '^X-Instance:' "$work/headers" | tr -d '\r' | awk '{print $2}')")
}
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' "$work/body" | head -n 1 | sed 's/.*value="//; s/"$//'; }
location() { grep -i '^Location:' "$work/headers" | tr -d '\r' | awk '{print $2}'; }

step "Through nginx: sign in on one request, forms on the next ones"
request GET /health/ready
check "/health/ready through nginx is 200" [ "$status" = 200 ]
request GET /account/sign-in
sign_in_token=$(token)
check "sign-in page served with a form token" [ -n "$sign_in_token" ]
request POST /account/sign-in --data-urlencode "Email=sam.patel@demo.test" --data-urlencode "Password=Demo-Passw0rd!" --data-urlencode "__RequestVerificationToken=$sign_in_token"
check "sign-in accepted (302 to /, by ${served[-1]})" [ "$status" = 302 ] && [ "$(location)" = "/" ]

for round in 1 2 3 4; do
  request GET /
  check "round $round: home page 200 by ${served[-1]} (no redirect to sign-in)" [ "$status" = 200 ]
  request GET /my/activities/new
  form_token=$(token)
  method=$(grep -o '<option value="[0-9]*"[^>]*>Reading</option>' "$work/body" | head -n 1 | sed 's/<option value="\([0-9]*\)".*/\1/')
  check "round $round: new-entry form by ${served[-1]}" [ "$status" = 200 ] && [ -n "$form_token" ] && [ -n "$method" ]
  request POST /my/activities/new \
    --data-urlencode "__RequestVerificationToken=$form_token" --data-urlencode "MethodId=$method" \
    --data-urlencode "Title=Reading through nginx, round $round" \
    --data-urlencode "Date.Day=1" --data-urlencode "Date.Month=9" --data-urlencode "Date.Year=2026" \
    --data-urlencode "Hours=1" --data-urlencode "Description=Reading on practice." \
    --data-urlencode "WhatLearnt=Something useful." --data-urlencode "Impact=Better visits." \
    --data-urlencode "Certificated=false" --data-urlencode "Status=Complete"
  check "round $round: form post accepted by ${served[-1]} (302 to the new entry, no 400)" [ "$status" = 302 ] && [[ "$(location)" == /my/activities/* ]]
done

distinct=$(printf '%s\n' "${served[@]}" | sort -u | grep -c . || true)
check "requests were served by both instances ($(printf '%s\n' "${served[@]}" | sort | uniq -c | tr -s ' ' | tr '\n' ';'))" [ "$distinct" -ge 2 ]

if [ "${KEEP:-0}" = 1 ]; then
  echo "Running: $base (A: 127.0.0.1:$port_a, B: 127.0.0.1:$port_b). Press Enter to stop."
  read -r _
fi

if [ "$failures" -eq 0 ]; then echo PASS; else echo "FAIL ($failures checks failed)"; exit 1; fi
