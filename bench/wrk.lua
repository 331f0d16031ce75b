-- One load run for bench/run.sh: GET (default), a POST (BENCH_BODY set), or the mixed run (BENCH_MIXED=1: 70% GETs of
-- BENCH_READS, 20% POSTs of BENCH_BODY, 10% acknowledgements of the supervision records in BENCH_ACK_IDS).
-- Prints one line "RESULT req/s p50 p95 p99 errors requests" (latencies in milliseconds) for run.sh's table.
local body = os.getenv("BENCH_BODY")
local mixed = os.getenv("BENCH_MIXED") == "1"
local post_path = os.getenv("BENCH_POST_PATH") or "/my/activities/new"
local reads = {}
for p in string.gmatch(os.getenv("BENCH_READS") or "/", "[^,]+") do reads[#reads + 1] = p end
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
-- The mixed run's approvals: supervision records awaiting acknowledgement (prepared by run.sh), one each, in turn.
local acks = {}
for id in string.gmatch(os.getenv("BENCH_ACK_IDS") or "", "[^,]+") do acks[#acks + 1] = id end
local ack_body = os.getenv("BENCH_ACK_BODY")
local next_ack = 0

if body and not mixed then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

if mixed then
  math.randomseed(20151001)
  request = function()
    -- 70% reads, 20% CPD entry posts, 10% acknowledgements (each of a different record; reads once they run out).
    local roll = math.random()
    if roll < 0.2 then
      return wrk.format("POST", post_path, form, body)
    end
    if roll < 0.3 and next_ack < #acks then
      next_ack = next_ack + 1
      return wrk.format("POST", "/supervision/sessions/" .. acks[next_ack] .. "/acknowledge", form, ack_body)
    end
    return wrk.format("GET", reads[math.random(#reads)])
  end
end

-- A fixed rate: each connection waits so that all of them together ask about BENCH_RATE times a second.
if rate > 0 then
  delay = function() return math.floor(1000 * connections / rate) end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests))
end
