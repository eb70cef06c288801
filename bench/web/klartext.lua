-- wrk script: the live Klartext check as the editor calls it (POST, JSON), each connection a different text, so
-- the sentence cache sees what typists produce: mostly known sentences, one changed. Needs CSRF and COOKIE in the
-- environment (klartext.sh sets them). PAUSE_MS: how long each connection waits between checks. The editor sends a
-- check 400 ms after the last keystroke, so a typist who never stops sends one every 400 ms plus the answer's time:
-- PAUSE_MS=400 is 50 such typists on 50 connections; PAUSE_MS=0 sends as fast as the server answers (capacity).
local csrf = os.getenv("CSRF")
local cookie = os.getenv("COOKIE")
local base = "Wir empfehlen die Cloud, weil Ihr Team keinen Server pflegen muss. Die Kosten liegen bei 30 Euro im Monat. "
  .. "Ein eigener Server gibt Ihnen mehr Kontrolle, braucht aber Wartung und Backups. "
  .. "Wenn sich das Budget ändert, schauen wir noch einmal darauf. "
local counter = 0
local pause = tonumber(os.getenv("PAUSE_MS") or "400")
delay = function()
  return pause
end
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
