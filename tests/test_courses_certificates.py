"""Certificates: issued once on completion, as a page and a PDF, checkable by code."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from courses import progress as progress_api
from courses.models import Certificate
from home.translation import translate
from tests.fixtures_courses import lessons_of

pytestmark = pytest.mark.django_db


def complete(learner, course):
    for lesson in lessons_of(course):
        progress_api.complete_step(learner, lesson, course)


def pdf_text(content):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_completing_a_course_that_grants_one_issues_one_certificate(learner, course):
    complete(learner, course)
    complete(learner, course)
    assert Certificate.objects.filter(learner=learner, course_key=course.translation_key).count() == 1


def test_a_course_without_certificate_issues_none(learner, make_course):
    course = make_course(lessons=2, slug="ilman", certificate=False)
    complete(learner, course)
    assert not Certificate.objects.exists()


def test_certificate_of_an_incomplete_course_is_refused_and_nothing_stored(learner_client, learner, course):
    progress_api.complete_step(learner, lessons_of(course)[0], course)
    url = reverse("certificate", kwargs={"course_key": course.translation_key})
    assert learner_client.get(url).status_code == 404
    pdf_url = reverse("certificate-pdf", kwargs={"course_key": course.translation_key})
    assert learner_client.get(pdf_url).status_code == 404
    assert not Certificate.objects.exists()


def test_another_learner_cannot_open_my_certificate(client, learner, other_learner, course):
    complete(learner, course)
    client.force_login(other_learner)
    response = client.get(reverse("certificate", kwargs={"course_key": course.translation_key}))
    assert response.status_code == 404
    assert Certificate.objects.count() == 1


def test_learner_sees_certificate_page_with_name_course_and_code(learner_client, learner, course):
    complete(learner, course)
    cert = Certificate.objects.get()
    with translation.override("fi"):  # the Finnish page, whatever language an earlier request left active
        url = reverse("certificate", kwargs={"course_key": course.translation_key})
    html = learner_client.get(url).content.decode()
    assert "Aino Virtanen" in html and "Työelämän perusteet" in html and cert.code in html
    assert f"/fi/certificates/{cert.code}/" in html


def test_certificate_pdf_holds_name_course_and_code_in_finnish_and_arabic(learner_client, learner, course):
    complete(learner, course)
    translate(course, "ar", {"Työelämän perusteet": "أساسيات الحياة العملية"})
    cert = Certificate.objects.get()
    response = learner_client.get(f"/ar/my-courses/{course.translation_key}/certificate.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Aino Virtanen" in text
    assert "Työelämän perusteet" in text
    assert cert.code in text
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 2  # Finnish, then Arabic


def test_public_page_shows_only_name_course_and_date(client, learner, course):
    complete(learner, course)
    cert = Certificate.objects.get()
    response = client.get(f"/en/certificates/{cert.code.lower()}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aino Virtanen" in html and "Työelämän perusteet" in html
    assert "aino" not in html.replace("Aino", "")  # no user name, no e-mail
    assert str(course.translation_key) not in html


def test_wrong_code_gets_a_clear_404_page(client):
    response = client.get("/en/certificates/NOPE-NOPE-NOPE/")
    assert response.status_code == 404
    assert "NOPE-NOPE-NOPE" in response.content.decode()
    assert "Certificate not found" in response.content.decode()
