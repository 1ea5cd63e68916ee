"""Turn the demo content modules (content-format.md) into Finnish pages and their translations.

The Finnish pages are built first; every other language is made with wagtail-localize's own
translation objects (`home.translation.translate`), so trainers see real translations in the
editor that stay in sync with the Finnish source, exactly as if a translator had written them.

wagtail-localize extracts plain text for Char/Text blocks and fields (line breaks as `<br/>`)
and one string per `<p>`/`<li>` element of rich text; `string_pairs()` builds the same strings
from the content data, so each Finnish string can be paired with its translation.

Everything is idempotent: a page is created only when its slug is missing under its parent,
and translated only when it has no translation in that language yet.
"""

import importlib
import io
import math
import pkgutil
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.site_setup import ensure_site
from home.translation import source_strings, translate

SOURCE = settings.LANGUAGE_CODE
PACKAGE = "courses.demo_content"
LESSON_BLOCKS = LessonPage.body.field.stream_block
RICH_ELEMENT = re.compile(r"<(p|li)>(.*?)</\1>", re.DOTALL)

INDEX_SLUG = "kurssit"
INDEX_TITLE = {
    "fi": "Kurssit",
    "sv": "Kurser",
    "en": "Courses",
    "ar": "الدورات",
    "fa": "دوره‌ها",
    "so": "Koorsooyin",
    "ru": "Курсы",
    "uk": "Курси",
    "et": "Kursused",
    "tr": "Kurslar",
}
INDEX_INTRO = {
    "fi": "Lyhyitä verkkokursseja. Valitse kurssi ja opiskele omaan tahtiisi.",
    "sv": "Korta webbkurser. Välj en kurs och studera i din egen takt.",
    "en": "Short online courses. Choose a course and study at your own pace.",
    "ar": "دورات قصيرة عبر الإنترنت. اختر دورة وادرس حسب وتيرتك الخاصة.",
    "ru": "Короткие онлайн-курсы. Выберите курс и учитесь в своём темпе.",
    "uk": "Короткі онлайн-курси. Оберіть курс і навчайтеся у власному темпі.",
}


def _say(stdout, message):
    if stdout:
        stdout.write(message)


# --- Reading the content modules ---------------------------------------------------------


@dataclass
class CourseContent:
    """One course assembled from its parts (e.g. working_life_1 + working_life_2)."""

    key: str
    course: dict | None = None
    modules: list = field(default_factory=list)
    final_quiz: dict | None = None

    @property
    def languages(self):
        """The languages this course is translated into, besides Finnish."""
        return [code for code in self.course["title"] if code != SOURCE]


def course_key(module_name):
    """`working_life_2` and `working_life_1` belong to the course `working_life`."""
    return re.sub(r"_\d+$", "", module_name)


def discover_courses(stdout=None):
    """Every course found in courses/demo_content, tolerating parts that are missing or unfinished.

    Parts are written in parallel by different people; a part that does not import yet (or a
    course without its COURSE part) is skipped with a note rather than breaking `load_demo`.
    """
    package = importlib.import_module(PACKAGE)
    courses = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda info: info.name):
        if info.name == "loader" or info.ispkg:
            continue
        try:
            part = importlib.import_module(f"{PACKAGE}.{info.name}")
        except Exception as error:  # noqa: BLE001 - an unfinished part must not stop the others
            _say(stdout, f"  skipped content part {info.name}: {error!r}")
            continue
        content = courses.setdefault(course_key(info.name), CourseContent(key=course_key(info.name)))
        if isinstance(getattr(part, "COURSE", None), dict):
            content.course = part.COURSE
        content.modules.extend(module for module in getattr(part, "MODULES", []) if _complete_module(module))
        if isinstance(getattr(part, "FINAL_QUIZ", None), dict):
            content.final_quiz = part.FINAL_QUIZ
    return [content for content in courses.values() if content.course and "slug" in content.course]


def _complete_module(module):
    return isinstance(module, dict) and "slug" in module and "title" in module


def complete_lessons(module):
    """The lessons of a module that have what a page needs (skips half-written ones)."""
    return [
        lesson
        for lesson in module.get("lessons", [])
        if isinstance(lesson, dict) and {"slug", "title", "body"} <= lesson.keys()
    ]


# --- Picking one language and pairing strings ---------------------------------------------


def is_localized(value):
    return isinstance(value, dict) and SOURCE in value and all(isinstance(v, str) for v in value.values())


def pick(value, language=SOURCE):
    """The content value with every localized string resolved to `language` (Finnish if missing)."""
    if is_localized(value):
        return value.get(language) or value[SOURCE]
    if isinstance(value, dict):
        return {key: pick(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(pick(item, language) for item in value)
    return value


def segments(text):
    """A string as wagtail-localize extracts it: rich-text elements one by one, else the whole text."""
    elements = [inner.strip() for _tag, inner in RICH_ELEMENT.findall(text)]
    if elements:
        return elements
    return [text.strip().replace("\n", "<br/>")]


def string_pairs(value, language, pairs=None, stdout=None):
    """{Finnish string: translation} for every localized string in `value` (walked recursively)."""
    pairs = {} if pairs is None else pairs
    if is_localized(value):
        translated = value.get(language)
        if translated:
            source_parts, target_parts = segments(value[SOURCE]), segments(translated)
            if len(source_parts) == len(target_parts):
                pairs.update(zip(source_parts, target_parts, strict=True))
            else:
                _say(stdout, f"  [{language}] element count differs, kept Finnish: {value[SOURCE][:60]!r}")
    elif isinstance(value, dict):
        for item in value.values():
            string_pairs(item, language, pairs, stdout)
    elif isinstance(value, list | tuple):
        for item in value:
            string_pairs(item, language, pairs, stdout)
    return pairs


def untranslated_strings(value, found=None):
    """Strings meant to stay as written in every language (plain Finnish, source titles, addresses)."""
    found = set() if found is None else found
    if is_localized(value):
        return found
    if isinstance(value, str):
        found.update(segments(value))
    elif isinstance(value, dict):
        for item in value.values():
            untranslated_strings(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            untranslated_strings(item, found)
    return found


# --- StreamField raw data ----------------------------------------------------------------


def stream_data(blocks, language=SOURCE, images=None):
    """Content blocks [(type, value), ...] as StreamField raw data in one language.

    Image blocks name an illustration by key ("contract"); it becomes the Wagtail image's id.
    Optional text left out of the data becomes "" (wagtail-localize cannot extract None).
    """
    images = images or {}
    data = []
    for block_type, value in blocks:
        value = pick(value, language)
        if block_type == "image":
            image = images.get(value["image"])
            if image is None:
                continue
            value = {"caption": "", **value, "image": image.pk}
        elif block_type == "callout":
            value = {"title": "", **value}
        elif block_type == "scenario":
            value = {"lines": [], "question": "", **value}
        elif block_type == "key_terms":
            value = {"heading": "", **value}
        data.append({"type": block_type, "value": value})
    return data


def native_stream(stream_block, raw):
    """Raw StreamField data as native block values, so saving writes Wagtail's normalised JSON.

    Assigned as raw data, a StreamField saves it verbatim: ListBlock items would then keep the
    old list format with no item ids, which wagtail-localize does not translate and quizzes cannot
    use as choice identities. Converting each child first gives every list item its own id.
    """
    return [(item["type"], stream_block.child_blocks[item["type"]].to_python(item["value"])) for item in raw]


# --- Illustrations -----------------------------------------------------------------------


def _canvas():
    from PIL import Image as PillowImage
    from PIL import ImageDraw

    image = PillowImage.new("RGB", (800, 450), "#eef4f8")
    return image, ImageDraw.Draw(image)


def draw_contract():
    """A signed contract with a pen: the employment contract lesson."""
    image, draw = _canvas()
    draw.rounded_rectangle((250, 40, 550, 420), radius=12, fill="white", outline="#1d3557", width=6)
    draw.rectangle((285, 75, 515, 100), fill="#1d3557")
    for y in range(135, 320, 32):
        draw.line((285, y, 515 - (y % 3) * 30, y), fill="#8aa1b4", width=8)
    draw.line((300, 375, 340, 350, 380, 380, 420, 355, 460, 372), fill="#e63946", width=6, joint="curve")
    draw.polygon([(600, 120), (630, 150), (470, 330), (440, 340), (450, 310)], fill="#f4a261", outline="#1d3557")
    return image


def draw_coins():
    """Coins and a tax card with a percent sign: the pay and tax lessons."""
    image, draw = _canvas()
    draw.rounded_rectangle((130, 110, 470, 330), radius=20, fill="white", outline="#1d3557", width=6)
    draw.rectangle((130, 150, 470, 185), fill="#457b9d")
    draw.ellipse((170, 220, 210, 260), outline="#e63946", width=8)
    draw.line((205, 300, 290, 210), fill="#e63946", width=8)
    draw.ellipse((255, 255, 295, 295), outline="#e63946", width=8)
    for index, x in enumerate((540, 600, 660)):
        top = 300 - index * 40
        draw.ellipse((x - 50, top, x + 50, top + 60), fill="#e9c46a", outline="#a07c12", width=5)
    draw.rectangle((540, 330, 690, 360), fill="#e9c46a", outline="#a07c12", width=5)
    return image


def draw_clock():
    """A wall clock at eight: working hours and punctuality."""
    image, draw = _canvas()
    draw.ellipse((250, 25, 650, 425), fill="white", outline="#1d3557", width=12)
    for hour in range(12):
        angle = math.radians(hour * 30)
        x1, y1 = 450 + 160 * math.sin(angle), 225 - 160 * math.cos(angle)
        x2, y2 = 450 + 180 * math.sin(angle), 225 - 180 * math.cos(angle)
        draw.line((x1, y1, x2, y2), fill="#1d3557", width=8)
    draw.line((450, 225, 450, 80), fill="#1d3557", width=10)
    draw.line((450, 225, 355, 280), fill="#e63946", width=14)
    draw.ellipse((435, 210, 465, 240), fill="#1d3557")
    return image


def draw_calendar():
    """A calendar page with marked holiday days: annual holidays."""
    image, draw = _canvas()
    draw.rounded_rectangle((200, 50, 600, 420), radius=16, fill="white", outline="#1d3557", width=6)
    draw.rectangle((200, 50, 600, 120), fill="#2a9d8f")
    for ring in (290, 510):
        draw.rounded_rectangle((ring - 10, 30, ring + 10, 80), radius=8, fill="#1d3557")
    for row in range(4):
        for column in range(7):
            x, y = 225 + column * 53, 145 + row * 65
            holiday = row in (1, 2) and column < 5
            draw.rectangle((x, y, x + 40, y + 45), fill="#f4a261" if holiday else "#e5ecf1")
    return image


ILLUSTRATIONS = {
    "contract": ("Kotopaikka: työsopimus", draw_contract),
    "coins": ("Kotopaikka: palkka ja verokortti", draw_coins),
    "clock": ("Kotopaikka: kello", draw_clock),
    "calendar": ("Kotopaikka: kalenteri", draw_calendar),
}


def ensure_illustrations():
    """The project's own illustrations, drawn with Pillow at load time and stored as Wagtail images."""
    Image = get_image_model()
    images = {}
    for key, (title, draw) in ILLUSTRATIONS.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            buffer = io.BytesIO()
            draw().save(buffer, format="PNG", optimize=True)
            image = Image(title=title, file=ImageFile(buffer, name=f"kotopaikka-{key}.png"))
            image.save()
        images[key] = image
    return images


# --- Pages and translations --------------------------------------------------------------


def child_by_slug(parent, slug):
    """The specific child page of `parent` with `slug`, or None."""
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def ensure_child(parent, page, stdout=None):
    """Add `page` (unsaved) under `parent` and publish it, unless a child with its slug exists."""
    existing = child_by_slug(parent, page.slug)
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    _say(stdout, f"  created {page._meta.model_name} {page.slug}")
    return page, True


def translate_missing(page, languages, content, stdout=None):
    """Translate `page` into each language it is not yet translated into, from the content data."""
    kept = None
    for language in languages:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None or page.has_translation(locale):
            continue
        mapping = string_pairs(content, language, stdout=stdout)
        if kept is None:
            kept = untranslated_strings(content)
            missing = [s for s in source_strings(page) if s not in mapping and s not in kept]
            if missing:
                _say(stdout, f"  {page.slug}: no translation for {missing[:3]!r}")
        translate(page, language, mapping)
        _say(stdout, f"  translated {page.slug} into {language}")


def ensure_course_index(stdout=None):
    """The course catalogue under the Finnish home page, translated into every content language."""
    home = ensure_site()
    index, _created = ensure_child(
        home,
        CourseIndexPage(title=INDEX_TITLE[SOURCE], slug=INDEX_SLUG, intro=INDEX_INTRO[SOURCE], show_in_menus=True),
        stdout,
    )
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE]
    translate_missing(index, languages, {"title": INDEX_TITLE, "intro": INDEX_INTRO}, stdout)
    return index


def load_lessons(stdout=None):
    """Build every demo course's pages: course, modules and lessons (quizzes come from quizzes.demo)."""
    images = ensure_illustrations()
    index = ensure_course_index(stdout)
    for content in discover_courses(stdout):
        load_course(index, content, images, stdout)
    return index


def load_course(index, content, images, stdout=None):
    """Create the Finnish pages of one course, then translate them top-down."""
    data = content.course
    cover = images.get(data.get("cover_image", "")) if data.get("cover_image") else None
    course, _created = ensure_child(
        index,
        CoursePage(
            title=pick(data["title"]),
            slug=data["slug"],
            intro=pick(data.get("intro", "")),
            audience=data.get("audience", "immigrants"),
            learning_outcomes=pick(data.get("learning_outcomes", "")),
            estimated_minutes=data.get("estimated_minutes", 30),
            grants_certificate=data.get("grants_certificate", False),
            cover_image=cover,
        ),
        stdout,
    )
    built = [(course, {key: data.get(key, "") for key in ("title", "intro", "learning_outcomes")})]
    for module_data in content.modules:
        module, _created = ensure_child(
            course,
            ModulePage(
                title=pick(module_data["title"]), slug=module_data["slug"], intro=pick(module_data.get("intro", ""))
            ),
            stdout,
        )
        built.append((module, {"title": module_data["title"], "intro": module_data.get("intro", "")}))
        for lesson_data in complete_lessons(module_data):
            lesson, _created = ensure_child(
                module,
                LessonPage(
                    title=pick(lesson_data["title"]),
                    slug=lesson_data["slug"],
                    intro=pick(lesson_data.get("intro", "")),
                    estimated_minutes=lesson_data.get("estimated_minutes", 5),
                    body=native_stream(LESSON_BLOCKS, stream_data(lesson_data["body"], images=images)),
                    plain_body=native_stream(
                        LESSON_BLOCKS, stream_data(lesson_data.get("plain_body", []), images=images)
                    ),
                ),
                stdout,
            )
            built.append((lesson, lesson_data))
    # Top-down: a page's parent is always translated before the page itself.
    for page, page_content in built:
        translate_missing(page, content.languages, page_content, stdout)
    return course
