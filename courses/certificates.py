"""Certificates: issued once when a learner completes a course that grants one.

A certificate belongs to the course's translation_key, like all progress, so it is the same
certificate in every language; only its wording and the course title follow the language it
is shown in. The PDF is made by WeasyPrint, whose text layout (HarfBuzz) shapes Arabic.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import Certificate, CoursePage, Enrollment


def learner_name(user):
    """The name printed on a certificate: the full name when the learner gave one."""
    return user.get_full_name() or user.get_username()


def course_grants_certificate(course_key):
    """Whether the course grants a certificate, as its default-language page says."""
    pages = CoursePage.objects.live().filter(translation_key=course_key)
    canonical = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
    return bool(canonical and canonical.grants_certificate)


def certificate_for(learner, course_key):
    """The learner's certificate for a course, issuing it now if the course was completed
    before it began to grant certificates; None when the course is not complete or grants none.
    """
    certificate = Certificate.objects.filter(learner=learner, course_key=course_key).first()
    if certificate:
        return certificate
    completed = Enrollment.objects.filter(
        learner=learner, course_key=course_key, completed_at__isnull=False
    ).exists()
    if completed and course_grants_certificate(course_key):
        return _get_or_create(learner, course_key)
    return None


def _get_or_create(learner, course_key):
    try:
        with transaction.atomic():
            certificate, _created = Certificate.objects.get_or_create(learner=learner, course_key=course_key)
    except IntegrityError:  # a concurrent request issued it first
        certificate = Certificate.objects.get(learner=learner, course_key=course_key)
    return certificate


def course_titles(course_key, language_codes):
    """The course's title in each language, falling back to the default language (one query)."""
    pages = CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    by_code = {p.locale.language_code: p.title for p in pages}
    fallback = by_code.get(settings.LANGUAGE_CODE) or next(iter(by_code.values()), "")
    return {code: by_code.get(code) or fallback for code in language_codes}


@dataclass
class CertificateText:
    """One language's version of a certificate, for the page and the PDF."""

    language_code: str
    bidi: bool
    course_title: str


def certificate_versions(certificate, language_code):
    """Finnish first, then the learner's language when it is another one."""
    codes = [settings.LANGUAGE_CODE]
    if language_code != settings.LANGUAGE_CODE:
        codes.append(language_code)
    titles = course_titles(certificate.course_key, codes)
    return [
        CertificateText(language_code=code, bidi=translation.get_language_info(code)["bidi"], course_title=titles[code])
        for code in codes
    ]


def render_certificate_pdf(certificate, language_code, base_url):
    """The certificate as PDF bytes: one page in Finnish and one in `language_code`."""
    from django.urls import reverse
    from weasyprint import HTML  # imported here: loading Pango costs time on every start-up otherwise

    public_url = base_url.rstrip("/") + reverse("certificate-public", kwargs={"code": certificate.code})
    html = render_to_string(
        "courses/certificate_pdf.html",
        {
            "certificate": certificate,
            "name": learner_name(certificate.learner),
            "versions": certificate_versions(certificate, language_code),
            "public_url": public_url,
        },
    )
    return HTML(string=html, base_url=base_url).write_pdf()
