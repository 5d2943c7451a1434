# Two commands do all the set-up on a fresh machine:
#   make run    venv, install, migrate, ingest seeds/, serve on http://127.0.0.1:8000 (SQLite)
#   make test   venv, install (with test tools and the browser), run the test suite
# DATABASE_URL=postgres://... switches either to PostgreSQL.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test browser serve-prod bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[prod]'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[prod,test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser

# Debian's Chromium (Playwright's own browser download does not work here) and axe-core.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium package for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| { echo "Could not install chromium: run 'sudo apt-get install chromium'"; exit 1; }; }
	@test -f node_modules/axe-core/axe.min.js || npm install --no-audit --no-fund --silent

run: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py ingest
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: install-test
	$(VENV)/bin/pytest

# Production-style serving on this machine: DEBUG off, hashed and compressed static files
# through WhiteNoise, gunicorn with gunicorn.conf.py. Needs SECRET_KEY (and ALLOWED_HOSTS
# beyond localhost); see docs/deployment.md.
serve-prod: install
	@test -n "$$SECRET_KEY" || { echo "serve-prod: set SECRET_KEY (see docs/deployment.md)"; exit 1; }
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1}" $(PY) manage.py collectstatic --noinput --verbosity 0
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1}" $(PY) manage.py migrate --noinput
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1}" HOST=$(HOST) PORT=$(PORT) $(VENV)/bin/gunicorn newsroom.wsgi

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3 .pytest_cache
