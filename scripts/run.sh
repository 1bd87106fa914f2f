#!/usr/bin/env bash
# Run the action server (5055) and the Rasa server (5005, REST + staff channel) as one supervised process
# group: a process that stops is started again; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
RASA=.venv/bin/rasa
MODEL=$(ls -t models/*.tar.gz | head -1)

# Both servers listen on localhost unless told otherwise; only the Rasa server may call the action server.
export RASA_HOST="${RASA_HOST:-127.0.0.1}" ACTIONS_HOST="${ACTIONS_HOST:-127.0.0.1}"
export RASA_PORT="${RASA_PORT:-5005}" ACTIONS_PORT="${ACTIONS_PORT:-5055}"
export ACTIONS_URL="${ACTIONS_URL:-http://127.0.0.1:${ACTIONS_PORT}/webhook}"
export ACTION_SERVER_TOKEN="${ACTION_SERVER_TOKEN:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')}"
# Requests to the Rasa server over 64 KB are refused before they are read (413); messages over 2,000 characters
# get a short answer. The action server has its own, larger limit (it receives whole conversations).
RASA_MAX_BODY="${SANIC_REQUEST_MAX_SIZE:-65536}"

api_args=()
if [ -n "${RASA_API_TOKEN:-}" ]; then
  # The HTTP API can read conversations and replace the model: only with a token.
  api_args=(--enable-api --auth-token "$RASA_API_TOKEN")
fi

supervise() {  # run a command, and start it again whenever it stops
  local name=$1; shift
  while true; do
    "$@" || true
    echo "[run] $name stopped; starting it again in 2 s" >&2
    sleep 2
  done
}

trap 'trap - EXIT INT TERM; kill 0' EXIT INT TERM
echo "[run] action server on http://${ACTIONS_HOST}:${ACTIONS_PORT}, assistant on http://${RASA_HOST}:${RASA_PORT}" >&2
echo "[run] chat widget demo page: http://${RASA_HOST}:${RASA_PORT}/widget/ (embed: docs/widget.md)" >&2
echo "[run] REST channel: POST http://${RASA_HOST}:${RASA_PORT}/webhooks/rest/webhook — both servers restart when they stop" >&2
supervise "action server" .venv/bin/python -m wegwijzer.action_server --host "$ACTIONS_HOST" --port "$ACTIONS_PORT" &
supervise "Rasa server" env SANIC_REQUEST_MAX_SIZE="$RASA_MAX_BODY" $RASA run --model "$MODEL" --interface "$RASA_HOST" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints "${RASA_ENDPOINTS:-endpoints.yml}" "${api_args[@]}" &
wait
