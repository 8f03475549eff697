# The two commands of the README's quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[notebooks]"
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

## demo: install into .venv and build the graph of seeds/ into out/
demo: $(VENV)/.installed
	$(BIN)/kg build seeds --out out
	@echo
	@echo "Open out/graph.html in a browser; the report is out/report.md:"
	@echo
	@head -n 30 out/report.md

## test: install with the dev extra into .venv and run the test suite
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

clean:
	rm -rf out .pytest_cache
