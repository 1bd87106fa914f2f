#!/usr/bin/env bash
# Run the action server (5055) and the Rasa server (5005, REST channel + staff channel) as one process group.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
RASA=.venv/bin/rasa
MODEL=$(ls -t models/*.tar.gz | head -1)

api_args=()
if [ -n "${RASA_API_TOKEN:-}" ]; then
  # The HTTP API can read conversations and replace the model: only with a token.
  api_args=(--enable-api --auth-token "$RASA_API_TOKEN")
fi

trap 'kill 0' EXIT INT TERM
$RASA run actions --port "${ACTIONS_PORT:-5055}" --actions actions &
$RASA run --model "$MODEL" --port "${RASA_PORT:-5005}" --credentials credentials.yml \
  --endpoints "${RASA_ENDPOINTS:-endpoints.yml}" --cors "${RASA_CORS:-*}" "${api_args[@]}" &
wait -n
