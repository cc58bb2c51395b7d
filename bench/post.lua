-- wrk script: POST requests read from a data file given after "--", one per line:
--   path <TAB> cookie <TAB> url-encoded body
-- Each request takes the next line (wrapping around at the end of the file).
local entries = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    local path, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    if path then
      entries[#entries + 1] = { path, cookie, body }
    end
  end
end

function request()
  i = i % #entries + 1
  local e = entries[i]
  return wrk.format("POST", e[1], {
    ["Cookie"] = e[2],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, e[3])
end
