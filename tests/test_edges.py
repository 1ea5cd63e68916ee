"""The server's edges hold: private documents, the health check behind an HTTP
load balancer, odd request bodies and search input, database errors caused by input, SQLite under
concurrent writes, and where to report a vulnerability.
"""

import io
import json
import os
import subprocess
import sys
import threading
import time

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.db import DataError, IntegrityError, connection, connections, transaction
from django.test import Client
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

Document = get_document_model()


# Private documents are served only through Wagtail's document view


@pytest.fixture
def private_document(db, home_page):
    """A document in a collection only signed-in people may see (Wagtail's collection privacy)."""
    collection = Collection.get_first_root_node().add_child(name="Vain kirjautuneille")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = Document.objects.create(
        title="Henkilöstön ohje", collection=collection, file=ContentFile(b"luottamuksellinen\n", name="ohje.txt"),
    )
    yield document
    document.file.delete(save=False)


def test_a_private_document_cannot_be_downloaded_by_its_media_path(private_document):
    path = f"/media/{private_document.file.name}"
    assert private_document.file.name.startswith("documents/")
    response = Client().get(path)
    assert response.status_code == 404


@pytest.mark.parametrize("folder", ["images", "original_images"])
def test_a_private_document_cannot_be_reached_by_climbing_out_of_the_image_folders(private_document, folder):
    """`..` is not normalised before URL matching: /media/images/../documents/x must not serve documents/x."""
    name = private_document.file.name
    for path in (f"/media/{folder}/../{name}", f"/media/{folder}/%2e%2e/{name}"):
        response = Client().get(path)
        assert response.status_code in (400, 404), (path, response.status_code)
        assert b"luottamuksellinen" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_a_private_document_needs_signing_in_at_its_document_address(private_document, make_user):
    guest = Client().get(private_document.url)
    assert guest.status_code == 302
    assert "/login/" in guest["Location"]

    member = Client()
    member.force_login(make_user("amina"), backend="django.contrib.auth.backends.ModelBackend")
    response = member.get(private_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"luottamuksellinen\n"


def test_images_stay_public_under_media(db, home_page):
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 6), (11, 93, 75)).save(buffer, format="PNG")
    image = get_image_model().objects.create(title="Kuva", file=ContentFile(buffer.getvalue(), name="kuva.png"))
    try:
        response = Client().get(f"/media/{image.file.name}")
        assert response.status_code == 200
    finally:
        image.file.delete(save=False)


def test_documents_in_object_storage_are_streamed_through_the_document_view(settings, db, home_page, make_user):
    """With a bucket, the document view must not redirect to the bucket: its address has no privacy check.

    moto and the bucket settings come from test_media_storage, which sets moto's endpoint before moto starts.
    """
    import boto3
    from botocore.config import Config

    from config.storage import media_storage
    from tests.test_media_storage import BUCKET, ON_S3_COMPATIBLE, mock_aws

    with mock_aws():
        s3 = boto3.client(
            "s3",
            endpoint_url=ON_S3_COMPATIBLE["MEDIA_S3_ENDPOINT_URL"],
            region_name=ON_S3_COMPATIBLE["MEDIA_S3_REGION"],
            aws_access_key_id="test-key", aws_secret_access_key="test-secret",
            config=Config(s3={"addressing_style": "path"}),
        )
        s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "fi-hel2"})
        settings.STORAGES = {**settings.STORAGES, "default": media_storage(ON_S3_COMPATIBLE)}
        collection = Collection.get_first_root_node().add_child(name="Yksityinen")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN,
        )
        document = Document.objects.create(
            title="Ohje", collection=collection, file=ContentFile(b"salainen\n", name="ohje.txt"),
        )
        assert Client().get(document.url).status_code == 302  # to sign-in
        member = Client()
        member.force_login(make_user("amina"), backend="django.contrib.auth.backends.ModelBackend")
        response = member.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"salainen\n"


# /healthz answers a plain-HTTP load balancer under the production settings

PRINT_SECURITY_SETTINGS = """
import json
import django
django.setup()
from django.conf import settings
print(json.dumps({name: getattr(settings, name) for name in
      ("SECURE_SSL_REDIRECT", "SECURE_REDIRECT_EXEMPT", "SECURE_PROXY_SSL_HEADER")}))
"""


def production_values():
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "MEDIA_S3_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="production-test-" + "x" * 50,
        ALLOWED_HOSTS="oppiminen.example.fi",
    )
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SECURITY_SETTINGS], cwd=django_settings.BASE_DIR, env=environment,
        capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(result.stdout)


def test_the_health_check_answers_plain_http_under_production_settings(settings, db):
    values = production_values()
    assert values["SECURE_SSL_REDIRECT"] is True
    settings.SECURE_SSL_REDIRECT = values["SECURE_SSL_REDIRECT"]
    settings.SECURE_REDIRECT_EXEMPT = values["SECURE_REDIRECT_EXEMPT"]
    settings.SECURE_PROXY_SSL_HEADER = tuple(values["SECURE_PROXY_SSL_HEADER"])

    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    # Everything else still goes to https.
    assert Client().get("/fi/").status_code == 301
    assert Client().get("/healthz-not").status_code == 301


# A POST body that is not UTF-8 gets the site's own 400 page


def test_a_post_that_is_not_utf8_gets_a_translated_400_page(db, home_page):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get("/fi/accounts/login/")
    token = client.cookies["csrftoken"].value
    response = client.generic(
        "POST", "/fi/accounts/login/", data="username=Åsa".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
        headers={"X-CSRFToken": token, "Referer": "http://testserver/fi/"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="fi"' in html
    with translation.override("fi"):
        title = translation.gettext("The request could not be read")
    assert title in html


# Search input that SQLite's full-text syntax chokes on


@pytest.mark.parametrize("query", ['"', '"kela', "kela OR", "AND", "(", "*", "-", "NEAR(", "^"])
def test_search_with_query_syntax_characters_answers_cleanly(db, home_page, query):
    response = Client(raise_request_exception=False).get("/fi/search/", {"q": query})
    assert response.status_code == 200


# A database error caused by input is a client error, not an outage


@pytest.mark.parametrize("error", [DataError("value too long for type character varying(254)"), IntegrityError("dup")])
def test_a_data_error_is_not_reported_as_an_outage(db, home_page, monkeypatch, error):
    from home.models import HomePage

    def refused(*args, **kwargs):
        raise error

    monkeypatch.setattr(HomePage, "serve", refused)
    response = Client(raise_request_exception=False).get("/fi/")
    assert response.status_code == 400
    assert "Retry-After" not in response
    with translation.override("fi"):
        assert translation.gettext("Service temporarily unavailable") not in response.content.decode()


# SQLite: two writes at once wait for each other instead of "database is locked"


@pytest.fixture
def sqlite_file_database(django_db_blocker, tmp_path):
    """A second database alias on a SQLite file with the settings' OPTIONS; each thread gets its own connection.

    Outside the test database (no `db` fixture), so Django's test isolation does not forbid the threads.
    """
    alias = "race"
    connections.settings[alias] = {**django_settings.DATABASES["default"], "NAME": str(tmp_path / "race.sqlite3")}
    with django_db_blocker.unblock():
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, learner TEXT)")
        connections[alias].close()
        yield alias
    del connections.settings[alias]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking only")
def test_two_sqlite_writers_at_once_wait_for_each_other(sqlite_file_database):
    """Both read, then both write, in one transaction each (an answer: read the attempt, insert the answer).

    In SQLite's default deferred mode the second writer cannot upgrade its read lock while the first
    holds the write lock, and fails at once with "database is locked". With the settings' immediate
    transactions the second waits at BEGIN for the first to commit.
    """
    alias = sqlite_file_database
    started = threading.Barrier(2)
    errors = []

    def answer(name):
        try:
            started.wait(timeout=10)
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM answer")
                time.sleep(0.3)  # the other learner reads meanwhile
                cursor.execute("INSERT INTO answer (learner) VALUES (%s)", [name])
        except Exception as error:  # reported below: a thread's exception would otherwise vanish
            errors.append(repr(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=answer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM answer")
        assert cursor.fetchone()[0] == 2
    connections[alias].close()


# Where to report a vulnerability


def test_security_txt_names_the_deployments_contact(settings, db):
    settings.SECURITY_CONTACT = "mailto:tietoturva@kunta.example.fi"
    response = Client().get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Contact: mailto:tietoturva@kunta.example.fi" in body
    assert "Expires: " in body


def test_without_a_contact_there_is_no_security_txt(settings, db):
    settings.SECURITY_CONTACT = ""
    assert Client().get("/.well-known/security.txt").status_code == 404


def test_the_security_guide_describes_reporting_and_roles():
    text = (django_settings.BASE_DIR / "docs" / "security.md").read_text()
    for needle in ("SECURITY_CONTACT", "Reporting staff", "Trainer", "superuser", "documents/", "TRUSTED_PROXY_COUNT"):
        assert needle in text


# Previewing a new "page" of a type that is not a page (found by the role sweep)


def _follow_locale_redirect(client, method, url, data=None):
    """The answer to `url`, after LocaleMiddleware's retry of a 404 under the default language's prefix."""
    response = getattr(client, method)(url, data or {})
    if response.status_code == 302 and response["Location"].endswith(url) and response["Location"] != url:
        response = client.get(response["Location"])
    return response


@pytest.mark.parametrize("content_type", ["learners/cohort", "wagtailcore/site", "auth/user", "nosuchapp/nosuchmodel"])
def test_previewing_a_new_page_of_a_type_that_is_not_a_page_is_a_404(home_page, make_user, content_type):
    """Wagtail's preview built an object of any model and failed on its missing tree methods (500)."""
    client = Client(raise_request_exception=False)
    client.force_login(make_user("root", is_staff=True, is_superuser=True))
    url = f"/admin/pages/add/{content_type}/{home_page.pk}/preview/"
    assert _follow_locale_redirect(client, "get", url).status_code == 404
    assert _follow_locale_redirect(client, "post", url, {"title": "Uusi"}).status_code == 404


def test_previewing_a_new_page_still_shows_the_page(home_page, make_user):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    client = Client()
    client.force_login(make_user("root", is_staff=True, is_superuser=True))
    url = reverse("wagtailadmin_pages:preview_on_add", args=("home", "standardpage", home_page.pk))
    checked = client.post(url, nested_form_data({"title": "Esikatselu", "slug": "esikatselu", "body": streamfield([])}))
    assert checked.status_code == 200
    assert json.loads(checked.content)["is_valid"], checked.content
    shown = client.get(url)
    assert shown.status_code == 200
    assert "Esikatselu" in shown.content.decode()


def test_previewing_needs_admin_access(home_page, make_user):
    client = Client()
    client.force_login(make_user("learner"))
    response = client.get(f"/admin/pages/add/home/standardpage/{home_page.pk}/preview/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

