"""Blocks shared by the home page, standard pages and the guide.

Each block carries an icon, a template, a description and a preview value, so the
editor's block previews work (docs/design.md, conventions).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 so the page outline stays correct."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Työsopimus", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with a small feature set: emphasis, links and lists only."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Text with bold, italic, links and lists.")
        preview_value = "<p>Työsopimus kannattaa tehdä kirjallisena.</p>"


class AudienceCardBlock(blocks.StructBlock):
    """One audience's way in from the home page: who it is for and where to go."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "user"
        label = _("Audience card")


class AudienceCardsBlock(blocks.StructBlock):
    """A row of cards, one per audience (immigrants, staff, employers)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    cards = blocks.ListBlock(AudienceCardBlock(), label=_("Cards"))

    class Meta:
        icon = "group"
        template = "blocks/audience_cards_block.html"
        label = _("Audience cards")
        description = _("Cards that lead each audience to its courses and guide sections.")
        preview_value = {"heading": "Kenelle?", "cards": []}


class SharedStreamBlock(blocks.StreamBlock):
    """The blocks every general page may use."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    audience_cards = AudienceCardsBlock()
