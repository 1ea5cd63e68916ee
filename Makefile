# Kotopaikka e-learning. `make run` serves the site; `make test` runs every test.
# Both set everything up from nothing: virtual environment, packages, system packages,
# compiled translations, database.

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.txt | cut -c1-12)
# System packages: gettext compiles translations, pango is what WeasyPrint draws PDFs with,
# the Noto fonts shape Arabic and Persian, poppler-utils reads PDFs back in tests.
RUN_DEB := gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core
TEST_DEB := $(RUN_DEB) chromium poppler-utils

.PHONY: run test setup system-run system-test messages migrate demo serve lint clean

$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

system-run:
	@bash scripts/ensure-debs.sh $(RUN_DEB)

system-test:
	@bash scripts/ensure-debs.sh $(TEST_DEB)

messages: setup system-run
	$(PY) manage.py compilemessages --ignore='.venv/*' -v0

migrate: setup
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo

run: messages demo
	@echo ""
	@echo "Kotopaikka is at http://127.0.0.1:8000/  (admin: http://127.0.0.1:8000/admin/)"
	@echo "Demo accounts, password kotopaikka-demo: admin, demo-trainer, demo-staff, demo-learner"
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:8000

serve: messages
	bash scripts/serve.sh

lint: setup
	$(VENV)/bin/ruff check .

test: setup system-test messages lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest --durations=15

clean:
	rm -rf $(VENV) staticfiles .test-media .test-media-pg .pytest_cache

# Benchmarks (bench/README.md). A server must be running: PORT=8200 DATABASE_URL=$(BENCH_DB) make serve
BENCH_DB ?= postgres://postgres@127.0.0.1:5432/kp_load
BENCH_PORT ?= 8200
.PHONY: bench-setup bench-load bench-faults bench-weight bench-lighthouse
bench-setup: setup
	$(PY) -m pip install --quiet -r bench/requirements.txt
	psql -h 127.0.0.1 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'kp_load'" | grep -q 1 || \
		psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE kp_load"
	DATABASE_URL=$(BENCH_DB) $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_DB) $(PY) manage.py load_demo
	cd bench && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null

bench-load:
	DATABASE_URL=$(BENCH_DB) $(PY) bench/load.py --port $(BENCH_PORT)

bench-faults:
	DATABASE_URL=$(BENCH_DB) $(PY) bench/faults.py --port $(BENCH_PORT)

bench-weight:
	$(PY) bench/weight.py --base http://127.0.0.1:$(BENCH_PORT)

bench-lighthouse:
	BASE=http://127.0.0.1:$(BENCH_PORT) bash bench/lighthouse.sh
