#!/bin/sh
# Writes the console's /config.js from the container's environment at start, so that one image
# serves every deployment (the nginx image runs /docker-entrypoint.d/*.sh before nginx starts).
#   SCENARO_API_URL         the control API as browsers reach it, e.g. https://api.shop.example
#   SCENARO_PLAYGROUND_URL  the runtime's text playground, e.g. https://playground.shop.example
# Unset: the console uses the page's own host on ports 8080 and 8082.
# The first argument overrides the output file (tests).
set -eu

out="${1:-/usr/share/nginx/html/config.js}"

# A JSON string: backslashes and quotes escaped, line breaks dropped.
json_string() {
  printf '"%s"' "$(printf '%s' "$1" | tr -d '\r\n' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

entries=""
if [ -n "${SCENARO_API_URL:-}" ]; then
  entries="\"apiUrl\": $(json_string "$SCENARO_API_URL")"
fi
if [ -n "${SCENARO_PLAYGROUND_URL:-}" ]; then
  [ -n "$entries" ] && entries="$entries, "
  entries="$entries\"playgroundUrl\": $(json_string "$SCENARO_PLAYGROUND_URL")"
fi

printf 'window.SCENARO_CONSOLE_CONFIG = {%s};\n' "$entries" > "$out"
echo "console-config: wrote $out (api: ${SCENARO_API_URL:-same host :8080}, playground: ${SCENARO_PLAYGROUND_URL:-same host :8082})"
