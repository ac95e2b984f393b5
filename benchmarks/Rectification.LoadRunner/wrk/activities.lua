-- Bodies for the load runner: wrk -s activities.lua <url> -- <template> <id prefix> <conversations>
-- Each thread numbers its own requests; the thread index and the run's prefix keep every activity id unique.
local template, prefix, conversations
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  template = args[1]
  prefix = args[2]
  conversations = tonumber(args[3])
  counter = 0
end

function request()
  counter = counter + 1
  local sequence = counter * 16 + thread_index
  local id = prefix .. "-" .. thread_index .. "-" .. counter
  local body = template:gsub("@ID@", id):gsub("@N@", tostring(sequence % conversations))
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json; charset=utf-8" }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT {\"requests\":%d,\"duration_us\":%d,\"p50_us\":%d,\"p99_us\":%d,\"status\":%d,\"connect\":%d,\"read\":%d,\"write\":%d,\"timeout\":%d}\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
end
