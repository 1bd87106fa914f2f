# Wegwijzer — the two commands: `make run` (set up + train if needed + run) and `make test`.
SHELL := /bin/bash
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
VENV := .venv/bin
RASA := $(VENV)/rasa

.PHONY: setup model run test validate benchmark clean resend purge staff-user widget

setup:
	@scripts/setup.sh

build/spacy_nl/meta.json: scripts/build_spacy_model.py | setup
	$(VENV)/python scripts/build_spacy_model.py build/spacy_nl

data/responses/faq.yml: $(wildcard knowledge/*.md) scripts/build_responses.py | setup
	$(VENV)/python scripts/build_responses.py data/responses/faq.yml

# `rasa train` compares the fingerprint of data + config with the newest model and skips training when equal.
model: setup build/spacy_nl/meta.json data/responses/faq.yml
	$(RASA) train --fixed-model-name wegwijzer --quiet

validate: model
	$(RASA) data validate --fail-on-warnings

run: model
	scripts/run.sh

test: model
	scripts/test.sh

benchmark: model
	$(VENV)/python -m scripts.benchmark $(ARGS)

clean:
	rm -rf models build results data/responses/faq.yml

# Re-send staff e-mails for callback requests whose notification failed.
resend: setup
	$(VENV)/python -m wegwijzer.notify resend-pending

# Delete what is older than the retention period in practice.yml (run daily from the server's scheduler).
purge: setup
	$(VENV)/python -m wegwijzer.retention purge

# Rebuild the widget's vendored files (socket.io-client, axe-core) from npm and its lockfile. Only needed after
# changing widget/package.json: `make run` and `make test` use the committed widget/vendor/ and need no npm.
widget:
	cd widget && npm ci --no-audit --no-fund && npm run vendor

# A named account for the staff console (asks for the password): make staff-user NAME=anne
staff-user: setup
	@test -n "$(NAME)" || (echo 'usage: make staff-user NAME=...' >&2; exit 2)
	$(VENV)/python -m wegwijzer.console.accounts create "$(NAME)"
