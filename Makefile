# Two entry points, both from a fresh clone: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint typecheck pytest clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/meetbot demo

lint: $(STAMP)
	$(VENV)/bin/ruff check bot tests benchmarks tools
	$(VENV)/bin/ruff format --check bot tests benchmarks tools
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

# The inner loop: no Dovecot, PostgreSQL, LibreOffice or Chromium, nothing marked slow (the
# fuzz loops, the exhaustive pattern comparisons, worker processes), on every core
# (pytest-xdist). `make test` (what CI runs) is the whole suite, the slow tests included.
# Bytecode and pytest's rewritten test modules are kept between runs in the venv even where the
# shell sets PYTHONDONTWRITEBYTECODE: compiling them again was half of each worker's start.
FAST := not dovecot and not postgres and not libreoffice and not chromium and not browser and not tesseract and not slow
test-fast: $(STAMP)
	PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache \
		$(VENV)/bin/pytest -q -n auto -m "$(FAST)"

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache
