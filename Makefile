# Two commands: `make run` rebuilds everything; `make test` runs every test.
# Both create and reuse a local virtual environment in .venv. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help run test lint format benchmark compile clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Byte-compile the package as pip does for installed packages (an editable install is
# not compiled, and PYTHONDONTWRITEBYTECODE would otherwise leave every start compiling it).
compile: $(STAMP)
	$(BIN)/python -m compileall -q rjtrade

run: compile ## set up .venv, rebuild data/processed/ and reports/figures/, run every notebook
	$(BIN)/rjtrade build
	$(BIN)/rjtrade notebooks

test: $(STAMP) ## set up .venv and run every test (plain pytest; options in pyproject.toml)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff: formatting and lint rules (99 columns), package, tests and notebooks
	$(BIN)/ruff format --check rjtrade tests benchmarks notebooks
	$(BIN)/ruff check rjtrade tests benchmarks notebooks

format: $(STAMP) ## ruff: format and fix what can be fixed safely
	$(BIN)/ruff format rjtrade tests benchmarks notebooks
	$(BIN)/ruff check --fix rjtrade tests benchmarks notebooks

benchmark: compile ## time rjtrade against its floors (benchmarks/bench.py)
	$(BIN)/python benchmarks/bench.py --main-job

clean: ## remove .venv (the next run or test sets it up again)
	rm -rf $(VENV)
