# The README's commands. `make run` and `make test` each do all set-up on a fresh machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Links written outside a request (e-mails, certificates) follow the port served (cms/settings).
export PORT
NODE_DIR := cms/static_src
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

.PHONY: run test install css browser lint bench clean \
	prod-release prod prod-web prod-worker prod-beat

run: install css ## Serve the site with demo content on http://127.0.0.1:$(PORT)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install css browser ## Run the whole test suite (browser tests included)
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null || python3 -m pip install --quiet uv
	uv sync --frozen --compile-bytecode
	@touch $@

$(NODE_DIR)/node_modules/.installed: $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund
	@touch $@

css: install $(NODE_DIR)/node_modules/.installed ## Build the Tailwind stylesheet (django-tailwind, npm)
	$(PY) manage.py tailwind build

browser: ## Debian's Chromium, for the Playwright tests
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

lint: install ## ruff, the layer contract (import-linter), missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) manage.py makemigrations --check --dry-run

bench: install css ## Pages at scale under gunicorn + wrk, beside the peer (bench/README.md)
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }
	$(PY) bench/run.py $(BENCH_ARGS)

# Production processes on one machine (docs/deploy.md): the environment must hold the production
# variables (DJANGO_SETTINGS_MODULE=cms.settings.production, DJANGO_SECRET_KEY, ...). The same
# three commands are in the Procfile, for process managers that read it.
WEB_CONCURRENCY ?= 4
WORKER_CONCURRENCY ?= 2
BEAT_SCHEDULE ?= celerybeat-schedule

prod-release: install css ## Once per release: migrate, static files, default Site, deploy checks
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py sync_site
	$(PY) manage.py check --deploy --fail-level WARNING

prod-web: ## gunicorn on 127.0.0.1:$(PORT), behind the HTTPS front server
	$(VENV)/bin/gunicorn cms.wsgi:application --bind 127.0.0.1:$(PORT) \
	  --workers $(WEB_CONCURRENCY) --access-logfile - --error-logfile -

prod-worker: ## a Celery worker (any number of them, on any machine)
	$(VENV)/bin/celery -A cms worker --loglevel INFO --concurrency $(WORKER_CONCURRENCY)

prod-beat: ## Celery beat: exactly ONE for the whole site
	$(VENV)/bin/celery -A cms beat --loglevel INFO --schedule $(BEAT_SCHEDULE)

prod: ## web, worker and beat together in the foreground (Ctrl-C stops all three)
	@trap 'kill 0' INT TERM EXIT; \
	  $(MAKE) --no-print-directory prod-worker & \
	  $(MAKE) --no-print-directory prod-beat & \
	  $(MAKE) --no-print-directory prod-web & \
	  wait

clean:
	rm -rf $(VENV) $(NODE_DIR)/node_modules cms/static/css/dist static db.sqlite3
