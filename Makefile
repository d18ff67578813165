# Two commands: `make run` rebuilds everything; `make test` runs every test.
# Both create and reuse a local virtual environment in .venv, and rebuild it whenever it was
# made by another Python or pyproject.toml/setup.py changed. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# What the environment must have been made from: this Python's version and the build files.
WANT := $(shell $(PYTHON) -c 'import hashlib, sys; print("_".join(sys.version.split()), \
	hashlib.sha256(open("pyproject.toml", "rb").read() + open("setup.py", "rb").read()).hexdigest())' \
	2>/dev/null || echo "no-python")

.PHONY: help setup run test lint format benchmark compile clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

setup: ## create .venv, or rebuild it if made by another Python or from other build files
	@if [ "$(WANT)" = "no-python" ]; then \
		echo "make: '$(PYTHON)' does not run; set PYTHON=python3.11 (or newer)" >&2; exit 1; fi
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "make: rjtrade needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) -V 2>&1)." \
			"Run: make run PYTHON=python3.11 (or newer)" >&2; exit 1; }
	@if [ "$$(cat $(STAMP) 2>/dev/null)" != "$(WANT)" ]; then \
		echo "[setup] (re)creating $(VENV) with $(PYTHON) ($(WANT))"; \
		rm -rf $(VENV) && \
		$(PYTHON) -m venv $(VENV) && \
		$(BIN)/python -m pip install --upgrade pip && \
		$(BIN)/python -m pip install -e ".[test]" && \
		echo "$(WANT)" > $(STAMP) && \
		echo "[setup] $(VENV) ready"; \
	fi

# Byte-compile the package as pip does for installed packages (an editable install is
# not compiled, and PYTHONDONTWRITEBYTECODE would otherwise leave every start compiling it).
compile: setup
	$(BIN)/python -m compileall -q rjtrade

run: compile ## set up .venv, rebuild data/processed/ and reports/figures/, run every notebook
	$(BIN)/rjtrade build
	$(BIN)/rjtrade figures --lang th
	$(BIN)/rjtrade notebooks

test: setup ## set up .venv and run every test (plain pytest; options in pyproject.toml)
	$(BIN)/python -m pytest

lint: setup ## ruff: formatting and lint rules (99 columns), package, tests and notebooks
	$(BIN)/ruff format --check rjtrade tests benchmarks notebooks setup.py
	$(BIN)/ruff check rjtrade tests benchmarks notebooks setup.py

format: setup ## ruff: format and fix what can be fixed safely
	$(BIN)/ruff format rjtrade tests benchmarks notebooks setup.py
	$(BIN)/ruff check --fix rjtrade tests benchmarks notebooks setup.py

benchmark: compile ## time rjtrade against its floors (benchmarks/bench.py)
	$(BIN)/python benchmarks/bench.py --main-job

clean: ## remove .venv (the next run or test sets it up again)
	rm -rf $(VENV)
