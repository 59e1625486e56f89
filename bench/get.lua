-- wrk script: GET one URL, for latency, with an API token (PAGALBA_TOKEN) or a page session's
-- cookie (PAGALBA_COOKIE, e.g. "SESSION=…"), whichever is set.
function init(args)
  local token, cookie = os.getenv("PAGALBA_TOKEN"), os.getenv("PAGALBA_COOKIE")
  if cookie and cookie ~= "" then
    wrk.headers["Cookie"] = cookie
  elseif token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function done(summary, latency, requests)
  io.write(string.format("REQUESTS %d RPS %.0f P50 %.2f P99 %.2f ERRORS %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
