-- wrk script: POST /api/v1/requests with an API token, counting the 201 answers of every thread.
-- Environment: PAGALBA_TOKEN (bearer token), PAGALBA_CLIENT (client id to register requests for).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  created = 0
  failed = 0
  wrk.method = "POST"
  wrk.path = "/api/v1/requests"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("PAGALBA_TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"channel":"PHONE","clientId":"' .. os.getenv("PAGALBA_CLIENT") .. '",' ..
    '"contact":{"firstName":"Ona","lastName":"Onaitė","position":"Buhalterė","phone":"+37061234567",' ..
    '"email":"ona@apkrova.lt"},"summary":"Neatsidaro metinė ataskaita","description":"Apkrovos bandymas","urgent":false}'
end

function request()
  sent = sent + 1
  return wrk.format()
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local total, bad, out = 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("created")
    bad = bad + thread:get("failed")
    out = out + thread:get("sent")
  end
  -- wrk stops at the deadline without reading the answers still in flight: those requests may be
  -- registered without their 201 being counted, so SENT is the upper bound of what may exist
  io.write(string.format("CREATED %d FAILED %d RPS %.0f P50 %.2f P99 %.2f SENT %d\n", total, bad,
    total / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, out))
end
