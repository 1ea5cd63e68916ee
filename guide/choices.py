"""The fixed vocabularies the guide filters by: municipalities, themes, kinds of service, languages.

They are codes with translated labels rather than translatable snippets, so a filter such as
`?municipality=saarijarvi` means the same in every language, and wagtail-localize copies the
codes to each translation unchanged (a code is never something a translator should touch).
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.TextChoices):
    """The Kotopaikka municipalities (the project page's list) and Jyväskylä, where events took place."""

    JAMSA = "jamsa", "Jämsä"
    JYVASKYLA = "jyvaskyla", "Jyväskylä"
    KANNONKOSKI = "kannonkoski", "Kannonkoski"
    KARSTULA = "karstula", "Karstula"
    KEURUU = "keuruu", "Keuruu"
    KIVIJARVI = "kivijarvi", "Kivijärvi"
    KYYJARVI = "kyyjarvi", "Kyyjärvi"
    LAUKAA = "laukaa", "Laukaa"
    SAARIJARVI = "saarijarvi", "Saarijärvi"
    VIITASAARI = "viitasaari", "Viitasaari"
    AANEKOSKI = "aanekoski", "Äänekoski"


class Theme(models.TextChoices):
    """What a good practice is about."""

    ENCOUNTERS = "encounters", _("Multicultural encounters")
    COOPERATION = "cooperation", _("Cooperation between services")
    EMPLOYMENT = "employment", _("Employment")
    LANGUAGE = "language", _("Language learning")
    LEISURE = "leisure", _("Leisure and community")
    PLAIN_LANGUAGE = "plain_language", _("Plain language")


class ServiceKind(models.TextChoices):
    """The kinds of service on the service map; a visitor chooses one as their need."""

    INTEGRATION_TRAINING = "integration_training", _("Integration training")
    LANGUAGE_COURSES = "language_courses", _("Language courses")
    EMPLOYMENT_SERVICES = "employment_services", _("Employment services")
    HEALTH_SOCIAL = "health_social", _("Health and social services")
    ASSOCIATIONS = "associations", _("Associations")
    PARISHES = "parishes", _("Parishes")
    LEISURE = "leisure", _("Leisure")


class LinkKind(models.TextChoices):
    OWN_LANGUAGE = "own_language", _("In your own language")
    PLAIN_LANGUAGE = "plain_language", _("Plain language")


def language_choices():
    """The site's languages, each in its own name (suomi, English, العربية ...)."""
    return list(settings.LANGUAGES)


class CodeListFormField(forms.MultipleChoiceField):
    """Checkboxes in the editor; the model keeps the chosen codes as one comma-separated string."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        if isinstance(value, str):
            return split_codes(value)
        return value

    def clean(self, value):
        return join_codes(super().clean(value))


class CodeListField(models.CharField):
    """Several codes from a fixed list, stored as ",fi,en," so one `contains` lookup finds a code exactly.

    A JSON list would need JSON lookups that SQLite and PostgreSQL spell differently; the
    delimited string filters in the database the same way on both.
    """

    def __init__(self, *args, code_choices=None, **kwargs):
        self.code_choices = code_choices
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        choices = self.code_choices() if callable(self.code_choices) else self.code_choices
        return CodeListFormField(
            choices=choices, required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )


def split_codes(value):
    return [code for code in (value or "").split(",") if code]


def join_codes(codes):
    codes = [code for code in codes if code]
    return f",{','.join(codes)}," if codes else ""


def contains_code(field_name, code):
    """A filter keyword for "this CodeListField holds `code`"."""
    return {f"{field_name}__contains": f",{code},"}
