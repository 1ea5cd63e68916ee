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
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from .blocks import SharedStreamBlock


class BasePage(Page):
    """Abstract base for every page type: slug shared across translations."""

    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True


class IntroPage(BasePage):
    """Abstract base for pages that open with a short plain-text introduction (most of them).

    Subclasses extend `IntroPage.content_panels` and `IntroPage.search_fields`, so the field, its
    editor panel and its search entry are declared once.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True


class HomePage(IntroPage):
    """The front door: says what the site offers and leads each audience onward."""

    body = StreamField(SharedStreamBlock(), blank=True, use_json_field=True)

    content_panels = IntroPage.content_panels + [FieldPanel("body")]
    search_fields = IntroPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    def route(self, request, path_components):
        """Find the requested page by its url_path in two queries, not two per level.

        Wagtail's own routing walks the tree one level at a time (a child lookup and a
        `.specific` query for home, catalogue, course, module and lesson: 11 queries for a
        lesson). A live page whose url_path matches is the same page that walk would reach;
        anything else (a sub-route, an unpublished page, a miss) takes Wagtail's walk, so its
        404s and hooks stay as they were. Measured: bench/hotspots.py.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.live().filter(url_path=url_path).specific().first()
            if page is not None:
                return RouteResult(page)
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(IntroPage):
    """A plain content page, such as the privacy notice or "about the project"."""

    body = StreamField(SharedStreamBlock(), blank=True, use_json_field=True)

    content_panels = IntroPage.content_panels + [FieldPanel("body")]
    search_fields = IntroPage.search_fields + [index.SearchField("body")]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
