"""Media on local disk or in S3-compatible object storage, chosen by the environment.

Object storage is what lets several app servers share one set of images, so these tests upload a
real Wagtail image into a bucket that moto keeps in memory (no network), make a rendition from it
and check where both landed and which URL the page would show.
"""

import io
import os
import subprocess
import sys
from urllib.parse import urlsplit

import boto3
import pytest
from botocore.config import Config
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from config.storage import media_origins, media_storage

# An S3-compatible service (UpCloud, Hetzner, MinIO...) at its own address. moto answers for it only
# when told so before it first starts, hence before any test in this module runs.
ENDPOINT = "https://objects.example.test"
os.environ.setdefault("MOTO_S3_CUSTOM_ENDPOINTS", ENDPOINT)

from moto import mock_aws  # noqa: E402  (reads MOTO_S3_CUSTOM_ENDPOINTS, set just above)

BUCKET = "kotopaikka-media"
KEYS = {"MEDIA_S3_ACCESS_KEY_ID": "test-key", "MEDIA_S3_SECRET_ACCESS_KEY": "test-secret"}
ON_AWS_WITH_CDN = {
    "MEDIA_S3_BUCKET": BUCKET,
    "MEDIA_S3_REGION": "eu-north-1",
    "MEDIA_S3_CUSTOM_DOMAIN": "media.kotopaikka.example",
    **KEYS,
}
ON_AWS = {"MEDIA_S3_BUCKET": BUCKET, "MEDIA_S3_REGION": "eu-north-1", **KEYS}
ON_S3_COMPATIBLE = {
    "MEDIA_S3_BUCKET": BUCKET,
    "MEDIA_S3_ENDPOINT_URL": ENDPOINT,
    "MEDIA_S3_REGION": "fi-hel2",
    "MEDIA_S3_ADDRESSING_STYLE": "path",
    **KEYS,
}


def png(width=40, height=30):
    """A small real PNG, so Wagtail reads its size and Pillow can resize it."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (11, 93, 75)).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def upload_image(name="kuva.png"):
    image = get_image_model()(title="Kuva", file=ImageFile(png(), name=name))
    image.save()
    return image


# Each configuration with the address its media URLs start with.
CONFIGURATIONS = {
    "aws-with-custom-domain": (ON_AWS_WITH_CDN, "https://media.kotopaikka.example"),
    "aws-bucket-address": (ON_AWS, f"https://{BUCKET}.s3.amazonaws.com"),
    "s3-compatible-endpoint": (ON_S3_COMPATIBLE, f"{ENDPOINT}/{BUCKET}"),
}


@pytest.fixture(params=list(CONFIGURATIONS))
def s3_media(request, settings, db):
    """Media settings as MEDIA_S3_* would make them, over an empty bucket in moto's memory.

    Returns (env, client, url_base); pytest-django's `settings` puts STORAGES back afterwards, and Django's
    setting_changed handler makes default_storage pick up each change.
    """
    env, url_base = CONFIGURATIONS[request.param]
    # Wagtail caches renditions by image id, and ids come round again after a rolled-back test.
    cache.clear()
    with mock_aws():
        client = boto3.client(
            "s3",
            endpoint_url=env.get("MEDIA_S3_ENDPOINT_URL"),
            region_name=env["MEDIA_S3_REGION"],
            aws_access_key_id=KEYS["MEDIA_S3_ACCESS_KEY_ID"],
            aws_secret_access_key=KEYS["MEDIA_S3_SECRET_ACCESS_KEY"],
            config=Config(s3={"addressing_style": env.get("MEDIA_S3_ADDRESSING_STYLE", "auto")}),
        )
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": env["MEDIA_S3_REGION"]})
        settings.STORAGES = {**settings.STORAGES, "default": media_storage(env)}
        yield env, client, url_base


def bucket_keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_an_uploaded_image_and_its_rendition_live_in_the_bucket(s3_media):
    _env, client, _url_base = s3_media
    uploaded = upload_image()
    # A fresh instance, as on another app server: its file is closed and has no local path.
    image = get_image_model().objects.get(pk=uploaded.pk)
    assert not image.is_stored_locally()

    rendition = image.get_rendition("fill-20x10")

    assert (rendition.width, rendition.height) == (20, 10)
    assert {image.file.name, rendition.file.name} <= bucket_keys(client)
    assert not (django_settings.MEDIA_ROOT / rendition.file.name).exists()
    stored = client.get_object(Bucket=BUCKET, Key=rendition.file.name)
    assert PillowImage.open(io.BytesIO(stored["Body"].read())).size == (20, 10)
    assert stored["CacheControl"] == "public, max-age=31536000"


def test_the_rendition_url_points_to_the_bucket_and_the_policy_allows_it(s3_media):
    env, _client, url_base = s3_media
    rendition = upload_image().get_rendition("width-16")

    assert rendition.url == f"{url_base}/{rendition.file.name}"
    # Public teaching content: a plain URL, no expiring signature that would break cached pages.
    assert "?" not in rendition.url
    parts = urlsplit(rendition.url)
    assert f"{parts.scheme}://{parts.netloc}" in media_origins(env)


def test_two_uploads_with_the_same_name_do_not_replace_each_other(s3_media):
    _env, client, _url_base = s3_media
    first, second = upload_image("kuva.png"), upload_image("kuva.png")
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= bucket_keys(client)


def test_without_a_bucket_media_stays_on_local_disk():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_storage({"MEDIA_S3_BUCKET": "  ", **KEYS})["BACKEND"].endswith("FileSystemStorage")
    assert media_origins({}) == []
    assert default_storage.__class__.__name__ == "FileSystemStorage"
    assert "MEDIA_S3_BUCKET" not in os.environ


PRINT_STORAGES = """
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
media = storages["default"]
print(type(media).__module__ + "." + type(media).__qualname__)
print(*(getattr(media, name, "-") for name in ("bucket_name", "querystring_auth", "file_overwrite")))
print(type(storages["staticfiles"]).__qualname__)
print(" ".join(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]))
"""


def production_storages(**env):
    """What config.settings.production makes of the environment, from a process of its own.

    A subprocess keeps this test's environment and imported settings away from every other test.
    """
    clean = {key: value for key, value in os.environ.items() if not key.startswith("MEDIA_S3_")}
    clean.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="production-test-" + "x" * 50,
        ALLOWED_HOSTS="oppiminen.example.fi",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", PRINT_STORAGES],
        cwd=django_settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.splitlines()


def test_production_settings_with_a_bucket_use_s3_and_keep_whitenoise_for_static_files():
    backend, options, static, img_src = production_storages(**ON_S3_COMPATIBLE)
    assert backend == "storages.backends.s3.S3Storage"
    assert options == f"{BUCKET} False False"
    assert static == "CompressedManifestStaticFilesStorage"
    assert ENDPOINT in img_src.split()


def test_production_settings_without_a_bucket_keep_media_on_local_disk():
    backend, options, static, img_src = production_storages()
    assert backend == "django.core.files.storage.filesystem.FileSystemStorage"
    assert static == "CompressedManifestStaticFilesStorage"
    assert img_src == "'self' data:"
