-- POST /api/appointments, every request a distinct free slot: line i of the slot file
-- ("<doctorId> <start> <token index>") is booked by thread i % threads only, so no slot is
-- asked for twice. Lines hold a token index rather than the token: a token is ~1.5 KB and
-- a slot file has up to a hundred thousand lines.
-- wrk -s book.lua <url> -- <slots file> <tokens file> <threads>
local slots = {}
local tokens = {}
local step = 1
local next_line = 0

function init(args)
   slots = lines(args[1])
   tokens = lines(args[2])
   step = tonumber(args[3])
   next_line = id
end

function request()
   if next_line >= #slots then
      -- out of slots: start again (those slots are taken, so they answer 409), and say so
      slots_exhausted = 1
      next_line = id
   end
   local doctor, start, token = slots[next_line + 1]:match("^(%S+) (%S+) (%d+)$")
   -- how far into the file this run went: the next run starts after it
   slots_used = math.max(slots_used, next_line + 1)
   next_line = next_line + step
   return wrk.format("POST", "/api/appointments",
      { ["Authorization"] = "Bearer " .. tokens[tonumber(token) + 1], ["Content-Type"] = "application/json" },
      '{"doctorId":"' .. doctor .. '","start":"' .. start .. '","reason":"Benchmark booking"}')
end
