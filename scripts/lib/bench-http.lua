-- wrk script for scripts/bench-http: rotates bearer tokens (one line each in the first
-- file) and video ids (the second file) over the requests of one kind (third argument):
--   feed    GET  /api/v1/feed/for-you?limit=20 (personalized, as the viewer)
--   events  POST /api/v1/events with one view event of a random video
--   health  GET  /healthz (the server's floor: routing and HTTP, no work)
local tokens, videos, kind = {}, {}, "health"
local counter = 0

function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  for line in io.lines(args[2]) do videos[#videos + 1] = line end
  kind = args[3] or kind
  -- Each wrk thread starts at another place in the lists.
  counter = math.floor(#tokens * (tonumber(args[4]) or 0))
end

function request()
  counter = counter + 1
  local token = tokens[counter % #tokens + 1]
  local headers = { ["Authorization"] = "Bearer " .. token }
  if kind == "feed" then
    return wrk.format("GET", "/api/v1/feed/for-you?limit=20", headers)
  elseif kind == "events" then
    headers["Content-Type"] = "application/json"
    local video = videos[(counter * 7) % #videos + 1]
    local body = '{"events":[{"video_id":"' .. video .. '","kind":"view","watched_ms":'
      .. (1000 + (counter % 9) * 700) .. '}]}'
    return wrk.format("POST", "/api/v1/events", headers, body)
  end
  return wrk.format("GET", "/healthz")
end

function response(status, headers, body)
  if status >= 400 then
    errors = (errors or 0) + 1
  end
end
