# The two commands of the README's quick start: `make run` and `make test`.
# Both set up what is missing first (apt packages when run as root, a virtualenv with the project).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run demo test lint pytest bench samples translations clean bundle deb tarball \
	windows-check

$(STAMP): pyproject.toml scripts/install-system-deps
	scripts/install-system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,gui]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/brochuredesk demo

demo: run

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint pytest

bench: setup
	$(BIN)/python -m benchmarks all --size small

samples: setup
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

translations: setup
	$(BIN)/python scripts/translations.py

# Installers (packaging/README.md): the PyInstaller bundle, then the Linux packages of it.
bundle: setup
	$(BIN)/python packaging/bundle.py

deb: bundle
	$(BIN)/python packaging/build_linux.py deb

tarball: bundle
	$(BIN)/python packaging/build_linux.py tarball

# The Windows installer built from this checkout and run under Wine: install, self-check, CLI,
# window, uninstall (packaging/windows/check.py; writes dist/windows-check.json).
windows-check: setup
	$(BIN)/python packaging/windows/check.py
