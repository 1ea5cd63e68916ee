"""The Kotopaikka guide (verkko-opas): good practices, the service map, employment paths,
link tips, events, materials and peer groups, as translatable Wagtail content.

The guide knows nothing of courses, quizzes or learners (docs/design.md: imports point one way);
an employment path links lessons through a generic PageChooserBlock.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES, SharedStreamBlock
from home.models import BasePage, IntroPage
from home.spreadsheets import SubmissionsListView

from .blocks import LinkTipsBlock, MaterialsBlock, PathStepsBlock
from .choices import CodeListField, Municipality, ServiceKind, Theme, contains_code, language_choices, split_codes

HELSINKI = ZoneInfo("Europe/Helsinki")


def chosen(request, name, choices):
    """The value of GET parameter `name` if it is one of `choices`; anything else means "all"."""
    value = request.GET.get(name, "")
    return value if value in dict(choices) else ""


class GuideIndexPage(IntroPage):
    """The guide's front page: leads to each section (practices, services, paths, links, events ...)."""

    body = StreamField(SharedStreamBlock(), blank=True, use_json_field=True)

    content_panels = IntroPage.content_panels + [FieldPanel("body")]
    search_fields = IntroPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "guide.GoodPracticeIndexPage",
        "guide.ServiceMapPage",
        "guide.EmploymentPathPage",
        "guide.LinkTipsPage",
        "guide.EventIndexPage",
        "guide.MaterialsPage",
        "guide.PeerGroupPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().specific()
        return context


class GoodPracticeIndexPage(IntroPage):
    """Good practices from the municipalities, filterable by municipality and theme."""


    content_panels = IntroPage.content_panels
    search_fields = IntroPage.search_fields
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = ["guide.GoodPracticePage"]

    class Meta:
        verbose_name = _("good practice index")
        verbose_name_plural = _("good practice indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        municipality = chosen(request, "municipality", Municipality.choices)
        theme = chosen(request, "theme", Theme.choices)
        practices = GoodPracticePage.objects.live().child_of(self).order_by("title")
        if municipality:
            practices = practices.filter(municipality=municipality)
        if theme:
            practices = practices.filter(**contains_code("themes", theme))
        context.update(
            practices=practices,
            municipality=municipality,
            theme=theme,
            municipalities=Municipality.choices,
            themes=Theme.choices,
        )
        return context


class GoodPracticePage(BasePage):
    """One municipality's good practice: what was done, where, whom to ask, what it took, what came of it."""

    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    themes = CodeListField(_("themes"), code_choices=Theme.choices)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Shown as an example written for the demo, not a real case.")
    )
    intro = models.TextField(_("what"), help_text=_("What the practice is, in two or three sentences."))
    where = models.CharField(_("where"), max_length=200, blank=True)
    contact = models.TextField(_("who to contact"), blank=True)
    what_it_took = RichTextField(_("what it took"), features=RICH_TEXT_FEATURES, blank=True)
    results = RichTextField(_("results"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("is_example")]),
        FieldPanel("themes"),
        FieldPanel("intro"),
        FieldPanel("where"),
        FieldPanel("contact"),
        FieldPanel("what_it_took"),
        FieldPanel("results"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("what_it_took"),
        index.SearchField("results"),
        index.FilterField("municipality"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [SynchronizedField("themes")]
    parent_page_types = ["guide.GoodPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def theme_labels(self):
        labels = dict(Theme.choices)
        return [labels[code] for code in split_codes(self.themes) if code in labels]


class ServiceProviderQuerySet(models.QuerySet):
    def in_locale_or_default(self, locale):
        """Services in `locale`, plus the default-language (Finnish) record of each one not yet translated.

        A visitor reading Arabic still sees every service, in Arabic where a trainer has
        translated it and in Finnish until then; one query, with the fallback as a subquery.
        """
        default = Locale.get_default()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        translated = ServiceProvider.objects.filter(locale=locale).values("translation_key")
        return self.filter(
            models.Q(locale=locale) | models.Q(locale=default) & ~models.Q(translation_key__in=translated)
        )


class ServiceProvider(TranslatableMixin, index.Indexed, models.Model):
    """A service on the service map: who offers what, where, in which languages, and how to reach them.

    A snippet rather than a page, because a provider is a record that several pages point at
    (the service map lists it, an employment path step links it).
    """

    name = models.CharField(_("name"), max_length=200)
    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    kind = models.CharField(_("kind of service"), max_length=30, choices=ServiceKind.choices)
    languages = CodeListField(_("languages served"), code_choices=language_choices)
    description = models.TextField(_("description"), blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True, help_text=_("Phone or e-mail"))
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Shown as an example written for the demo, not a real service.")
    )

    objects = ServiceProviderQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("kind")]),
        FieldPanel("languages"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("contact"), FieldPanel("website"), FieldPanel("address")], _("Contact")),
        FieldPanel("is_example"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("municipality"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("languages"),
        SynchronizedField("contact"),
        SynchronizedField("address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service provider")
        verbose_name_plural = _("service providers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def language_codes(self):
        return split_codes(self.languages)


class ServiceMapPage(IntroPage):
    """The local service network as a filterable list (the primary view; no map tiles needed)."""


    content_panels = IntroPage.content_panels
    search_fields = IntroPage.search_fields
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service map")
        verbose_name_plural = _("service maps")

    def filtered_services(self, request):
        filters = {
            "municipality": chosen(request, "municipality", Municipality.choices),
            "kind": chosen(request, "kind", ServiceKind.choices),
            "language": chosen(request, "language", language_choices()),
        }
        services = ServiceProvider.objects.in_locale_or_default(self.locale)
        if filters["municipality"]:
            services = services.filter(municipality=filters["municipality"])
        if filters["kind"]:
            services = services.filter(kind=filters["kind"])
        if filters["language"]:
            services = services.filter(**contains_code("languages", filters["language"]))
        return services.order_by("municipality", "name"), filters

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services, filters = self.filtered_services(request)
        context.update(
            services=services,
            filters=filters,
            municipalities=Municipality.choices,
            kinds=ServiceKind.choices,
            languages=language_choices(),
        )
        return context

    def get_template(self, request, *args, **kwargs):
        template = super().get_template(request, *args, **kwargs)
        if getattr(request, "htmx", False):
            return f"{template}#results"
        return template

    def serve(self, request, *args, **kwargs):
        """The results alone answer htmx, the whole page the rest, at one URL: caches must tell them apart."""
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        return response


class EmploymentPathPage(IntroPage):
    """A path from arrival to work as ordered steps, each linking the lessons and services that help."""

    steps = StreamField(PathStepsBlock(), blank=True, use_json_field=True, verbose_name=_("steps"))

    content_panels = IntroPage.content_panels + [FieldPanel("steps")]
    search_fields = IntroPage.search_fields + [index.SearchField("steps")]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("employment path")
        verbose_name_plural = _("employment paths")


class LinkTipsPage(IntroPage):
    """Curated links to material in one's own language or in plain language, filterable by language."""

    links = StreamField(LinkTipsBlock(), blank=True, use_json_field=True, verbose_name=_("links"))

    content_panels = IntroPage.content_panels + [FieldPanel("links")]
    search_fields = IntroPage.search_fields + [index.SearchField("links")]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("link tips")
        verbose_name_plural = _("link tips pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = chosen(request, "language", language_choices())
        links = [block for block in self.links if not language or language in block.value["languages"]]
        context.update(tips=links, language=language, languages=language_choices())
        return context


class EventIndexPage(IntroPage):
    """Events of the project: upcoming first, then past ones, newest first."""


    content_panels = IntroPage.content_panels
    search_fields = IntroPage.search_fields
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = ["guide.EventPage"]

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate(timezone=HELSINKI)
        events = EventPage.objects.live().child_of(self)
        context["upcoming"] = events.filter(date__gte=today).order_by("date", "start_time")
        context["past"] = events.filter(date__lt=today).order_by("-date", "-start_time")
        return context


class EventPage(BasePage):
    """An event with its date, time (Helsinki time), place and programme, and a calendar file to save it."""

    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"), help_text=_("Finnish time (Europe/Helsinki)"))
    end_time = models.TimeField(_("end time"), help_text=_("Finnish time (Europe/Helsinki)"))
    place = models.CharField(_("place"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    programme = RichTextField(_("programme"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("place"),
        FieldPanel("intro"),
        FieldPanel("programme"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("place"),
        index.SearchField("intro"),
        index.SearchField("programme"),
    ]
    parent_page_types = ["guide.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def starts_at(self):
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=HELSINKI)

    @property
    def ends_at(self):
        return datetime.datetime.combine(self.date, self.end_time, tzinfo=HELSINKI)


class MaterialsPage(IntroPage):
    """Brochures and publications of the project as documents, each with a description."""

    materials = StreamField(MaterialsBlock(), blank=True, use_json_field=True, verbose_name=_("materials"))

    content_panels = IntroPage.content_panels + [FieldPanel("materials")]
    search_fields = IntroPage.search_fields + [index.SearchField("materials")]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("materials page")
        verbose_name_plural = _("materials pages")


class PeerGroupFormField(TranslatableMixin, AbstractFormField):
    """A field of the peer group sign-up form; translatable, but its key (clean_name) stays the same,
    so submissions in every language land in the same columns."""

    page = ParentalKey("PeerGroupPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class PeerGroupFormBuilder(FormBuilder):
    """Wagtail's form builder with a length limit on every free-text field of the sign-up form.

    Wagtail caps single-line fields at 255 characters only; its e-mail field is Django's, which allows 320
    (a 261-character address was stored), and multi-line and hidden fields take any length. A submission is
    stored and mailed to the organisers, so each field gets a limit: 254 for an e-mail address (the longest
    one SMTP delivers, as in Django's model EmailField), 255 for a line, 5,000 for a message. Django's own
    max-length validation refuses a longer value with its translated error, and the input gets a `maxlength`.
    """

    EMAIL_MAX_LENGTH = 254
    LINE_MAX_LENGTH = 255
    TEXT_MAX_LENGTH = 5000

    def create_singleline_field(self, field, options):
        return super().create_singleline_field(field, {**options, "max_length": self.LINE_MAX_LENGTH})

    def create_multiline_field(self, field, options):
        return super().create_multiline_field(field, {**options, "max_length": self.TEXT_MAX_LENGTH})

    def create_email_field(self, field, options):
        return super().create_email_field(field, {**options, "max_length": self.EMAIL_MAX_LENGTH})

    def create_hidden_field(self, field, options):
        return super().create_hidden_field(field, {**options, "max_length": self.LINE_MAX_LENGTH})


class PeerGroupPage(AbstractEmailForm, BasePage):
    """Peer mentoring groups for staff: what they are, and a sign-up form built with Wagtail's form builder.

    Submissions are stored by Wagtail and shown in the admin's Forms section to users who may
    edit this page (the Trainers group), never to learners, who have no admin access. Their CSV
    download quotes sign-ups that a spreadsheet would run as formulas (home/spreadsheets.py).
    """

    submissions_list_view_class = SubmissionsListView
    form_builder = PeerGroupFormBuilder

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(_("thank-you text"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            _("E-mail"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("peer group page")
        verbose_name_plural = _("peer group pages")
