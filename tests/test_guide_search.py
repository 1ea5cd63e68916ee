"""Site search: lessons, guide pages and services, in the language of the address."""

import pytest

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.translation import translate
from tests.fixtures_guide import publish_child

# These tests read messages in their English source text (see the fixture), and index what they
# save, which the test settings otherwise skip.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("source_strings", "search_index")]


@pytest.fixture
def lesson(home_page):
    """A Finnish lesson about the employment contract, translated into English."""
    catalogue = publish_child(home_page, CourseIndexPage(title="Kurssit", slug="kurssit"))
    course = publish_child(
        catalogue, CoursePage(title="Työelämän pelisäännöt", slug="pelisaannot", intro="Kurssi", audience="immigrants")
    )
    lesson = publish_child(
        course,
        LessonPage(
            title="Työsopimus",
            slug="tyosopimus",
            intro="Työsopimus kannattaa tehdä kirjallisena.",
            body=[("paragraph", "<p>Työsopimuksessa sovitaan palkasta.</p>")],
        ),
    )
    translate(
        lesson,
        "en",
        {
            "Työsopimus": "Employment contract",
            "Työsopimus kannattaa tehdä kirjallisena.": "Make your employment contract in writing.",
            "Työsopimuksessa sovitaan palkasta.": "The contract sets the pay.",
        },
    )
    return lesson


@pytest.fixture
def service(make_service):
    provider = make_service(
        "Saarijärven kansalaisopisto", description="Suomen kielen kursseja aloittelijoille", languages=["fi", "ar"]
    )
    translate(
        provider,
        "en",
        {
            "Saarijärven kansalaisopisto": "Saarijärvi adult education centre",
            "Suomen kielen kursseja aloittelijoille": "Finnish courses for beginners",
        },
    )
    return provider


def test_finnish_search_finds_a_lesson(client, lesson):
    html = client.get("/fi/search/", {"q": "työsopimus"}).content.decode()
    assert f'href="{lesson.url}"' in html
    assert "Pages and lessons" in html


def test_finnish_search_finds_a_service(client, service):
    html = client.get("/fi/search/", {"q": "kansalaisopisto"}).content.decode()
    assert "Saarijärven kansalaisopisto" in html
    assert "Saarijärvi adult education centre" not in html
    assert "1 result for “kansalaisopisto”" in html


def test_english_search_finds_the_english_lesson_only(client, lesson):
    html = client.get("/en/search/", {"q": "contract"}).content.decode()
    assert 'href="/en/kurssit/pelisaannot/tyosopimus/"' in html
    assert "Employment contract" in html
    assert 'href="/fi/' not in html.split("<main", 1)[1]


def test_english_search_finds_the_english_service(client, service):
    html = client.get("/en/search/", {"q": "adult education"}).content.decode()
    assert "Saarijärvi adult education centre" in html
    assert "Saarijärven kansalaisopisto" not in html


def test_search_without_a_query_shows_the_form_and_a_hint(client, home_page):
    response = client.get("/fi/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="q"' in html
    assert "Type a word" in html


def test_search_with_no_results_says_so(client, service):
    html = client.get("/fi/search/", {"q": "xylofoni"}).content.decode()
    assert "Nothing found for “xylofoni”" in html


def test_oversized_query_is_refused_with_a_message(client, home_page, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = client.get("/fi/search/", {"q": "a" * 101})
    assert response.status_code == 400
    assert "at most 100 characters" in response.content.decode()


def test_search_finds_inflected_finnish_words_by_their_beginning(client, service):
    """Typing "kansalaisopis" finds "kansalaisopisto" and its inflected forms ("kansalaisopiston")."""
    html = client.get("/fi/search/", {"q": "kansalaisopis"}).content.decode()
    assert "Saarijärven kansalaisopisto" in html


def test_search_query_count_is_bounded(client, service, lesson, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get("/fi/search/", {"q": "työsopimus"})
    assert response.status_code == 200
