-- wrk script: the live Klartext check as the editor calls it (POST, JSON), each connection a different text, so
-- the sentence cache sees what typists produce: mostly known sentences, one changed. Needs CSRF and COOKIE in the
-- environment (klartext.sh sets them).
local csrf = os.getenv("CSRF")
local cookie = os.getenv("COOKIE")
local base = "Wir empfehlen die Cloud, weil Ihr Team keinen Server pflegen muss. Die Kosten liegen bei 30 Euro im Monat. "
  .. "Ein eigener Server gibt Ihnen mehr Kontrolle, braucht aber Wartung und Backups. "
  .. "Wenn sich das Budget ändert, schauen wir noch einmal darauf. "
local counter = 0
local function encode(s)
  return (s:gsub("[^%w%-_%.~ ]", function(c) return string.format("%%%02X", string.byte(c)) end):gsub(" ", "+"))
end
request = function()
  counter = counter + 1
  local text = base .. "Satz Nummer " .. (counter % 200) .. " kommt dazu."
  local body = "lang=de&text=" .. encode(text)
  return wrk.format("POST", "/klartext/check", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["X-CSRF-TOKEN"] = csrf,
    ["Cookie"] = cookie
  }, body)
end
done = function(summary, latency, requests)
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "http_errors": %d, "socket_errors": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, socket_errors))
end
