"""Where uploaded media (Wagtail images, renditions and documents) is kept, chosen by the environment.

Without `MEDIA_S3_BUCKET` the files stay on local disk under MEDIA_ROOT, as on a laptop or a single
server. With it they go to an S3-compatible bucket through django-storages, so several app servers
share one set of media and none keeps files of its own (docs/deploy.md, "Media").

Only settings modules import this; it reads a plain mapping (normally os.environ) so tests can pass
their own without touching the process environment.
See https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
"""

from urllib.parse import urlsplit

FILESYSTEM = "django.core.files.storage.FileSystemStorage"
S3 = "storages.backends.s3.S3Storage"


def media_storage(env):
    """The STORAGES["default"] entry for this environment."""
    bucket = env.get("MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return {"BACKEND": FILESYSTEM}
    options = {
        "bucket_name": bucket,
        "endpoint_url": env.get("MEDIA_S3_ENDPOINT_URL") or None,
        "region_name": env.get("MEDIA_S3_REGION") or None,
        "access_key": env.get("MEDIA_S3_ACCESS_KEY_ID") or None,
        "secret_key": env.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
        "custom_domain": env.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
        # "path" for services that serve buckets only as endpoint/bucket (MinIO without a domain).
        "addressing_style": env.get("MEDIA_S3_ADDRESSING_STYLE") or None,
        # Two trainers uploading "kuva.jpg" must not replace each other's image.
        "file_overwrite": False,
        # Media holds lesson images, their renditions and course documents: public teaching content,
        # shown to guests too. Learners' personal data never goes to media (certificates and data
        # exports are generated per request), so plain, cacheable URLs without signatures are right.
        # Public reading is granted by the bucket's policy, not per-object ACLs, which many
        # buckets refuse (AWS's default "bucket owner enforced" ownership).
        "querystring_auth": False,
        "default_acl": None,
        # Renditions and uploads never change under the same name (file_overwrite is off).
        "object_parameters": {"CacheControl": "public, max-age=31536000"},
    }
    return {"BACKEND": S3, "OPTIONS": {key: value for key, value in options.items() if value is not None}}


def media_origins(env):
    """The origins media URLs are served from, for the Content Security Policy ([] for local disk).

    A custom domain (a CDN or the service's public bucket host) is the only origin when it is set.
    Otherwise the bucket answers at the endpoint (path style) or at bucket.endpoint-host (virtual-host
    style; both when boto3 chooses), and on AWS without an endpoint at the global or the regional
    bucket host.
    """
    bucket = env.get("MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return []
    if env.get("MEDIA_S3_CUSTOM_DOMAIN"):
        return [f"https://{env['MEDIA_S3_CUSTOM_DOMAIN']}"]
    endpoint = env.get("MEDIA_S3_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint)
        style = env.get("MEDIA_S3_ADDRESSING_STYLE")
        path_style = [f"{parts.scheme}://{parts.netloc}"] if style != "virtual" else []
        virtual_style = [f"{parts.scheme}://{bucket}.{parts.netloc}"] if style != "path" else []
        return path_style + virtual_style
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if env.get("MEDIA_S3_REGION"):
        origins.append(f"https://{bucket}.s3.{env['MEDIA_S3_REGION']}.amazonaws.com")
    return origins
