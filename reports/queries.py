"""The report querysets: each one annotated query over rows the viewer may see (docs/design.md, idea 7).

Every function starts from `learners.visibility.learner_rule(user, ...)`, the one rule for who
sees whom, applied through the rows' direct join to the learner's profile. Progress figures are
read from the enrolment row itself (`steps_done`, `best_score`, stored by courses.progress);
names, organisation and cohort of the completion report come from correlated subqueries, so a
page of 50 rows or an export of 100,000 costs the same number of queries.
"""

import statistics
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    JSONField,
    Max,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat, Round

from courses.models import Enrollment
from learners.models import LearnerProfile, Organisation
from learners.visibility import cohorts_in_scope, learner_rule, visible_profiles
from quizzes.models import Answer, QuizAttempt

COMPLETED = "completed"
IN_PROGRESS = "in_progress"


def scoped_enrollments(user):
    """Enrolments of the learners `user` may see, and of nobody else."""
    return Enrollment.objects.filter(learner_rule(user, "learner_profile"))


def annotate_progress(queryset, catalogue):
    """Add steps_total and status to Enrollment rows (steps_done is stored on the row).

    `Enrollment.steps_done` counts completions of *live* steps only, kept by courses.progress:
    a completion of a lesson that was unpublished later stays in the history but no longer
    counts, exactly like the learner's outline. Reading it from the row, instead of counting
    completions per enrolment, is what keeps a status filter fast at 100,000 learners.

    The status reads one field, `completed_at`, the one the learner's outline and certificate go
    by (courses.progress sets it whenever every live step is done): a report that also called
    "every step counted" complete said Completed to staff while the learner had no certificate.
    """
    queryset = queryset.annotate(steps_total=catalogue.total_expression())
    return queryset.annotate(
        status=Case(
            When(completed_at__isnull=False, then=Value(COMPLETED)),
            default=Value(IN_PROGRESS),
            output_field=CharField(),
        )
    )


def completion_rows(user, catalogue, unknown_title=""):
    """One row per (learner, course) with every column of the course completion report.

    The learner's name, organisation, cohort (the first in the viewer's scope) and language are
    correlated subqueries rather than joins: PostgreSQL then sorts and limits the bare Enrollment
    rows first and looks these up for the 50 rows of a page only, so a page costs the same at
    1,000 and at 100,000 learners.
    """
    learner = OuterRef("learner_id")
    profile = LearnerProfile.objects.filter(user=learner)
    # Only a cohort the viewer may see is named: a learner can be in cohorts of two organisations,
    # and the other organisation's cohort names are not this viewer's to read. The scope is plain
    # id lists already read for the visibility rule, so this adds no query.
    first_cohort = (
        cohorts_in_scope(user).filter(learners__user=learner).order_by("name").values("name")[:1]
    )
    name = get_user_model().objects.filter(pk=learner).annotate(
        display=Concat(
            F("first_name"), Value(" "), F("last_name"), Value(" ("), F("username"), Value(")"),
            output_field=CharField(),
        )
    )
    queryset = scoped_enrollments(user).annotate(
        learner_name=Subquery(name.values("display")[:1]),
        organisation_name=Subquery(profile.values("organisation__name")[:1]),
        cohort_name=Subquery(first_cohort),
        language=Subquery(profile.values("preferred_language")[:1]),
        course_title=catalogue.title_expression(unknown_title),
    )
    queryset = annotate_progress(queryset, catalogue)
    return queryset.annotate(
        percent=Case(
            When(steps_total__gt=0, then=Cast(Round(F("steps_done") * 100.0 / F("steps_total")), IntegerField())),
            default=Value(0),
            output_field=IntegerField(),
        )
    )


def overview_rows(enrollments, catalogue):
    """Per course, and per organisation within it: enrolled, in progress, completed, rate, median days, score.

    `enrollments` is an already scoped and filtered Enrollment queryset; _figures reads every
    figure for both levels in one pass.
    """
    queryset = annotate_progress(enrollments, catalogue).annotate(
        # Grouped by id, named afterwards: sorting 180,000 rows by a collated name cost more than the sums.
        # The same join to the profile as the visibility rule's.
        organisation=F("learner_profile__organisation_id"),
    )
    per_organisation, totals = _figures(queryset)
    names = dict(Organisation.objects.filter(pk__in={row["organisation"] for row in per_organisation}).values_list(
        "pk", "name"
    ))
    parts = defaultdict(list)
    for row in per_organisation:
        row["organisation"] = names.get(row["organisation"], "")
        parts[row["course_key"]].append(row)
    known = [c.key for c in catalogue.courses]
    rows = []
    for key in known + sorted(set(totals) - set(known), key=str):
        if key not in totals:
            continue
        title = catalogue.by_key[key].title if key in catalogue.by_key else str(key)
        rows.append(OverviewRow(title, "", totals[key], is_course=True))
        for part in sorted(parts[key], key=lambda p: p["organisation"] or ""):
            rows.append(OverviewRow(title, part["organisation"], part, is_course=False))
    return rows


FIGURES = ["enrolled", "completed", "average_score", "median"]


def _figures(queryset):
    """(rows per course and organisation, totals per course key), each with FIGURES.

    On PostgreSQL one query: the scoped rows are read once and grouped by GROUPING SETS, so the
    course totals and their organisations' shares come from the same scan, and the median is
    percentile_cont in the database. Django has no GROUPING SETS, so the ORM's own SQL for the
    scoped rows is wrapped in a short outer query (its parameters stay parameters). At 100,000
    learners the separate grouped queries this replaces scanned and joined every row two or three
    times. SQLite, used by the tests, reads the few rows and does the same sums in Python.
    """
    fields = ["course_key", "organisation", "status", "best_score", "started_at", "completed_at"]
    if connection.vendor == "postgresql":
        try:
            sql, params = queryset.values(*fields).query.sql_with_params()
        except EmptyResultSet:  # a refused filter: queryset.none()
            return [], {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                SELECT course_key, organisation, GROUPING(organisation) = 1,
                       COUNT(*), COUNT(*) FILTER (WHERE status = %s), AVG(best_score),
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY completed_at - started_at)
                           FILTER (WHERE completed_at IS NOT NULL)
                FROM ({sql}) AS scoped
                GROUP BY GROUPING SETS ((course_key, organisation), (course_key))
                """,  # noqa: S608 (the inner SQL is Django's, with placeholders)
                [COMPLETED, *params],
            )
            rows = cursor.fetchall()
        per_organisation, totals = [], {}
        for course_key, organisation, is_total, *figures in rows:
            row = {"course_key": course_key, "organisation": organisation, **dict(zip(FIGURES, figures, strict=True))}
            if is_total:
                totals[course_key] = row
            else:
                per_organisation.append(row)
        return per_organisation, totals

    groups = defaultdict(list)
    for row in queryset.values(*fields):
        groups[(row["course_key"], row["organisation"])].append(row)
        groups[(row["course_key"],)].append(row)
    per_organisation, totals = [], {}
    for key, members in groups.items():
        scores = [m["best_score"] for m in members if m["best_score"] is not None]
        durations = [m["completed_at"] - m["started_at"] for m in members if m["completed_at"]]
        row = {
            "course_key": key[0],
            "organisation": key[1] if len(key) == 2 else None,
            "enrolled": len(members),
            "completed": sum(1 for m in members if m["status"] == COMPLETED),
            "average_score": sum(scores) / len(scores) if scores else None,
            "median": statistics.median(durations) if durations else None,
        }
        if len(key) == 2:
            per_organisation.append(row)
        else:
            totals[key[0]] = row
    return per_organisation, totals


class OverviewRow:
    """A course total or one organisation's share of it, as the chart, the table and the export show it."""

    def __init__(self, course_title, organisation, figures, is_course):
        self.course_title = course_title
        self.organisation = organisation or ""
        self.enrolled = figures["enrolled"]
        self.completed = figures["completed"]
        self.in_progress = self.enrolled - self.completed
        self.completion_rate = round(100 * self.completed / self.enrolled) if self.enrolled else 0
        median = figures["median"]
        self.median_days = round(median.total_seconds() / 86400, 1) if median is not None else None
        score = figures["average_score"]
        self.average_score = round(score) if score is not None else None
        self.is_course = is_course


def scoped_answers(user):
    """Answers of the attempts of the learners `user` may see.

    Asked as "attempt in (attempts whose learner is a visible profile)" rather than through joins:
    PostgreSQL then checks the 110,000 attempts against the profiles once, instead of each of
    570,000 answers (a quarter of the question analysis's time at 100,000 learners).
    """
    attempts = QuizAttempt.objects.filter(learner__in=visible_profiles(user).values("user_id"))
    return Answer.objects.filter(attempt__in=attempts)


def question_figures(answers):
    """Per question id: answers, right answers, and the most chosen wrong answer (two queries).

    One grouped pass over the answers by (question, right or wrong, wrong choice) gives all three
    figures: at 100,000 learners (over half a million answers) a second pass for the wrong
    answers alone cost as much again. The wrong answer comes with one sample Answer's snapshot,
    so its texts can be shown even when the quiz has changed since (the source quiz's texts are
    preferred, see reports/questions.py).
    """
    totals, wrong = {}, {}
    # Right answers are grouped without their choices: hashing the JSON of every answer, not only
    # of the wrong ones, was a fifth of the page's time at 570,000 answers.
    wrong_choice = Case(When(correct=False, then=F("chosen")), default=None, output_field=JSONField())
    groups = (
        answers.annotate(wrong_choice=wrong_choice)
        .values("question_id", "correct", "wrong_choice")
        .annotate(n=Count("pk"), sample=Max("pk"))
        .order_by()
    )
    for row in groups:
        question = row["question_id"]
        total = totals.setdefault(question, {"question_id": question, "answers": 0, "correct_count": 0})
        total["answers"] += row["n"]
        if row["correct"]:
            total["correct_count"] += row["n"]
            continue
        best = wrong.get(question)
        # The most chosen wrong answer; on a tie, always the same one (the lower sample id).
        if best is None or (row["n"], -row["sample"]) > (best["n"], -best["sample"]):
            wrong[question] = {
                "question_id": question, "chosen": row["wrong_choice"], "n": row["n"], "sample": row["sample"],
            }
    snapshots = dict(Answer.objects.filter(pk__in=[row["sample"] for row in wrong.values()]).values_list(
        "pk", "snapshot"
    ))
    for row in wrong.values():
        row["snapshot"] = snapshots.get(row["sample"]) or {}
    return totals, wrong


def recent_completions(user, limit=10):
    """The latest course completions among the learners `user` may see (for the dashboard panel)."""
    return (
        scoped_enrollments(user)
        .filter(completed_at__isnull=False)
        .select_related("learner")
        .order_by("-completed_at")[:limit]
    )
