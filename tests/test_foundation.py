"""The foundation's promises: languages, the front door, health check, settings, demo data."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo(db):
    """The home page in every language and the demo accounts (the full demo is tested elsewhere)."""
    from content_io.importer import import_content
    from learners import demo as learners_demo

    import_content(only=["home/."])  # the home page alone, from content/
    learners_demo.load()


def test_front_door_sends_finnish_visitor_to_finnish_home(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_front_door_follows_browser_language(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response["Location"] == "/ar/"


@pytest.mark.parametrize(
    ("lang", "direction", "heading"),
    [
        ("fi", "ltr", "Tervetuloa Kotopaikkaan"),
        ("en", "ltr", "Welcome to Kotopaikka"),
        ("ar", "rtl", "مرحبًا بك في كوتوبايكا"),
        ("fa", "rtl", "به کوتوپایکا خوش آمدید"),
        ("uk", "ltr", "Ласкаво просимо до Kotopaikka"),
    ],
)
def test_home_page_in_each_language_has_lang_and_direction(client, demo, lang, direction, heading):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert heading in html


def test_language_switcher_lists_every_translation_by_its_own_name(client, demo):
    html = client.get("/fi/").content.decode()
    for code, name in [("en", "English"), ("ar", "العربية"), ("uk", "українська"), ("so", "Soomaali")]:
        assert f'href="/{code}/" lang="{code}" hreflang="{code}">{name}</a>' in html


def test_login_page_is_reachable_at_accounts_login(client, demo):
    response = client.get("/accounts/login/", follow=True, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/fi/accounts/login/")
    assert 'name="password"' in response.content.decode()


def test_admin_signs_in_to_wagtail_admin(client, demo):
    response = client.post(
        "/admin/login/", {"username": "admin", "password": "kotopaikka-demo", "next": "/admin/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/admin/"
    assert response.status_code == 200
    assert response.wsgi_request.user.username == "admin"


def test_healthz_answers_ok_when_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_healthz_answers_503_when_database_is_down(client, db, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", broken_cursor)
        response = client.get("/healthz")
    assert response.status_code == 503


def _manage(*args, **env):
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = _manage("check", "--settings=config.settings.production", ALLOWED_HOSTS="example.fi")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_pass_deploy_check_without_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level=WARNING",
        "--settings=config.settings.production",
        SECRET_KEY="x" * 20 + "-Kotopaikka-production-check-" + "y" * 30,
        ALLOWED_HOSTS="kotopaikka.example.fi",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr


def test_demo_accounts_are_refused_under_production_settings(db, settings):
    from django.core.management.base import CommandError

    from learners import demo

    settings.DEMO_ACCOUNTS_ALLOWED = False
    with pytest.raises(CommandError):
        demo.load()


def test_learner_gets_translated_503_page_when_database_goes_away(db, home_page, monkeypatch):
    from django.test import Client

    from home.models import HomePage

    def lost_database(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(HomePage, "serve", lost_database)
    response = Client(raise_request_exception=False).get("/fi/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="fi"' in html
    with translation.override("fi"):
        title = translation.gettext("Service temporarily unavailable")
    assert title != "Service temporarily unavailable"
    assert title in html


def test_other_errors_get_the_500_page(db, home_page, monkeypatch):
    from django.test import Client

    from home.models import HomePage

    def broken(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr(HomePage, "serve", broken)
    response = Client(raise_request_exception=False).get("/ar/")
    assert response.status_code == 500
    assert 'dir="rtl"' in response.content.decode()
