-- wrk script for a bounded POST run against the local service (see docs/http-service.md):
--   BODY=facts-samples/council-routine-monitoring.json MAX_REQUESTS=20000 THREADS=2 \
--     wrk -t2 -c4 -d30s --latency -s bench/wrk-post.lua http://127.0.0.1:PORT/assess
-- Each of the THREADS threads (give the same number as -t) stops after MAX_REQUESTS / THREADS responses, or when
-- -d runs out, whichever comes first.
local file = assert(io.open(os.getenv("BODY") or "bench/partial-answers.json", "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

local per_thread = tonumber(os.getenv("MAX_REQUESTS") or "20000") / tonumber(os.getenv("THREADS") or "2")
local responses = 0

function response(status, headers, body)
  responses = responses + 1
  if responses >= per_thread then
    wrk.thread:stop()
  end
end
