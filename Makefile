# Two commands do everything from a fresh clone: `make serve` (or `make build`) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: build serve test system-deps clean

$(STAMP): requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

build: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --livereload

system-deps:
	scripts/install-system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

clean:
	rm -rf site $(VENV)
