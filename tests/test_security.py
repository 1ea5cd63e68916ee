"""Security headers and the Content Security Policy, on public, learner and htmx responses."""

import pytest


@pytest.fixture
def production_headers(settings):
    """The header settings of config.settings.production, on the test settings."""
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_REFERRER_POLICY = "same-origin"
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    settings.X_FRAME_OPTIONS = "DENY"


def _csp(response):
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split("; ")
    )


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/fi/", {}),  # a public page
        ("/fi/accounts/login/", {}),  # a learner page
        ("/fi/", {"HTTP_HX_REQUEST": "true"}),  # an htmx request
    ],
)
def test_pages_carry_security_headers_and_strict_csp(client, home_page, production_headers, path, headers):
    response = client.get(path, secure=True, **headers)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    csp = _csp(response)
    assert csp["script-src"] == "'self'"
    assert "unsafe-inline" not in csp["script-src"]
    assert csp["default-src"] == "'self'"
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'self'"


def test_public_pages_contain_no_inline_script(client, home_page):
    html = client.get("/fi/").content.decode()
    for tag in html.split("<script")[1:]:
        assert " src=" in tag.split(">", 1)[0], f"inline script found: <script{tag[:80]}"


def test_admin_keeps_its_own_policy_so_wagtail_works(client, home_page, make_user):
    admin = make_user("boss", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = _csp(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["default-src"] == "'self'"
