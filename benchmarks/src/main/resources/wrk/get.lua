-- GET requests cycled from a file of "<path> <token index>" lines, with the bearer tokens of
-- the seeded patients (one per line, index 0 first), so that every patient reads only
-- their own appointments and no one patient's rate limit is reached.
-- wrk -s get.lua <url> -- <requests file> <tokens file>
local requests = {}
local position = 0

function init(args)
   local tokens = lines(args[2])
   for _, line in ipairs(lines(args[1])) do
      local path, token = line:match("^(%S+) (%d+)$")
      requests[#requests + 1] = wrk.format("GET", path,
         { ["Authorization"] = "Bearer " .. tokens[tonumber(token) + 1] })
   end
   -- threads start half-way from each other, so they do not ask for the same thing at once
   position = id * math.floor(#requests / 2)
end

function request()
   position = position + 1
   return requests[position % #requests + 1]
end
