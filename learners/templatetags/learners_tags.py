"""Small template helpers for the account pages."""

from django import template

register = template.Library()


@register.filter
def minutes(value):
    """A timedelta as whole minutes (axes gives the lock-out cool-off as a timedelta)."""
    try:
        return max(1, round(value.total_seconds() / 60))
    except AttributeError:
        return ""
