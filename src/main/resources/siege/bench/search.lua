-- wrk script for the HTTP phase of the benchmark (issue 7): rotates a query mix against
-- /api/search, or hits /health alone as the ceiling, and prints one machine-readable line.
--
--   wrk -t2 -c32 -d20s --latency -s src/main/resources/siege/bench/search.lua http://127.0.0.1:7070 -- QUERIES_FILE
--   wrk -t2 -c32 -d20s --latency -s src/main/resources/siege/bench/search.lua http://127.0.0.1:7070 -- --health
--
-- QUERIES_FILE holds one request path per line ("/api/search?q=shelling&month=2020-03"); the
-- benchmark writes one for its generated corpus (target/bench/http-queries.txt). Without a file a
-- small built-in mix is used. Each wrk thread starts at a different place in the mix.

local default_paths = {
  "/api/search?q=shelling",
  "/api/search?q=%22car%20bomb%22",
  "/api/search?q=convoy",
  "/api/search?q=airport%20shelling",
  "/api/search?q=%22drone%20strike%22",
  "/api/search?q=blockade",
  "/api/search?q=killed",
  "/api/search?q=",
}

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local paths = {}
local counter = 0

function init(args)
  local arg = args[1]
  if arg == "--health" then
    paths = { "/health" }
  elseif arg ~= nil then
    local f = io.open(arg, "r")
    if f == nil then
      io.stderr:write("search.lua: cannot read query file " .. arg .. "\n")
      os.exit(2)
    end
    for line in f:lines() do
      if line:sub(1, 1) == "/" then paths[#paths + 1] = line end
    end
    f:close()
  end
  if #paths == 0 then paths = default_paths end
  counter = ((id or 0) * 7) % #paths
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
