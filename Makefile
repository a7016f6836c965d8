# Two commands do everything from a fresh clone: `make serve` (or `make build`) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Zensical has its own venv: it builds the export with no MkDocs installed.
ZVENV := .venv-zensical
ZSTAMP := $(ZVENV)/.installed
# The Nu HTML Checker for tests/test_html_valid.py, exactly as pinned in tests/vnu/package-lock.json
# (defined before `test:`, whose prerequisites are expanded as the rule is read).
VNU := tests/vnu/node_modules/.package-lock.json
# `make export` writes the fully expanded site source here (see the export target).
EXPORT_DIR := build/export
export NO_MKDOCS_2_WARNING := 1

# `make serve PORT=8123` serves on another port.
PORT ?= 8000

.PHONY: build serve check review test test-fast test-extra lint eval system-deps clean export properdocs zensical bench reader-css

$(STAMP): requirements.txt requirements-test.txt requirements-properdocs.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements-test.txt -r requirements-properdocs.txt
	touch $@

$(ZSTAMP): requirements-zensical.txt
	$(PYTHON) -m venv $(ZVENV)
	$(ZVENV)/bin/python -m pip install --quiet -r requirements-zensical.txt
	touch $@

build: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --livereload --dev-addr 127.0.0.1:$(PORT)

# Every input problem (seeds, metadata, notes, figure explanations, directives, nav)
# in one run, one `file:line: message` line each, in a few seconds: no site is built.
check: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m explainer.check

# What a change does for readers, against a git ref: make review BASE=main
# (writes build/review.md; PREVIEW=<url> links the changed pages to a preview).
review: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m explainer.review --base $(BASE) --out build/review.md --preview "$(PREVIEW)"
	cat build/review.md

# The site source with everything the hooks add written out as plain files, for any
# Markdown generator and as the no-hooks baseline of the benchmarks: $(EXPORT_DIR)/ holds
# mkdocs.yml (no hooks:), docs/ (directives expanded, generated pages, data downloads),
# includes/ and overrides/. `cd $(EXPORT_DIR) && mkdocs build` needs no hooks.
export: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m explainer.export --out $(EXPORT_DIR)

# The real site built by ProperDocs (hooks and all) into build/properdocs-site/.
properdocs: $(STAMP)
	$(BIN)/properdocs build --strict -f mkdocs.yml -d build/properdocs-site

# The export built by Zensical into $(EXPORT_DIR)/site/.
zensical: export $(ZSTAMP)
	cd $(EXPORT_DIR) && $(CURDIR)/$(ZVENV)/bin/zensical build --strict

$(VNU): tests/vnu/package.json tests/vnu/package-lock.json
	cd tests/vnu && npm ci --no-audit --no-fund

system-deps:
	scripts/install-system-deps.sh

# Lint, format, types, the engine's layer contracts (pyproject.toml) and no engine function
# over cyclomatic complexity 25 (scripts/complexity.py): seconds, no browser.
lint: $(STAMP)
	$(BIN)/ruff check hooks tests bench scripts
	$(BIN)/ruff format --check hooks tests bench scripts
	$(BIN)/mypy
	PYTHONPATH=hooks $(BIN)/lint-imports --no-cache
	$(BIN)/python scripts/complexity.py hooks

# Material's stylesheets cut to the rules the built site uses, inlined in every page
# (scripts/reader_css.py): after a Material upgrade or a template that uses new Material classes.
reader-css: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet
	$(BIN)/python scripts/reader_css.py site
	$(BIN)/mkdocs build --strict --quiet

# Attribution and figures against the hand-written answers in tests/corpus/ (tests/corpus/README.md).
eval: $(STAMP)
	$(BIN)/python tests/corpus_eval.py --all

test: lint system-deps $(STAMP) $(ZSTAMP) $(VNU) export
	$(BIN)/python -m pytest

# The developer's loop: no Chromium, no whole-site build or export, no system packages
# (pytest markers set in tests/conftest.py). `make test` stays the gate.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not browser and not build and not slow" -p no:cacheprovider

# The whole suite again on a copy of the project with two more articles in seeds/
# (one without metadata, one naming another outlet): a one-article assumption fails here.
test-extra: system-deps $(STAMP) $(ZSTAMP) $(VNU)
	scripts/with-extra-articles.sh

# Lighthouse 12.2.3 for the benchmark, exactly as pinned in bench/package-lock.json.
LIGHTHOUSE := bench/node_modules/.package-lock.json
$(LIGHTHOUSE): bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund

# A benchmark, not a test: speed, weight and scale against their budgets, one table
# (also in build/bench.txt), non-zero exit if a budget fails. BENCH_ONLY=lighthouse,slowphone,build,scale,preview,search,hostile
bench: $(STAMP) system-deps $(LIGHTHOUSE)
	cd bench && ../$(BIN)/python run.py

clean:
	rm -rf site build $(VENV) $(ZVENV) bench/node_modules tests/vnu/node_modules
