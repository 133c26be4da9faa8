-- Upvote toggles: each request uses the next voter's token and alternates PUT / DELETE
-- /api/v1/products/{id}/upvote for that voter. Environment:
--   BENCH_TOKENS       file with one access token per line (voters only, never the maker)
--   BENCH_PRODUCT_IDS  comma-separated product ids, used round-robin (one id = a single hot product)
-- Threads take disjoint slices of the tokens, so one voter's toggles stay in order within a thread.
-- done() prints "non200 N", "status_errors N" and "requests N" for the caller to parse.
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("tid", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local tokens, products, nthreads = {}, {}, 1
local me, i = 1, 0
non200 = 0

init = function(args)
  me = tid or 1 -- global set by setup() through thread:set
  nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local file = os.getenv("BENCH_TOKENS") or error("BENCH_TOKENS is not set")
  local n = 0
  for line in io.lines(file) do
    if line ~= "" then
      n = n + 1
      if (n - 1) % nthreads == me - 1 then
        table.insert(tokens, line)
      end
    end
  end
  for p in string.gmatch(os.getenv("BENCH_PRODUCT_IDS") or "", "%d+") do
    table.insert(products, p)
  end
  if #tokens == 0 or #products == 0 then
    error("no tokens or no product ids for thread " .. me)
  end
end

request = function()
  local t = #tokens
  local slot = i % t
  local round = math.floor(i / t)
  local product = products[(i % #products) + 1]
  i = i + 1
  local method = (round % 2 == 0) and "PUT" or "DELETE"
  return wrk.format(method, "/api/v1/products/" .. product .. "/upvote",
    { ["Authorization"] = "Bearer " .. tokens[slot + 1] })
end

response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

done = function(summary, latency, requests)
  local n = 0
  for _, thread in ipairs(threads) do
    n = n + (thread:get("non200") or 0)
  end
  io.write(string.format("non200 %d\nstatus_errors %d\nrequests %d\n",
    n, summary.errors.status, summary.requests))
end
