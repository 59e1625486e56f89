-- wrk script: GET the PDFs of the invoices listed in PAGALBA_IDS (one id per line), each request the
-- next invoice, over kept-alive connections with an API token (PAGALBA_TOKEN). Every request renders.
local ids = {}
local next_index = 1

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("PAGALBA_TOKEN")
  for line in io.lines(os.getenv("PAGALBA_IDS")) do
    ids[#ids + 1] = line
  end
  next_index = math.random(#ids)
end

function request()
  local id = ids[next_index]
  next_index = next_index % #ids + 1
  return wrk.format("GET", "/api/v1/invoices/" .. id .. "/pdf")
end

function done(summary, latency, requests)
  io.write(string.format("REQUESTS %d RPS %.1f P50 %.2f P99 %.2f ERRORS %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
