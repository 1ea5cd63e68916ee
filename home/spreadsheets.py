"""CSV downloads that are safe to open in a spreadsheet, for every export of the site.

Wagtail writes the CSV of its `SpreadsheetExportMixin` (staff reports, form submissions) cell by
cell through `preprocess_field_value`, and streams it from `stream_csv`. `SafeCsvExportMixin`
hooks in there once, so each view that mixes it in gets both fixes (reports/views.py,
guide/models.py):

- A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel and
  LibreOffice as a formula; a learner's name or a sign-up could then open links or run commands
  on a staff member's computer ("CSV injection"). Such a cell gets a leading single quote, as
  OWASP advises: https://owasp.org/www-community/attacks/CSV_Injection . Only text is quoted;
  numbers and dates stay as they are. The XLSX downloads need nothing: their cells are written
  as text, never as formulas.
- Excel guesses a CSV file's encoding from its first bytes and, without a byte-order mark,
  reads UTF-8 as the legacy Windows code page ("SaarijÃ¤rvi", broken Arabic and Cyrillic). The
  download starts with a UTF-8 byte-order mark and says `charset=utf-8`.

`home` is the shared base app: the guide may not import the reports, so the mixin lives here.
"""

from wagtail.contrib.forms.views import SubmissionsListView as WagtailSubmissionsListView

FORMULA_OPENINGS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"


def neutralise_formula(value):
    """`value`, with a single quote in front when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_OPENINGS):
        return "'" + value
    return value


class SafeCsvExportMixin:
    """Mix into a view with Wagtail's SpreadsheetExportMixin, before it."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        yield BYTE_ORDER_MARK
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


class SubmissionsListView(SafeCsvExportMixin, WagtailSubmissionsListView):
    """Wagtail's form submissions listing, with the safe CSV download (a form page's
    `submissions_list_view_class`)."""
