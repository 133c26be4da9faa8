-- Product detail + first page of comments: alternates GET /api/v1/products/{id} and
-- GET /api/v1/products/{id}/comments. Product id from the BENCH_PRODUCT_ID environment variable.
local id = os.getenv("BENCH_PRODUCT_ID") or error("BENCH_PRODUCT_ID is not set")
local paths = { "/api/v1/products/" .. id, "/api/v1/products/" .. id .. "/comments" }
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % 2) + 1])
end
