"""Demo courses for `load_demo`: every content module in courses/demo_content becomes pages.

Lessons only: quizzes live in the quizzes app, whose own `demo.py` adds them afterwards
(imports point one way, quizzes -> courses).
"""

from .demo_content.loader import load_lessons


def load(stdout=None):
    """Create the course catalogue, the demo courses and their lessons, with translations."""
    return load_lessons(stdout)
