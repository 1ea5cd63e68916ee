"""A learner never drops into Finnish by following a link (issue #17, the fallback).

A small site: the home page and the catalogue exist in Finnish, Somali and English; the working-life
course exists in Finnish and English, the staff course in Finnish only. A Somali learner reads every
page under /so/, in a Somali interface; only the content shown in another language says so (lang, dir).
"""

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from courses.models import CourseIndexPage, CoursePage
from home.translation import translate
from learners.forms import ProfileForm
from learners.models import LearnerProfile
from tests.fixtures_courses import build_course, get_catalogue, lessons_of

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]
PREFIXED = re.compile(rf"^/({'|'.join(CODES)})/")


class Page(HTMLParser):
    """Each text's nearest lang, each page link (href with a language prefix) and its language menu."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html):
        super().__init__()
        self.stack, self.texts, self.links, self.menu = [], [], [], []
        self.lang_elements = []
        self.feed(html)

    def lang(self):
        return next((lang for _tag, lang, _attrs in reversed(self.stack) if lang), None)

    def in_class(self, name):
        return any(name in (attrs.get("class") or "").split() for _tag, _lang, attrs in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in self.VOID:
            self.stack.append((tag, attrs.get("lang"), attrs))
        if "lang" in attrs:
            self.lang_elements.append((tag, attrs))
        href = attrs.get("href") or ""
        if tag == "a" and PREFIXED.match(href):
            if self.in_class("lang-switcher"):
                self.menu.append(attrs)
            elif "hreflang" not in attrs:
                self.links.append(href)
        # Forms and htmx requests lead to pages too, and so does the page a sign-in link returns to.
        for name in ("action", "hx-get", "hx-post"):
            if PREFIXED.match(attrs.get(name) or ""):
                self.links.append(attrs[name])
        self.links += [url for url in parse_qs(urlsplit(href).query).get("next", []) if PREFIXED.match(url)]

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip() and not any(tag == "head" for tag, _lang, _attrs in self.stack):
            self.texts.append((" ".join(data.split()), self.lang()))

    def lang_of(self, text):
        langs = {lang for data, lang in self.texts if text in data}
        assert langs, f"{text!r} is not on the page"
        return langs


def so(msgid, **values):
    """An interface string as the Somali catalogue gives it (the English source until it is translated)."""
    with translation.override("so"):
        text = gettext(msgid)
        return text % {name: gettext(value) for name, value in values.items()} if values else text


def card_body(page, text):
    return [
        {
            "type": "audience_cards",
            "value": {
                "heading": "Kenelle?",
                "cards": [{"title": "Uusi", "text": "Aloita", "page": page.pk, "link_text": text}],
            },
        }
    ]


@pytest.fixture
def site(home_page):
    catalogue = get_catalogue(home_page)
    work = build_course(catalogue, lessons=2, modules=1, slug="tyoelama")
    staff = build_course(catalogue, lessons=2, slug="henkilosto", audience="staff")
    staff.title = "Henkilöstön kurssi"
    staff.save_revision().publish()
    home_page.body = card_body(staff, "Aloita kurssi")
    home_page.save_revision().publish()
    for code in ("so", "en"):
        translate(home_page, code, {})
        translate(catalogue, code, {"Kurssit": "Koorsooyinka" if code == "so" else "Courses"})
    translate(work, "en", {"Työelämän perusteet": "Basics of working life"})
    for lesson in lessons_of(work):
        translate(lesson, "en", {lesson.title: lesson.title.replace("Oppitunti", "Lesson")})
    return {"home": home_page, "catalogue": catalogue, "work": work, "staff": staff}


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return Page(response.content.decode())


def staff_paths(site):
    lesson = lessons_of(site["staff"])[0]
    return ["/so/", "/so/kurssit/", "/so/kurssit/henkilosto/", f"/so/kurssit/henkilosto/{lesson.slug}/"]


def test_every_page_link_on_somali_pages_stays_under_so(client, site):
    for path in staff_paths(site):
        page = get(client, path)
        assert page.links, path
        outside = [href for href in page.links if not href.startswith("/so/")]
        assert not outside, (path, outside)


def test_home_page_button_leads_to_the_course_under_so(client, site):
    html = client.get("/so/").content.decode()
    assert 'href="/so/kurssit/henkilosto/"' in html


def test_the_language_menu_lists_ten_languages_on_every_page_each_leading_to_it(client, site):
    for path in staff_paths(site):
        menu = get(client, path).menu
        rest = path.removeprefix("/so")
        assert [a["href"] for a in menu] == [f"/{code}{rest}" for code in CODES], path
        assert [a["lang"] for a in menu if "aria-current" in a] == ["so"]
    for a in menu:  # the staff lesson exists in Finnish only: every entry serves it, none is a 404
        assert client.get(a["href"]).status_code == 200, a["href"]


def test_only_the_fallback_content_carries_its_language(client, site):
    lesson = lessons_of(site["staff"])[0]
    course = get(client, "/so/kurssit/henkilosto/")
    assert course.lang_of("Henkilöstön kurssi") == {"fi"}
    assert course.lang_of(so("Start reading")) == {"so"}
    assert course.lang_of(so("Not started")) == {"so"}
    assert course.lang_of("Oppitunti 1") == {"fi"}
    step = get(client, f"/so/kurssit/henkilosto/{lesson.slug}/")
    assert step.lang_of("Oppitunti 1") == {"fi"}
    assert step.lang_of("Lyhyt johdanto.") == {"fi"}
    assert step.lang_of(so("Next")) == {"so"}
    notice_text = so("This page is not yet in %(wanted)s. It is shown in %(shown)s.", wanted="Somali", shown="Finnish")
    for page in (course, step):
        notice = [lang for text, lang in page.texts if notice_text in text]
        assert notice == ["so"]
        # Content says it is in Finnish, and only content (the language menu names each language in itself).
        marked = [a for _tag, a in page.lang_elements if a["lang"] in ("fi", "en") and "hreflang" not in a]
        assert marked and all(a.get("dir") == "ltr" for a in marked)


def test_the_notice_names_both_languages_in_the_learners_interface_and_links_the_others(client, site):
    notice = "This page is not yet in %(wanted)s. It is shown in %(shown)s."
    html = client.get("/so/kurssit/henkilosto/").content.decode()
    assert so(notice, wanted="Somali", shown="Finnish") in html
    html = client.get("/so/kurssit/tyoelama/").content.decode()
    assert so(notice, wanted="Somali", shown="English") in html
    notice = html.split(so(notice, wanted="Somali", shown="English"))[1].split("</div>")[0]
    assert 'href="/fi/kurssit/tyoelama/"' in notice
    assert 'href="/en/kurssit/tyoelama/"' in notice


def test_a_guest_gets_english_before_finnish(client, site):
    html = client.get("/so/kurssit/tyoelama/").content.decode()
    assert "Basics of working life" in html
    assert 'lang="en"' in html


def test_a_learner_who_prefers_finnish_gets_finnish_even_after_a_guest_filled_the_cache(client, site, make_user):
    client.get("/so/kurssit/tyoelama/")
    user = make_user("hodan")
    LearnerProfile.objects.create(user=user, preferred_language="so", fallback_languages="fi,en")
    client.force_login(user)
    html = client.get("/so/kurssit/tyoelama/").content.decode()
    assert "Työelämän perusteet" in html
    assert "Basics of working life" not in html
    lesson = lessons_of(site["work"])[0]
    html = client.get(lesson.url.replace("/fi/", "/so/", 1)).content.decode()
    assert "Oppitunti 1" in html
    # On a warm cache the fallback costs the learner's order (their profile) and nothing per step.
    counts = {}
    for prefix in ("/fi/", "/so/"):
        client.get(lesson.url.replace("/fi/", prefix, 1))
        with CaptureQueriesContext(connection) as queries:
            client.get(lesson.url.replace("/fi/", prefix, 1))
        counts[prefix] = len(queries.captured_queries)
    assert counts["/so/"] <= counts["/fi/"] + 1, counts


def test_the_profile_form_stores_the_fallback_order_and_refuses_unknown_languages(make_user):
    profile = LearnerProfile.objects.create(user=make_user("hodan"), preferred_language="so")
    data = {"preferred_language": "so", "audience": "immigrant", "email": ""}
    form = ProfileForm({**data, "fallback_1": "en", "fallback_2": "fi", "fallback_3": ""}, instance=profile)
    assert form.is_valid(), form.errors
    form.save()
    profile.refresh_from_db()
    assert profile.fallback_languages == "en,fi"
    form = ProfileForm({**data, "fallback_1": "xx"}, instance=profile)
    assert not form.is_valid()
    profile.refresh_from_db()
    assert profile.fallback_languages == "en,fi"


def test_the_somali_catalogue_lists_every_course_with_its_languages(client, site):
    html = client.get("/so/kurssit/").content.decode()
    assert "Henkilöstön kurssi" in html
    assert "Basics of working life" in html
    assert 'href="/so/kurssit/henkilosto/"' in html
    card = html.split("Henkilöstön kurssi")[1].split("</li>")[0]
    assert so("Not yet in %(wanted)s. Shown in %(shown)s.", wanted="Somali", shown="Finnish") in card


def test_the_catalogue_lists_each_course_once_without_a_query_per_course(client, site, home_page):
    client.get("/so/kurssit/")
    with CaptureQueriesContext(connection) as few:
        client.get("/so/kurssit/")
    build_course(CourseIndexPage.objects.get(pk=site["catalogue"].pk), lessons=1, slug="kolmas")
    client.get("/so/kurssit/")
    with CaptureQueriesContext(connection) as more:
        html = client.get("/so/kurssit/").content.decode()
    assert html.count('href="/so/kurssit/henkilosto/"') == 2  # title and button, once
    assert len(more.captured_queries) == len(few.captured_queries)
    assert CoursePage.objects.count() == 4


def test_search_in_somali_finds_a_finnish_only_page_and_links_it_under_so(search_index, client, site):
    page = get(client, "/so/search/?q=Henkilöstön")
    assert "/so/kurssit/henkilosto/" in page.links
    assert page.lang_of("Henkilöstön kurssi") == {"fi"}


def test_a_language_without_its_own_home_page_still_gets_the_fallback_and_the_notice(client, site):
    """Without an Arabic home page Wagtail routes /ar/... from the Finnish one and finds the Finnish page."""
    lesson = lessons_of(site["work"])[1]
    html = client.get(lesson.url.replace("/fi/", "/ar/", 1)).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">Lesson 2</h1>' in html
    assert "notice--warning" in html


# --- quizzes, sources and My courses ----------------------------------------------------------------


def exact_lang(page, text):
    """The nearest lang of each text on `page` that is exactly `text` (buttons, counters, verdicts)."""
    langs = {lang for data, lang in page.texts if data == text}
    assert langs, f"{text!r} is not on the page"
    return langs


@pytest.fixture
def fallback_quiz(site):
    """A quiz in the Finnish-only staff course: a Somali learner reads it through the fallback."""
    from tests.fixtures_quizzes import build_quiz

    return build_quiz(course=site["staff"])


@pytest.fixture
def somali_learner(client, make_user):
    user = make_user("hodan")
    LearnerProfile.objects.create(user=user, preferred_language="so")
    client.force_login(user)
    return user


def somali_answer_url(quiz):
    from django.urls import reverse

    with translation.override("so"):
        return reverse("quiz_answer", args=[quiz.pk])


def test_a_fallback_quiz_marks_only_its_own_content_and_links_under_so(client, somali_learner, fallback_quiz):
    from quizzes.views import quiz_specs
    from tests.test_quizzes import HTMX, payload

    path = "/so/kurssit/henkilosto/tietovisa/"
    page = get(client, path)
    assert page.links and not [href for href in page.links if not href.startswith("/so/")], page.links
    assert exact_lang(page, "Tietovisa") == {"fi"}
    assert page.lang_of("Testaa tietosi.") == {"fi"}
    assert page.lang_of("Kuka maksaa palkan?") == {"fi"}
    assert page.lang_of("Työnantaja") == {"fi"}
    assert exact_lang(page, "Hakemus") == {"fi"}
    assert exact_lang(page, so("Answer")) == {"so"}
    assert exact_lang(page, so("%(answered)s / %(total)s answered") % {"answered": 0, "total": 4}) == {"so"}
    assert page.lang_of(so("Choose every correct answer.")) == {"so"}

    # The htmx answers: the interface carries no lang at all (the page's <html lang="so"> applies), the
    # quiz's own texts say they are Finnish, and the last answer's result links back under /so/.
    specs = list(quiz_specs(fallback_quiz).values())
    fragments = []
    for number, spec in enumerate(specs):
        response = client.post(somali_answer_url(fallback_quiz), payload(spec, right=number != 0), **HTMX)
        assert response.status_code == 200
        fragments.append(Page(response.content.decode()))
    first, last = fragments[0], fragments[-1]
    assert first.lang_of(so("Not quite.")) == {None}
    assert exact_lang(first, so("%(answered)s / %(total)s answered") % {"answered": 1, "total": 4}) == {None}
    assert first.lang_of("Kuka maksaa palkan?") == {"fi"}
    assert first.lang_of("Palkan maksaa aina työnantaja.") == {"fi"}  # the explanation
    assert first.lang_of("Ei, kunta ei maksa palkkaa.") | first.lang_of("Kunta") == {"fi"}
    assert last.links and not [href for href in last.links if not href.startswith("/so/")], last.links
    assert exact_lang(last, so("Right")) == {None}
    assert exact_lang(last, so("Wrong")) == {None}
    assert last.lang_of("Mitä työsopimuksessa sovitaan?") == {"fi"}

    # The whole page after the last answer: the same.
    page = get(client, path)
    assert page.links and not [href for href in page.links if not href.startswith("/so/")], page.links
    assert "/so/kurssit/henkilosto/" in page.links  # "Back to the course"
    assert exact_lang(page, so("Try again")) == {"so"}
    assert exact_lang(page, so("Back to the course")) == {"so"}
    assert exact_lang(page, so("Wrong")) == {"so"}
    assert page.lang_of("Vuosiloma on palkallista.") == {"fi"}
    assert page.lang_of("Palkan maksaa aina työnantaja.") == {"fi"}


def test_a_guest_on_a_fallback_quiz_signs_in_and_comes_back_under_so(client, site, fallback_quiz):
    page = get(client, "/so/kurssit/henkilosto/tietovisa/")
    assert "/so/kurssit/henkilosto/tietovisa/" in page.links  # the sign-in link's next
    assert not [href for href in page.links if not href.startswith("/so/")], page.links


def test_source_titles_of_a_fallback_lesson_carry_their_language(client, site):
    lesson = lessons_of(site["staff"])[0]
    page = get(client, f"/so/kurssit/henkilosto/{lesson.slug}/")
    assert page.lang_of("Työsuojelu.fi") == {"fi"}
    assert page.lang_of(so("Sources")) == {"so"}


def test_my_courses_marks_a_course_title_shown_in_another_language(client, site, somali_learner):
    from courses.progress import enrol

    enrol(somali_learner, site["staff"])
    page = get(client, "/so/my-courses/")
    assert exact_lang(page, "Henkilöstön kurssi") == {"fi"}
    assert exact_lang(page, so("My courses")) == {"so"}
    assert not [href for href in page.links if not href.startswith("/so/")], page.links


# --- the guide -------------------------------------------------------------------------------------


@pytest.fixture
def finnish_guide(home_page, guide_index, practice_index, link_tips, make_event, peer_group, service_map):
    """The guide in Finnish only, under a home page that has a Somali translation."""
    import datetime

    from guide.models import EmploymentPathPage
    from tests.fixtures_guide import publish_child

    translate(home_page, "so", {})
    make_event("Aamubrunssi", datetime.date(2019, 5, 21))
    step = {"stage": "integration_plan", "title": "Kielikoulutus", "text": "<p>Ensin.</p>", "services": []}
    publish_child(
        guide_index,
        EmploymentPathPage(
            title="Polku töihin", slug="polku", steps=[("step", {**step, "pages": [link_tips, practice_index]})]
        ),
    )
    return guide_index


GUIDE_PATHS = [
    "/so/opas/",
    "/so/opas/polku/",
    "/so/opas/linkit/",
    "/so/opas/kaytanteet/",
    "/so/opas/kaytanteet/kotoutumistiimi/",
    "/so/opas/tapahtumat/",
    "/so/opas/tapahtumat/aamubrunssi/",
    "/so/opas/palvelukartta/",
    "/so/opas/vertaisryhmat/",
]


def test_every_page_link_in_a_guide_missing_in_somali_stays_under_so(client, finnish_guide):
    for path in GUIDE_PATHS:
        page = get(client, path)
        assert page.links, path
        outside = [href for href in page.links if not href.startswith("/so/")]
        assert not outside, (path, outside)
    response = client.post("/so/opas/vertaisryhmat/", {"nimi": "Hodan", "sahkoposti": "hodan@example.so"})
    assert response.status_code == 200
    page = Page(response.content.decode())
    assert "/so/opas/" in page.links  # "Back to the guide"
    assert not [href for href in page.links if not href.startswith("/so/")], page.links


def test_a_somali_employment_path_marks_the_finnish_pages_it_links(client, finnish_guide):
    from guide.models import EmploymentPathPage

    translate(EmploymentPathPage.objects.get(slug="polku"), "so", {"Polku töihin": "Jidka shaqada"})
    page = get(client, "/so/opas/polku/")
    assert exact_lang(page, "Jidka shaqada") == {"so"}  # the page itself is Somali: no notice, no wrapper
    assert exact_lang(page, "Linkkivinkit") == {"fi"}
    assert "/so/opas/linkit/" in page.links


def test_a_fallback_quiz_without_javascript_returns_the_learner_under_so(client, somali_learner, fallback_quiz):
    """The plain form posts (no htmx) redirect back to the quiz: under the learner's prefix, not the page's."""
    from django.urls import reverse

    from quizzes.views import quiz_specs
    from tests.test_quizzes import payload

    spec = next(iter(quiz_specs(fallback_quiz).values()))
    answered = client.post(somali_answer_url(fallback_quiz), payload(spec))
    assert answered.status_code == 302 and answered["Location"].startswith("/so/"), answered["Location"]
    with translation.override("so"):
        read = client.get(somali_answer_url(fallback_quiz))
        restart = client.post(reverse("quiz_restart", args=[fallback_quiz.pk]))
    assert read["Location"].startswith("/so/"), read["Location"]
    assert restart["Location"].startswith("/so/"), restart["Location"]
