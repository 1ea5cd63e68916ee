"""Query budgets: a signed-in learner's course page, lesson page and "My courses" cost the same
number of queries for a course of 5 lessons as for one of 50, and at most 25."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import progress as progress_api
from tests.fixtures_courses import lessons_of

pytestmark = pytest.mark.django_db

BUDGET = 25


def count_queries(client, url):
    client.get(url)  # warm caches (content types, site root paths), as on a running site
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def small_and_large(make_course, learner):
    # Same tree depth (course > module > lesson), so only the number of lessons differs.
    small = make_course(lessons=5, modules=1, slug="pieni")
    large = make_course(lessons=50, modules=5, slug="suuri")
    for course in (small, large):
        lessons = lessons_of(course)
        for lesson in lessons[:2]:
            progress_api.complete_step(learner, lesson, course)
    return small, large


@pytest.mark.parametrize("where", ["course", "lesson", "my-courses", "catalogue"])
def test_pages_cost_the_same_queries_for_5_and_50_lessons(
    learner_client, small_and_large, where, django_assert_max_num_queries
):
    def url(course):
        if where == "course":
            return course.url
        if where == "lesson":
            return lessons_of(course)[3].url
        if where == "catalogue":
            return course.get_parent().url
        return reverse("my-courses")

    small, large = small_and_large
    counts = [count_queries(learner_client, url(course)) for course in (small, large)]
    print(where, counts)
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(BUDGET):
        learner_client.get(url(large))
