"""Languages: an untranslated page falls back with a notice; translated pages share their address."""

import pytest

from home.models import StandardPage
from home.site_setup import ensure_site
from home.translation import translate


@pytest.fixture
def about_page(db):
    home = ensure_site()
    translate(home, "en", {})
    translate(home, "ar", {})
    page = StandardPage(title="Tietoa hankkeesta", slug="tietoa", intro="Kotopaikka-hanke 2017–2019.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_untranslated_page_falls_back_to_finnish_with_notice_in_chosen_language(client, about_page):
    response = client.get("/ar/tietoa/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Tietoa hankkeesta" in html
    assert '<div lang="fi" dir="ltr">' in html
    assert 'class="notice notice--warning"' in html


def test_translated_page_is_served_in_its_language_without_notice(client, about_page):
    translate(about_page, "en", {"Tietoa hankkeesta": "About the project"})
    response = client.get("/en/tietoa/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "About the project" in html
    assert "notice--warning" not in html


def test_language_switcher_links_to_same_page_in_each_language(client, about_page):
    translate(about_page, "en", {"Tietoa hankkeesta": "About the project"})
    html = client.get("/fi/tietoa/").content.decode()
    assert 'href="/en/tietoa/" lang="en"' in html
    assert 'href="/fi/tietoa/" lang="fi"' in html


def test_unknown_page_is_still_404_in_every_language(client, about_page):
    assert client.get("/ar/ei-ole/").status_code == 404
    assert client.get("/fi/ei-ole/").status_code == 404


def test_somali_dates_put_the_day_first():
    """Django has no Somali formats; without the project's, dates read "Maarso 5, 2026" and 03/05/2026."""
    import datetime

    from django.utils import formats, translation

    with translation.override("so"):
        day = datetime.date(2026, 3, 5)
        assert formats.date_format(day) == "5 Maarso 2026"
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == "05/03/2026"
