"""An event as an iCalendar (RFC 5545) file.

No iCalendar library is installed and one event needs only a handful of properties, so the
text is written here. Times are given in UTC ("...Z", RFC 5545 §3.3.5 form #2): that needs no
VTIMEZONE block and every calendar shows them in the reader's own time zone.
"""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags

PRODID = "-//Kotopaikka//Kotopaikka guide//FI"


def escape_text(value):
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line):
    """Fold a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    limit = 75
    for char in line:
        octets = char.encode("utf-8")
        if len(current) + len(octets) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # continuation lines start with one space
        current += octets
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_calendar(event, url):
    """The VCALENDAR text of one event page; lines end in CRLF as the RFC requires."""
    description = strip_tags(event.intro or "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        # The same UID in every language: it is the same event, whichever translation is saved.
        f"UID:{event.translation_key}@kotopaikka",
        # DTSTAMP: when this file was made (RFC 5545 §3.8.7.2, with METHOD present).
        f"DTSTAMP:{utc_stamp(timezone.now())}",
        f"DTSTART:{utc_stamp(event.starts_at)}",
        f"DTEND:{utc_stamp(event.ends_at)}",
        f"SUMMARY:{escape_text(event.title)}",
        f"LOCATION:{escape_text(event.place)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)
