-- wrk script for the soak: the API's kinds of request in turn (a person by id, search, a county's and the
-- province's overview, 四个一 coverage, 公示), with the bearer token given by -H.
local high = tonumber(os.getenv("LOAD_MAX_ID") or "1000")
local low = tonumber(os.getenv("LOAD_MIN_ID") or "1")
local fixed = {
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
  local slot = n % (#fixed + 3)
  if slot >= #fixed then
    -- three in eight requests read one person: the commonest call of a working day
    return wrk.format(nil, "/api/v1/persons/" .. math.random(low, high))
  end
  return wrk.format(nil, fixed[slot + 1])
end
