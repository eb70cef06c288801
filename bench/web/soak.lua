-- wrk script for the soak test: each connection walks through the pages given in the PAGES environment variable
-- (space-separated paths), so every page is under load the whole time. Reports like report.lua.
local paths = {}
for p in string.gmatch(os.getenv("PAGES") or "/", "%S+") do paths[#paths + 1] = p end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "http_errors": %d, "socket_errors": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, socket_errors))
end
