-- wrk script. LOAD_MODE=ids: GET <LOAD_PREFIX><id><LOAD_SUFFIX> for a random id in [LOAD_MIN_ID, LOAD_MAX_ID],
-- so every request reads another person (one id would be served from caches all along).
-- LOAD_MODE=mix (the soak): the API's kinds of request in turn — a person by id three times in eight, search,
-- a county's and the province's overview, 四个一 coverage, 公示. Headers given with -H apply to every request.
local mode = os.getenv("LOAD_MODE") or "ids"
local prefix = os.getenv("LOAD_PREFIX") or "/api/v1/persons/"
local suffix = os.getenv("LOAD_SUFFIX") or ""
local low = tonumber(os.getenv("LOAD_MIN_ID") or "1")
local high = tonumber(os.getenv("LOAD_MAX_ID") or "1000")
local mix = {
  "/api/v1/persons?regionCode=150102&category=4",
  "/api/v1/persons/overview?region=150102",
  "/api/v1/persons/overview?region=15",
  "/api/v1/casework/coverage?region=15",
  "/api/v1/disclosure",
}
local n = 0

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  n = n + 1
  local slot = n % (#mix + 3)
  if mode == "ids" or slot >= #mix then
    return wrk.format(nil, prefix .. math.random(low, high) .. suffix)
  end
  return wrk.format(nil, mix[slot + 1])
end
