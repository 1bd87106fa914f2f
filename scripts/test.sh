#!/usr/bin/env bash
# The whole test suite: data validation, conversation tests, then pytest (unit, integration, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2
RASA=.venv/bin/rasa
MODEL=$(ls -t models/*.tar.gz | head -1)

echo "== rasa data validate"
$RASA data validate --fail-on-warnings --quiet

echo "== conversation tests (fail on prediction errors)"
$RASA test core --model "$MODEL" --stories tests/conversations --fail-on-prediction-errors --out results/core --quiet

echo "== pytest"
.venv/bin/python -m pytest tests -ra "$@"
