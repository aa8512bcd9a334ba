-- wrk script: GET <LOAD_PREFIX><id><LOAD_SUFFIX> for a random id in [LOAD_MIN_ID, LOAD_MAX_ID], so every
-- request reads another person (one id would be served from caches all along). Headers given with -H apply.
local prefix = os.getenv("LOAD_PREFIX") or "/api/v1/persons/"
local suffix = os.getenv("LOAD_SUFFIX") or ""
local low = tonumber(os.getenv("LOAD_MIN_ID") or "1")
local high = tonumber(os.getenv("LOAD_MAX_ID") or "1000")

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  return wrk.format(nil, prefix .. math.random(low, high) .. suffix)
end
