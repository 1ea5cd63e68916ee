"""Fixtures for the guide tests (registered in tests/conftest.py).

Small hand-built trees rather than the whole demo, so each test shows what it relies on.
"""

import datetime

import pytest
from wagtail.models import Locale

from guide.choices import join_codes
from guide.models import (
    EventIndexPage,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GuideIndexPage,
    LinkTipsPage,
    PeerGroupFormField,
    PeerGroupPage,
    ServiceMapPage,
    ServiceProvider,
)


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def guide_index(home_page):
    return publish_child(home_page, GuideIndexPage(title="Opas", slug="opas", intro="Kotopaikan verkko-opas"))


@pytest.fixture
def make_service(home_page):
    """Create a Finnish ServiceProvider; languages is a list of codes."""

    def make(name, municipality="saarijarvi", kind="language_courses", languages=("fi",), **extra):
        return ServiceProvider.objects.create(
            locale=Locale.objects.get(language_code="fi"),
            name=name,
            municipality=municipality,
            kind=kind,
            languages=join_codes(languages),
            **extra,
        )

    return make


@pytest.fixture
def service_map(guide_index):
    return publish_child(guide_index, ServiceMapPage(title="Palvelukartta", slug="palvelukartta"))


@pytest.fixture
def practice_index(guide_index):
    index = publish_child(guide_index, GoodPracticeIndexPage(title="Hyvät käytänteet", slug="kaytanteet"))
    for title, municipality, themes in [
        ("Kotoutumistiimi", "saarijarvi", ["cooperation", "employment"]),
        ("Ruokailta", "viitasaari", ["leisure"]),
        ("Työkokeilu kielituella", "keuruu", ["employment", "language"]),
    ]:
        publish_child(
            index,
            GoodPracticePage(
                title=title,
                municipality=municipality,
                themes=join_codes(themes),
                intro=f"Esimerkki: {title}",
                is_example=True,
            ),
        )
    return index


@pytest.fixture
def link_tips(guide_index):
    return publish_child(
        guide_index,
        LinkTipsPage(
            title="Linkkivinkit",
            slug="linkit",
            links=[
                (
                    "link",
                    {
                        "title": "Infopankki",
                        "url": "https://www.infopankki.fi/",
                        "description": "",
                        "kind": "own_language",
                        "languages": ["fi", "ar", "so"],
                    },
                ),
                (
                    "link",
                    {
                        "title": "Selkosanomat",
                        "url": "https://selkosanomat.fi/",
                        "description": "",
                        "kind": "plain_language",
                        "languages": ["fi"],
                    },
                ),
            ],
        ),
    )


@pytest.fixture
def event_index(guide_index):
    return publish_child(guide_index, EventIndexPage(title="Tapahtumat", slug="tapahtumat"))


@pytest.fixture
def make_event(event_index):
    def make(title, date, start=(9, 0), end=(11, 0), place="Biotalousinstituutti, Saarijärvi"):
        return publish_child(
            event_index,
            EventPage(
                title=title,
                date=date,
                start_time=datetime.time(*start),
                end_time=datetime.time(*end),
                place=place,
                intro="Aamubrunssi; tuloksia, hyviä käytänteitä ja keskustelua.",
            ),
        )

    return make


@pytest.fixture
def peer_group(guide_index):
    page = PeerGroupPage(title="Vertaisryhmät", slug="vertaisryhmat", intro="<p>Vertaismentorointi.</p>")
    for order, (label, field_type, required) in enumerate(
        [("Nimi", "singleline", True), ("Sähköposti", "email", True), ("Organisaatio", "singleline", False)]
    ):
        page.form_fields.add(
            PeerGroupFormField(
                label=label, field_type=field_type, required=required, sort_order=order, locale=guide_index.locale
            )
        )
    return publish_child(guide_index, page)


@pytest.fixture
def search_index(settings):
    """Index pages and services as they are saved, as the site does.

    The test settings turn that off (config/settings/test.py) because it is slow and most tests never
    search; tests that search ask for this fixture before they build their content.
    """
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": True} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
