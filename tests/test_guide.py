"""The Kotopaikka guide: filters, events and their calendar file, peer group sign-up, translation."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from guide.models import GoodPracticePage, PeerGroupFormField, PeerGroupPage, ServiceProvider
from home.translation import translate

# These tests read messages in their English source text (see the fixture).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("source_strings")]


def titles(response, css_class="card__title"):
    html = response.content.decode()
    return re.findall(rf'class="{css_class}"[^>]*>(?:<a [^>]*>)?([^<]+)', html)


# Good practices ------------------------------------------------------------------------------


def test_good_practices_are_filtered_by_municipality(client, practice_index):
    response = client.get(practice_index.url, {"municipality": "saarijarvi"})
    assert titles(response) == ["Kotoutumistiimi"]


def test_good_practices_are_filtered_by_theme(client, practice_index):
    response = client.get(practice_index.url, {"theme": "employment"})
    assert titles(response) == ["Kotoutumistiimi", "Työkokeilu kielituella"]


def test_good_practices_are_filtered_by_municipality_and_theme_together(client, practice_index):
    response = client.get(practice_index.url, {"municipality": "keuruu", "theme": "leisure"})
    assert titles(response) == []
    assert "No good practices match" in response.content.decode()


def test_an_unknown_filter_value_shows_everything(client, practice_index):
    response = client.get(practice_index.url, {"municipality": "<script>", "theme": "nope"})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_a_good_practice_page_shows_it_is_an_example(client, practice_index):
    practice = GoodPracticePage.objects.get(title="Ruokailta")
    html = client.get(practice.url).content.decode()
    assert "Example" in html
    assert "Viitasaari" in html


# Service map ---------------------------------------------------------------------------------


@pytest.fixture
def services(make_service):
    make_service("Saarijärven kansalaisopisto", "saarijarvi", "language_courses", ["fi", "ar"])
    make_service("Saarijärven työllisyyspalvelut", "saarijarvi", "employment_services", ["fi", "en"])
    make_service("Keuruun kansalaisopisto", "keuruu", "language_courses", ["fi", "en"])
    make_service("Viitasaaren seurakunta", "viitasaari", "parishes", ["fi", "fa"])


def test_service_map_filters_by_municipality(client, service_map, services):
    response = client.get(service_map.url, {"municipality": "saarijarvi"})
    assert sorted(titles(response)) == ["Saarijärven kansalaisopisto", "Saarijärven työllisyyspalvelut"]


def test_service_map_filters_by_need(client, service_map, services):
    response = client.get(service_map.url, {"kind": "language_courses"})
    assert sorted(titles(response)) == ["Keuruun kansalaisopisto", "Saarijärven kansalaisopisto"]


def test_service_map_filters_by_language_code_exactly(client, service_map, services, make_service):
    make_service("Farsia puhuva palvelu", "laukaa", "associations", ["fa"])
    response = client.get(service_map.url, {"language": "ar"})
    assert titles(response) == ["Saarijärven kansalaisopisto"]
    response = client.get(service_map.url, {"language": "fa"})
    assert sorted(titles(response)) == ["Farsia puhuva palvelu", "Viitasaaren seurakunta"]


def test_service_map_combines_all_three_filters(client, service_map, services):
    response = client.get(service_map.url, {"municipality": "saarijarvi", "kind": "language_courses", "language": "en"})
    assert titles(response) == []
    assert "No services match" in response.content.decode()


def test_service_map_answers_htmx_with_the_results_only(client, service_map, services):
    response = client.get(service_map.url, {"municipality": "keuruu"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert titles(response) == ["Keuruun kansalaisopisto"]
    assert 'id="service-results"' in html
    assert "<html" not in html


def test_service_map_shows_translated_services_and_finnish_ones_until_translated(client, service_map, services):
    english_map = translate(service_map, "en", {})
    provider = ServiceProvider.objects.get(name="Keuruun kansalaisopisto")
    translate(provider, "en", {"Keuruun kansalaisopisto": "Keuruu adult education centre"})
    shown = titles(client.get(english_map.url))
    assert "Keuruu adult education centre" in shown
    assert "Keuruun kansalaisopisto" not in shown
    assert len(shown) == 4
    assert "Keuruu adult education centre" not in titles(client.get(service_map.url))


def test_service_map_query_count_does_not_grow_with_services(
    client, service_map, make_service, django_assert_max_num_queries
):
    make_service("Palvelu", "laukaa", "leisure", ["fi", "en"])
    client.get(service_map.url)  # warm the site and locale caches
    with CaptureQueriesContext(connection) as one_service:
        client.get(service_map.url)
    for number in range(30):
        make_service(f"Palvelu {number}", "laukaa", "leisure", ["fi", "en"])
    with django_assert_max_num_queries(len(one_service)):
        response = client.get(service_map.url)
    assert len(titles(response)) == 31
    assert len(one_service) <= 18


def test_service_translation_keeps_codes_and_contact(make_service):
    provider = make_service("Kansalaisopisto", languages=["fi", "ar"], contact="info@example.fi", address="Katu 1")
    english = translate(provider, "en", {"Kansalaisopisto": "Adult education centre"})
    assert english.name == "Adult education centre"
    assert (english.languages, english.contact, english.address, english.kind) == (
        ",fi,ar,",
        "info@example.fi",
        "Katu 1",
        "language_courses",
    )


# Link tips -----------------------------------------------------------------------------------


def test_link_tips_are_filtered_by_language(client, link_tips):
    assert titles(client.get(link_tips.url)) == ["Infopankki", "Selkosanomat"]
    assert titles(client.get(link_tips.url, {"language": "so"})) == ["Infopankki"]
    assert titles(client.get(link_tips.url, {"language": "ru"})) == []


def test_link_tips_show_own_language_and_plain_language_tags(client, link_tips):
    html = client.get(link_tips.url).content.decode()
    assert "In your own language" in html
    assert "Plain language" in html


# Events and their calendar file --------------------------------------------------------------


def test_events_are_split_into_upcoming_and_past(client, event_index, make_event):
    today = timezone.localdate()
    make_event("Road Show Saarijärvi", datetime.date(2019, 5, 21))
    make_event("Tuleva tapaaminen", today + datetime.timedelta(days=10))
    html = client.get(event_index.url).content.decode()
    upcoming, past = html.split("Past events")
    assert "Tuleva tapaaminen" in upcoming and "Road Show Saarijärvi" not in upcoming
    assert "Road Show Saarijärvi" in past


def unfold(text):
    return text.replace("\r\n ", "")


def test_event_calendar_file_has_helsinki_time_in_utc(client, make_event):
    event = make_event("Kotopaikka Road Show, Saarijärvi; aamubrunssi", datetime.date(2019, 5, 21), (9, 0), (11, 0))
    page_html = client.get(event.url).content.decode()
    assert f'href="/fi/events/{event.pk}.ics"' in page_html

    response = client.get(f"/fi/events/{event.pk}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text).split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "BEGIN:VEVENT" in lines and "END:VEVENT" in lines
    # 21 May 2019 is summer time in Finland (UTC+3): 09.00 local is 06.00 UTC.
    assert "DTSTART:20190521T060000Z" in lines
    assert "DTEND:20190521T080000Z" in lines
    assert "SUMMARY:Kotopaikka Road Show\\, Saarijärvi\\; aamubrunssi" in lines
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_winter_event_is_two_hours_ahead_of_utc(client, make_event):
    event = make_event("Ideointipäivä", datetime.date(2018, 2, 21), (9, 0), (15, 0), place="Jyväskylä")
    lines = unfold(client.get(f"/fi/events/{event.pk}.ics").content.decode()).split("\r\n")
    assert "DTSTART:20180221T070000Z" in lines


def test_calendar_file_of_a_draft_event_is_not_found(client, make_event):
    event = make_event("Luonnos", datetime.date(2019, 5, 24))
    event.unpublish()
    assert client.get(f"/fi/events/{event.pk}.ics").status_code == 404


# Peer groups: the sign-up form -----------------------------------------------------------------


def sign_up(client, peer_group):
    answers = {"nimi": "Aino Virtanen", "sahkoposti": "aino@example.fi", "organisaatio": "Saarikka"}
    return client.post(peer_group.url, answers)


def test_peer_group_sign_up_is_stored(client, peer_group):
    response = sign_up(client, peer_group)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=peer_group)
    assert submission.form_data["nimi"] == "Aino Virtanen"


def test_peer_group_sign_up_without_email_is_refused(client, peer_group):
    response = client.post(peer_group.url, {"nimi": "Aino"})
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert "errorlist" in response.content.decode()


def test_peer_group_sign_up_with_an_over_long_email_is_refused(client, peer_group):
    """261 characters: Django's form e-mail field allows 320, an address has at most 254."""
    email = "a" * 250 + "@example.fi"
    response = client.post(peer_group.url, {"nimi": "Aino", "sahkoposti": email})
    assert response.status_code == 200
    assert response.context["form"].has_error("sahkoposti", "max_length")
    assert FormSubmission.objects.count() == 0


def _text_of_length(field_type, length):
    return "a" * (length - len("@example.fi")) + "@example.fi" if field_type == "email" else "a" * length


@pytest.mark.parametrize(
    ("field_type", "limit"), [("email", 254), ("singleline", 255), ("multiline", 5000), ("hidden", 255)]
)
def test_each_text_field_of_the_peer_group_form_has_a_length_limit(peer_group, field_type, limit):
    field = PeerGroupFormField(label="Kentta", field_type=field_type, required=True, locale=peer_group.locale)
    form_class = PeerGroupPage.form_builder([field]).get_form_class()
    assert form_class({"kentta": _text_of_length(field_type, limit)}).is_valid()
    too_long = form_class({"kentta": _text_of_length(field_type, limit + 1)})
    assert too_long.has_error("kentta", "max_length")


def test_trainers_see_sign_ups_in_the_admin(client, peer_group, make_user):
    sign_up(client, peer_group)
    trainer = make_user("trainer")
    trainer.groups.add(Group.objects.get(name="Trainers"))
    client.force_login(trainer)
    assert peer_group.title in client.get("/admin/forms/").content.decode()
    response = client.get(f"/admin/forms/submissions/{peer_group.pk}/")
    assert response.status_code == 200
    assert "Aino Virtanen" in response.content.decode()


def test_learners_do_not_see_sign_ups(client, peer_group, make_user):
    sign_up(client, peer_group)
    client.force_login(make_user("learner"))
    response = client.get(f"/admin/forms/submissions/{peer_group.pk}/")
    assert response.status_code in (302, 403)
    assert "Aino Virtanen" not in response.content.decode()


def test_translated_sign_up_form_stores_answers_under_the_same_keys(client, peer_group):
    english = translate(peer_group, "en", {"Nimi": "Name", "Sähköposti": "E-mail", "Organisaatio": "Organisation"})
    html = client.get(english.url).content.decode()
    assert ">Name" in html and 'name="nimi"' in html
    client.post(english.url, {"nimi": "Sam", "sahkoposti": "sam@example.fi"})
    assert FormSubmission.objects.get(page=english).form_data["nimi"] == "Sam"


# Translation ------------------------------------------------------------------------------------


def test_translated_good_practice_keeps_municipality_and_themes(practice_index):
    practice = GoodPracticePage.objects.get(title="Kotoutumistiimi")
    english = translate(practice, "en", {"Kotoutumistiimi": "Integration team"})
    assert english.title == "Integration team"
    assert (english.municipality, english.themes, english.slug) == (
        practice.municipality,
        practice.themes,
        practice.slug,
    )
    assert english.locale == Locale.objects.get(language_code="en")


# Demo content ----------------------------------------------------------------------------------


def test_demo_content_loads_twice_without_duplicates(home_page):
    from content_io.importer import import_content
    from guide.models import EventPage, GuideIndexPage

    import_content(only=["home/opas"])
    counts = (GuideIndexPage.objects.count(), EventPage.objects.count(), ServiceProvider.objects.count())
    import_content(only=["home/opas"])
    assert counts == (GuideIndexPage.objects.count(), EventPage.objects.count(), ServiceProvider.objects.count())
    # The Finnish guide index and one per language that has a translation file of the guide.
    guide_languages = {po.parent.name for po in (Path(settings.BASE_DIR) / "content" / "locale").glob("*/opas.po")}
    assert counts[0] == 1 + len(guide_languages)
    road_show = EventPage.objects.get(slug="road-show-saarijarvi", locale__language_code="fi")
    assert (road_show.date, road_show.start_time) == (datetime.date(2019, 5, 21), datetime.time(9, 0))
    assert ServiceProvider.objects.filter(locale__language_code="en", municipality="saarijarvi").exists()
    assert not ServiceProvider.objects.filter(is_example=False).exists()


# Employment paths ------------------------------------------------------------------------------


def test_employment_path_steps_link_services_and_pages_in_the_readers_language(client, guide_index, make_service):
    from guide.models import EmploymentPathPage
    from tests.fixtures_guide import publish_child

    course_service = make_service("Saarijärven kansalaisopisto")
    practices = publish_child(
        guide_index, GoodPracticePage(title="Kielikaveri", slug="kielikaveri", intro="x", municipality="keuruu")
    )
    path = publish_child(
        guide_index,
        EmploymentPathPage(
            title="Polku töihin",
            slug="polku",
            steps=[
                (
                    "step",
                    {
                        "stage": "integration_plan",
                        "title": "Kotoutumissuunnitelma",
                        "text": "<p>Ensin.</p>",
                        "pages": [],
                        "services": [],
                    },
                ),
                (
                    "step",
                    {
                        "stage": "language_training",
                        "title": "Kielikoulutus",
                        "text": "<p>Sitten.</p>",
                        "pages": [practices],
                        "services": [course_service],
                    },
                ),
            ],
        ),
    )
    html = client.get(path.url).content.decode()
    assert html.index("Kotoutumissuunnitelma") < html.index("Kielikoulutus")
    assert 'href="/fi/opas/kielikaveri/"' in html and "Saarijärven kansalaisopisto" in html

    translate(course_service, "en", {"Saarijärven kansalaisopisto": "Saarijärvi adult education centre"})
    translate(practices, "en", {"Kielikaveri": "Language buddy"})
    english = translate(path, "en", {"Kielikoulutus": "Language training"})
    html = client.get(english.url).content.decode()
    assert "Saarijärvi adult education centre" in html
    assert 'href="/en/opas/kielikaveri/">Language buddy' in html
