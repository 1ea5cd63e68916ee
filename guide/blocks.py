"""Blocks of the guide pages: employment path steps, link tips and materials.

Codes (the stage of a step, the kind of a link, its languages) are ChoiceBlocks, which
wagtail-localize copies to translations unchanged; the texts around them are translated.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import RICH_TEXT_FEATURES

from .choices import LinkKind, language_choices

PATH_STAGES = [
    ("arrival", _("Arrival")),
    ("integration_plan", _("Integration plan")),
    ("language_training", _("Language training")),
    ("work_tryout", _("Work try-out")),
    ("training", _("Training")),
    ("job", _("Job")),
]


class PathStepValue(blocks.StructValue):
    def stage_label(self):
        return dict(PATH_STAGES).get(self.get("stage"), "")


class PathStepBlock(blocks.StructBlock):
    """One step from arrival to work, with the lessons, guide pages and services that help with it."""

    stage = blocks.ChoiceBlock(
        label=_("Stage"),
        choices=PATH_STAGES,
        default="integration_plan",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")),
        label=_("Lessons and guide pages"),
        default=[],
    )
    services = blocks.ListBlock(
        SnippetChooserBlock("guide.ServiceProvider", label=_("Service")),
        label=_("Services"),
        default=[],
    )

    class Meta:
        icon = "arrow-right"
        value_class = PathStepValue
        template = "blocks/guide/path_step_block.html"
        label = _("Step")
        description = _("A step on the way from arrival to work, with the lessons and services that help.")
        preview_value = {
            "stage": "integration_plan",
            "title": "Kotoutumissuunnitelma",
            "text": "<p>Kotoutumissuunnitelma tehdään yhdessä kunnan työllisyys- ja kotoutumispalveluiden kanssa.</p>",
            "pages": [],
            "services": [],
        }


class PathStepsBlock(blocks.StreamBlock):
    step = PathStepBlock()


class LinkTipValue(blocks.StructValue):
    def kind_label(self):
        return dict(LinkKind.choices).get(self.get("kind"), "")


class LinkTipBlock(blocks.StructBlock):
    """A curated external link: what it is, whether it is in one's own or plain language, which languages."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=LinkKind.choices, default=LinkKind.OWN_LANGUAGE)
    languages = blocks.MultipleChoiceBlock(
        label=_("Languages"), choices=language_choices, default=[], widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        icon = "link-external"
        value_class = LinkTipValue
        template = "blocks/guide/link_tip_block.html"
        label = _("Link tip")
        description = _("An external link to material in one's own language or in plain language.")
        preview_value = {
            "title": "Infopankki",
            "url": "https://www.infopankki.fi/",
            "description": "Tietoa Suomesta monella kielellä.",
            "kind": "own_language",
            "languages": ["fi", "en", "ar"],
        }


class LinkTipsBlock(blocks.StreamBlock):
    link = LinkTipBlock()


class MaterialBlock(blocks.StructBlock):
    """A brochure or report: the document and a sentence on what is in it."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")

    class Meta:
        icon = "doc-full"
        template = "blocks/guide/material_block.html"
        label = _("Material")
        description = _("A brochure or publication as a document, with a description.")


class MaterialsBlock(blocks.StreamBlock):
    material = MaterialBlock()
