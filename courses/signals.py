"""Keep the stored progress counts true when a course's live steps change.

`Enrollment.steps_done` counts the live steps a learner has done (courses.progress). Publishing,
unpublishing, moving or deleting a page can change which steps are live, so each of those asks
`refresh_course_steps` to compare every course around the page with its stored `CourseSteps`.
When nothing changed (most publishes: a lesson's text was edited) that costs a few queries and
writes nothing. Wagtail sends these signals for the editor, the API and code alike.
"""

from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import progress
from .models import CoursePage


def _ancestor_paths(path):
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def courses_around(*pages):
    """Courses that contain any of `pages`, are one of them, or lie below one of them."""
    condition = Q()
    for page in pages:
        if page is not None and page.path:
            condition |= Q(path__in=_ancestor_paths(page.path)) | Q(path__startswith=page.path)
    return list(CoursePage.objects.filter(condition).select_related("locale")) if condition else []


@receiver(page_published)
@receiver(page_unpublished)
def _page_published_or_unpublished(sender, instance, **kwargs):
    progress.refresh_course_steps(courses_around(instance))


@receiver(post_page_move)
def _page_moved(sender, instance, parent_page_before=None, **kwargs):
    progress.refresh_course_steps(courses_around(instance, parent_page_before))


@receiver(post_delete, sender=Page)
def _page_deleted(sender, instance, **kwargs):
    # Sent for the base Page rows, after the whole tree below the deleted page is gone.
    progress.refresh_course_steps(courses_around(instance))
