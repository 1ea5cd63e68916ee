"""Translate a page or snippet through wagtail-localize's own objects, from a {source: translation} dict.

Tests use this to build small translated sites whose translations are real wagtail-localize
translations (they show up in the editor's translation view and stay in sync with the source).
Site content is not translated here: it comes from content/locale/*.po through `import_content`,
keyed by segment context rather than by the Finnish text alone (docs/content.md).
"""

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


@transaction.atomic
def translate(instance, language_code, strings, publish=True):
    """Create (or refresh) `instance`'s translation into `language_code`.

    `strings` maps each source string (as wagtail-localize extracted it) to its translation;
    a string missing from it keeps the source text. Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    if isinstance(instance, DraftStateMixin):
        # wagtail-localize publishes in transaction.on_commit(); publish here instead, so the
        # translation is live at once, also inside a test's transaction.
        target, _created = source.create_or_update_translation(
            locale, publish=False, fallback=True, copy_parent_pages=True
        )
        if publish:
            target.get_latest_revision().publish()
    else:
        translation.save_target()
    return instance.get_translation(locale)


def source_strings(instance):
    """The strings wagtail-localize extracts from `instance`, in order (to write a translation)."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return [
        s.string.data
        for s in StringSegment.objects.filter(source=source).select_related("string").order_by("order")
    ]
