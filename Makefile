# Two commands do all the set-up on a fresh machine:
#   make demo   -> installs warta into .venv and analyses the bundled example article
#   make test   -> installs warta with its test tools and runs ruff, mypy and pytest
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[all,dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/warta analyze examples/kyiv-2024-12-17.txt --published 2024-12-17 --source Liputan6.com --format table

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist src/*.egg-info
