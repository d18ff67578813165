# Two commands: `make run` rebuilds everything; `make test` runs every test.
# Both create and reuse a local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test benchmark clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rjtrade build
	$(BIN)/rjtrade notebooks

test: $(STAMP)
	$(BIN)/python -m pytest --nbval-lax --mpl --mpl-baseline-path=tests/baseline_images tests notebooks

benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV)
