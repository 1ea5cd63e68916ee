"""HTTP for learners: mark a lesson done, start a course, plain language, "My courses", certificates.

Every POST here also works without JavaScript (a plain form and a redirect); with htmx the
view answers with a partial of the page's own template (docs/design.md, idea 6). Bad input gets a
4xx with a message in the learner's language and stores nothing (docs/design.md, idea 8).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect
from wagtail.models import Page

from home.access import refusal

from . import progress as progress_api
from .certificates import (
    certificate_for,
    certificate_versions,
    course_titles,
    learner_name,
    render_certificate_pdf,
)
from .models import Certificate, CoursePage, Enrollment
from .outline import build_outline
from .plain_language import PLAIN_COOKIE_AGE, PLAIN_KEY


def refuse(request, status, message):
    """A 4xx answer with a translated message; htmx gets just the message to swap in."""
    context = {"message": message, "status": status}
    if request.htmx:
        return render(request, "courses/refused.html#refusal", context, status=status)
    return render(request, "courses/refused.html", context, status=status)


def _safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@vary_on_headers("HX-Request")
@require_POST
def mark_done(request, page_id):
    """Mark a lesson done. Only live lessons inside a live course qualify; quizzes complete by passing.

    A lesson the request may not view (its or an ancestor's view restrictions) cannot be marked done:
    the visitor is sent to the password form or to sign in, and nothing is stored.
    """
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None or not getattr(page, "is_course_step", False):
        return refuse(request, 404, _("This page is not a lesson of any course, so it cannot be marked as done."))
    if refused := refusal(page, request):
        return refused
    if not getattr(page, "manual_completion", False):
        return refuse(request, 400, _("This step is completed by passing it, not with a button."))
    course = page.get_course()
    if course is None:
        return refuse(request, 404, _("This lesson does not belong to a published course."))
    if not request.user.is_authenticated:
        login = redirect_to_login(page.get_url(request))
        return HttpResponseClientRedirect(login["Location"]) if request.htmx else login
    progress_api.complete_step(request.user, page, course)
    if request.htmx:
        outline = build_outline(course, request, current=page)
        return render(
            request,
            "courses/lesson_page.html#progress_controls",
            {"page": page, "course": course, "outline": outline, "just_done": True},
        )
    messages.success(request, _("Lesson marked as done."))
    return HttpResponseRedirect(page.get_url(request))


@vary_on_headers("HX-Request")
@require_POST
def start_course(request, page_id):
    """"Start course": enrol and go to the first step not yet done, if the request may view the course."""
    course = CoursePage.objects.live().filter(pk=page_id).first()
    if course is None:
        return refuse(request, 404, _("This course does not exist or is not published."))
    if refused := refusal(course, request):
        return refused
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    progress_api.enrol(request.user, course)
    outline = build_outline(course, request)
    target = outline.next_step or outline.first_step
    return HttpResponseRedirect(target.url if target else course.get_url(request))


@require_POST
def plain_language(request):
    """Remember whether the learner wants lessons in plain language."""
    wanted = request.POST.get("plain") == "1"
    response = HttpResponseRedirect(_safe_next(request, f"/{get_language()}/"))
    request.session[PLAIN_KEY] = wanted
    if not request.user.is_authenticated:
        response.set_cookie(
            PLAIN_KEY,
            "1" if wanted else "0",
            max_age=PLAIN_COOKIE_AGE,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )
    return response


def _pages_in_language(keys, model=Page):
    """translation_key -> live page in the active language, else in the default language (one query)."""
    language = get_language()
    pages = model.objects.live().filter(
        translation_key__in=keys, locale__language_code__in={language, settings.LANGUAGE_CODE}
    ).select_related("locale")
    found = {}
    for page in pages:
        if page.translation_key not in found or page.locale.language_code == language:
            found[page.translation_key] = page
    return found


@require_GET
@login_required
def my_courses(request):
    """Every course the learner has started, with progress and a "Continue" link."""
    keys = list(
        Enrollment.objects.filter(learner=request.user)
        .order_by("-last_activity_at")
        .values_list("course_key", flat=True)
    )
    courses = _pages_in_language(keys, CoursePage)
    ordered = [courses[key] for key in keys if key in courses]
    progress = progress_api.progress_for_courses(request.user, ordered)
    next_keys = [p.next_step_key for p in progress.values() if p.next_step_key]
    next_pages = _pages_in_language(next_keys)
    certificates = {
        c.course_key: c for c in Certificate.objects.filter(learner=request.user, course_key__in=keys)
    }
    rows = []
    for course in ordered:
        p = progress[course.translation_key]
        step = next_pages.get(p.next_step_key)
        rows.append(
            {
                "course": course,
                "progress": p,
                "continue_url": step.get_url(request) if step else course.get_url(request),
                "certificate": certificates.get(course.translation_key),
            }
        )
    return render(request, "courses/my_courses.html", {"rows": rows})


@require_GET
@login_required
def certificate(request, course_key):
    """The learner's own certificate page; 404 when the course is not complete or grants none."""
    cert = certificate_for(request.user, course_key)
    if cert is None:
        return refuse(request, 404, _("There is no certificate for this course yet: complete every step first."))
    return render(
        request,
        "courses/certificate.html",
        {
            "certificate": cert,
            "name": learner_name(request.user),
            "versions": certificate_versions(cert, get_language()),
            "public_url": request.build_absolute_uri(cert_public_url(cert)),
        },
    )


@require_GET
@login_required
def certificate_pdf(request, course_key):
    cert = certificate_for(request.user, course_key)
    if cert is None:
        return refuse(request, 404, _("There is no certificate for this course yet: complete every step first."))
    pdf = render_certificate_pdf(cert, get_language(), base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="kotopaikka-{cert.code}.pdf"'
    return response


def cert_public_url(cert):
    return reverse("certificate-public", kwargs={"code": cert.code})


@require_GET
def certificate_public(request, code):
    """What an employer sees: only the name, the course and the date."""
    cert = Certificate.objects.select_related("learner").filter(code=code.strip().upper()).first()
    if cert is None:
        return render(request, "courses/certificate_not_found.html", {"code": code}, status=404)
    title = course_titles(cert.course_key, [get_language()])[get_language()]
    return render(
        request,
        "courses/certificate_public.html",
        {"certificate": cert, "name": learner_name(cert.learner), "course_title": title},
    )
