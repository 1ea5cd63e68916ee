"""The home page and standard pages.

Every page model of the project keeps the same slug in every language (`SynchronizedField`),
so a page's address differs between languages only by its prefix (/fi/, /ar/ ...): the
language switcher and the fallback for untranslated pages rely on that.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .blocks import SharedStreamBlock


class BasePage(Page):
    """Abstract base for every page type: slug shared across translations."""

    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The front door: says what the site offers and leads each audience onward."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(SharedStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(BasePage):
    """A plain content page, such as the privacy notice or "about the project"."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(SharedStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
