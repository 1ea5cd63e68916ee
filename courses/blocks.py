"""Lesson blocks: what a trainer builds a lesson from.

Each block carries an icon, a template, a description and a preview value (docs/design.md
conventions), so the editor's block previews work. Optional text fields default to "",
never None: wagtail-localize's segment extraction raises TypeError on None.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import HeadingBlock, ParagraphBlock

CALLOUT_KINDS = [
    ("tip", _("Tip")),
    ("warning", _("Warning")),
    ("working_life", _("In Finnish working life")),
]


class LessonImageBlock(blocks.StructBlock):
    """An illustration; the alt text is required because many learners use screen readers."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"), max_length=300, help_text=_("What the image shows, for screen readers.")
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "blocks/lesson_image_block.html"
        label = _("Image")
        description = _("An image with required alternative text and an optional caption.")

    def get_preview_value(self):
        """Preview with the newest image in the library, so the editor sees a real picture."""
        from wagtail.images import get_image_model

        return self.to_python(
            {
                "image": get_image_model().objects.order_by("-pk").values_list("pk", flat=True).first(),
                "alt_text": "Työpaikan taukotila",
                "caption": "Taukotilassa jutellaan myös työkavereiden kanssa.",
            }
        )


class VideoBlock(blocks.StructBlock):
    """A video from an embed address, always with a transcript (for deaf learners and slow networks)."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript"))

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video with a required transcript.")
        preview_value = {
            "url": "https://example.com/video",
            "title": "Työsopimus",
            "transcript": "Tässä videossa kerrotaan työsopimuksesta.",
        }


class AudioBlock(blocks.StructBlock):
    """A sound file (an uploaded document such as an MP3) with a transcript."""

    audio = DocumentChooserBlock(label=_("Audio file"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/audio_block.html"
        label = _("Audio")
        description = _("A sound file, such as a dialogue read aloud, with an optional transcript.")

    def get_preview_value(self):
        """Preview with the newest document in the library (the block needs a file to show a player)."""
        from wagtail.documents import get_document_model

        return self.to_python(
            {
                "audio": get_document_model().objects.order_by("-pk").values_list("pk", flat=True).first(),
                "title": "Dialogi: sairauspoissaolo",
                "transcript": "Hei, olen tänään sairas enkä pääse töihin.",
            }
        )


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning, or how a thing works in Finnish working life."""

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="tip")
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted tip, warning or note about Finnish working life.")
        preview_value = {
            "kind": "working_life",
            "title": "Suomessa",
            "text": "<p>Kello 8.00 tarkoittaa 8.00, ei 8.10.</p>",
        }


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    explanation = blocks.TextBlock(label=_("Plain explanation"))

    class Meta:
        icon = "tag"
        label = _("Term")


class KeyTermsBlock(blocks.StructBlock):
    """Words a learner needs, each with a plain explanation."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    terms = blocks.ListBlock(KeyTermBlock(), label=_("Terms"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_terms_block.html"
        label = _("Key terms")
        description = _("Important words with plain explanations.")
        preview_value = {
            "heading": "Sanasto",
            "terms": [{"term": "TES", "explanation": "Työehtosopimus: alan palkat ja ehdot."}],
        }


class DialogueLineBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=80)
    text = blocks.TextBlock(label=_("Line"))

    class Meta:
        icon = "openquote"
        label = _("Line")


class ScenarioBlock(blocks.StructBlock):
    """A short situation from working life, optionally as a dialogue, with a question to think about."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.TextBlock(label=_("Situation"))
    lines = blocks.ListBlock(DialogueLineBlock(), label=_("Dialogue"), required=False, default=[])
    question = blocks.CharBlock(label=_("Question to think about"), max_length=300, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/scenario_block.html"
        label = _("Scenario or dialogue")
        description = _("A situation from working life, told as a story or a dialogue.")
        preview_value = {
            "title": "Ensimmäinen työpäivä",
            "situation": "Ali aloittaa työt varastossa.",
            "lines": [{"speaker": "Esihenkilö", "text": "Tervetuloa! Tässä on työsopimuksesi."}],
            "question": "Mitä Alin kannattaa tarkistaa sopimuksesta?",
        }


class ChecklistBlock(blocks.StructBlock):
    """Things to check or do, as a list the learner can tick in their head."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Items"))

    class Meta:
        icon = "tasks"
        template = "blocks/checklist_block.html"
        label = _("Checklist")
        description = _("A list of things to check or do.")
        preview_value = {"title": "Tarkista sopimuksesta", "items": ["Palkka", "Työaika", "Koeaika"]}


class ReflectionBlock(blocks.StructBlock):
    """A question to think about; not graded, nothing is stored."""

    prompt = blocks.TextBlock(label=_("Question"))

    class Meta:
        icon = "help"
        template = "blocks/reflection_block.html"
        label = _("Reflection prompt")
        description = _("A question for the learner to think about. Not graded.")
        preview_value = {"prompt": "Millainen oli ensimmäinen työpäiväsi?"}


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    url = blocks.URLBlock(label=_("Address"))
    valid_as_of = blocks.DateBlock(label=_("Valid as of"))

    class Meta:
        icon = "link"
        label = _("Source")


class SourcesBlock(blocks.StructBlock):
    """Where the lesson's facts come from, and when they were checked; shown at the lesson's end."""

    sources = blocks.ListBlock(SourceBlock(), label=_("Sources"))

    class Meta:
        icon = "link"
        template = "blocks/sources_block.html"
        label = _("Sources")
        description = _("The sources of the lesson's facts, with the date they were checked.")
        preview_value = {
            "sources": [
                {
                    "title": "Työsuojelu.fi",
                    "url": "https://www.tyosuojelu.fi/",
                    "valid_as_of": datetime.date(2026, 11, 1),
                }
            ]
        }


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson body may contain."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = LessonImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    key_terms = KeyTermsBlock()
    scenario = ScenarioBlock()
    checklist = ChecklistBlock()
    reflection = ReflectionBlock()
    sources = SourcesBlock()
