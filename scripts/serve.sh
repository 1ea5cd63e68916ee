#!/usr/bin/env bash
# `make serve`: gunicorn with production settings against PostgreSQL, the way a server runs it.
# Local defaults (plain http on 127.0.0.1) unless the environment says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=config.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kotopaikka}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export SECURE_COOKIES="${SECURE_COOKIES:-false}"
if [ -z "${SECRET_KEY:-}" ]; then
  [ -f .secret-key ] || .venv/bin/python -c "import secrets; print(secrets.token_urlsafe(50))" > .secret-key
  SECRET_KEY="$(cat .secret-key)"
  export SECRET_KEY
fi
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py collectstatic --noinput -v0
echo "Serving http://127.0.0.1:${PORT:-8000}/ with gunicorn (${WORKERS:-2} workers, production settings)"
exec .venv/bin/gunicorn config.wsgi --workers "${WORKERS:-2}" --bind "127.0.0.1:${PORT:-8000}" \
  --access-logfile - --error-logfile -
