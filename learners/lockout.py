"""Sign-in lock-out per username and address, plus a limit per address (django-axes handler).

AXES_LOCKOUT_PARAMETERS locks a username from one address after AXES_FAILURE_LIMIT failures, so an
attacker elsewhere cannot lock a learner (or the administrator) out. That alone lets one address try a
common password against many usernames ("spraying"), each staying under the limit. This handler also
counts every failure from the address, whatever username it named, and locks the address once
settings.SIGN_IN_FAILURES_PER_ADDRESS is reached within the cool-off time.

Axes' own database handler does the recording; this adds one aggregate query on sign-in.
https://django-axes.readthedocs.io/en/latest/5_customization.html
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class AddressAwareLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """Failures for this username and address; the full limit when the address as a whole is over its own."""
        failures = super().get_failures(request, credentials)
        address = getattr(request, "axes_ip_address", None)
        if not address:
            return failures
        from_address = (
            AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=get_cool_off_threshold(request))
            .aggregate(total=Sum("failures_since_start"))["total"]
            or 0
        )
        if from_address >= settings.SIGN_IN_FAILURES_PER_ADDRESS:
            request.sign_in_address_locked = True
            return max(failures, get_failure_limit(request, credentials))
        return failures
