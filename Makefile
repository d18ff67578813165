# Two commands: `make run` rebuilds everything; `make test` runs every test.
# Both create and reuse a local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test benchmark compile clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Byte-compile the package as pip does for installed packages (an editable install is
# not compiled, and PYTHONDONTWRITEBYTECODE would otherwise leave every start compiling it).
compile: $(STAMP)
	$(BIN)/python -m compileall -q rjtrade

run: compile
	$(BIN)/rjtrade build
	$(BIN)/rjtrade notebooks

test: $(STAMP)
	$(BIN)/python -m pytest --nbval-lax --mpl --mpl-baseline-path=tests/baseline_images tests notebooks

benchmark: compile
	$(BIN)/python benchmarks/bench.py --main-job

clean:
	rm -rf $(VENV)
