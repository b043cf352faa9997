# Everything a fresh machine needs: `make run` serves the dashboard, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run serve-multi test test-fast bench bench-quick extract clean

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@# The package itself, editable: tests, bench and scripts import frikommune without sys.path edits. Built with
	@# the venv's setuptools (80 has bdist_wheel built in), so the build downloads nothing.
	$(PY) -m pip install --quiet "setuptools==80.9.0"
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

# Debian's chromium for the browser tests (never `playwright install`: it downloads a browser of its own).
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

# Debian's nginx for the multi-process deployment (`make serve-multi`, its test and the benchmark's multi load step).
# Installed with apt-get like chromium; the service is not started (the deployment runs nginx itself, unprivileged
# ports, its own configuration).
/usr/sbin/nginx:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null

run: $(VENV)/.installed
	@$(PY) -m frikommune.data.devkey
	$(PY) -m streamlit run app.py --server.port $(PORT)

# Every core: PROCESSES Streamlit processes (default: one per CPU) on PORT+1.., sharing the data root, behind nginx on
# PORT with sticky sessions (deploy/multi.py, README "Deployment").
PROCESSES ?= 0
serve-multi: $(VENV)/.installed /usr/sbin/nginx
	@$(PY) -m frikommune.data.devkey
	$(PY) -m deploy.multi --port $(PORT) --processes $(PROCESSES)

test: $(VENV)/.installed-test /usr/bin/chromium /usr/sbin/nginx
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/sqlfluff lint queries
	$(PY) -m pytest

test-fast: $(VENV)/.installed-test /usr/sbin/nginx
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/sqlfluff lint queries
	$(PY) -m pytest -m "not browser"

bench: $(VENV)/.installed-test /usr/bin/chromium /usr/sbin/nginx
	$(PY) -m bench

bench-quick: $(VENV)/.installed-test /usr/bin/chromium /usr/sbin/nginx
	$(PY) -m bench --quick

# Re-extract data/curated/ from ../shared/seeds (the output is reviewed and committed).
extract: $(VENV)/.installed
	$(PY) -m frikommune.extract

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
