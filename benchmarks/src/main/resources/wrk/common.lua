-- Put before each script the benchmark gives wrk: numbers the threads, counts the answers
-- of each status in each thread, and prints, when the run ends, one line the benchmark
-- parses (WrkReport). wrk's own summary cannot tell a 409 from a 503.
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   threads[#threads + 1] = thread
end

id = 0
statuses = {}
slots_used = 0
slots_exhausted = 0

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function lines(file)
   local all = {}
   for line in io.lines(file) do
      all[#all + 1] = line
   end
   return all
end

function done(summary, latency, requests)
   local counts, used, exhausted = {}, 0, 0
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         counts[status] = (counts[status] or 0) + count
      end
      used = math.max(used, thread:get("slots_used"))
      exhausted = math.max(exhausted, thread:get("slots_exhausted"))
   end
   local answered = {}
   for status, count in pairs(counts) do
      answered[#answered + 1] = status .. ":" .. count
   end
   table.sort(answered)
   local e = summary.errors
   io.write(string.format("CAREFLOW_WRK requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d statuses=%s "
      .. "connect=%d read=%d write=%d timeout=%d slots_used=%d slots_exhausted=%d\n",
      summary.requests, summary.duration, math.floor(latency:percentile(50)), math.floor(latency:percentile(99)),
      math.floor(latency.max), #answered > 0 and table.concat(answered, ",") or "-",
      e.connect, e.read, e.write, e.timeout, used, exhausted))
end
