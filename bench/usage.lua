-- wrk script: GET one usage URL with an API token (PAGALBA_TOKEN), for latency.
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("PAGALBA_TOKEN")
end

function done(summary, latency, requests)
  io.write(string.format("REQUESTS %d RPS %.0f P50 %.2f P99 %.2f ERRORS %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
