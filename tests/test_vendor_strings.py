"""Django's and Wagtail's own strings on learner pages are in the learner's language.

Sign-up, sign-in and password pages show labels, help texts and errors written by Django (form
fields, password validators) and Wagtail (a page behind a password). Django and Wagtail ship no
Somali, so without locale-vendor/ a Somali learner saw them in Finnish (Django falls back to
LANGUAGE_CODE) or in English (a msgid Django's Finnish catalogue lacks). The same happened in other
languages where a catalogue lags behind Django, and Django's Persian, Turkish, Estonian and Arabic
use another word for "password" than the site does, so one form showed two words.
"""

import datetime
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import django
import polib
import pytest
import wagtail
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.template.defaultfilters import date
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
DJANGO = Path(django.__file__).parent
WAGTAIL = Path(wagtail.__file__).parent
CATALOGUES = [DJANGO / "conf", DJANGO / "contrib" / "auth", WAGTAIL]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


class _Text(HTMLParser):
    """The text a reader meets: text nodes, and placeholder, title, aria-label and button values."""

    def __init__(self):
        super().__init__()
        self.chunks, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")
        attrs = dict(attrs)
        self.chunks += [attrs[a] for a in ("placeholder", "title", "aria-label") if attrs.get(a)]
        if tag == "input" and attrs.get("type") == "submit" and attrs.get("value"):
            self.chunks.append(attrs["value"])

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.chunks.append(" ".join(data.split()))


def visible_text(response):
    parser = _Text()
    parser.feed(response.content.decode())
    return parser.chunks


def _pattern(text):
    """A regex for a catalogue string: its placeholders match any value, spaces any run of spaces."""
    parts = [r"\s+".join(map(re.escape, part.split())) for part in PLACEHOLDER.split(text)]
    return ".+?".join(parts)


@cache
def foreign_strings(lang):
    """Django's and Wagtail's strings as a learner in `lang` must never see them: the English source
    (except in English) and the Finnish translation Django falls back to (except in Finnish).

    Strings the site's own catalogue defines are left out (the site translates them itself), and so
    are language names (the language menu shows each in its own language). One- and two-word strings
    count only as a whole label or text ("Password:"), longer ones anywhere in a text.
    """
    own = {e.msgid for e in polib.pofile(str(ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"))}
    sources = [] if lang == "en" else ["en"]
    sources += [] if lang == "fi" else ["fi"]
    found = {}
    for base in CATALOGUES:
        for source in sources:
            for entry in polib.pofile(str(base / "locale" / source / "LC_MESSAGES" / "django.po")):
                if entry.obsolete or entry.msgid in own:
                    continue
                texts = [entry.msgid, entry.msgid_plural] if source == "en" else [
                    entry.msgstr, *entry.msgstr_plural.values()
                ]
                for text in filter(None, texts):
                    words = PLACEHOLDER.sub(" ", text).split()
                    if sum(len(w) > 1 for w in words) == 0 or text in LANGUAGE_NAMES:
                        continue
                    if len(text.split()) <= 2:
                        regex = re.compile(rf"{_pattern(text)}\s*:?")
                        found[regex] = (text, "whole")
                    else:
                        found[re.compile(_pattern(text))] = (text, "part")
    return found


def foreign_in(chunks, lang):
    leaks = set()
    for regex, (text, how) in foreign_strings(lang).items():
        match = regex.fullmatch if how == "whole" else regex.search
        leaks.update(text for chunk in chunks if match(chunk))
    return sorted(leaks)


SIGNUP = {"username": "uusi-oppija", "email": "", "audience": "immigrant", "join_code": ""}


def _signup(client, lang, **fields):
    return client.post(f"/{lang}/accounts/signup/", {**SIGNUP, "preferred_language": lang, **fields})


SIGNUP_PAGES = {
    "sign-up page": lambda client, lang: client.get(f"/{lang}/accounts/signup/"),
    "password too short": lambda client, lang: _signup(client, lang, password1="ab1", password2="ab1"),
    "passwords do not match": lambda client, lang: _signup(
        client, lang, password1=PASSWORD, password2=PASSWORD + "x"
    ),
    "field missing": lambda client, lang: _signup(client, lang, username="", password1=PASSWORD, password2=""),
}


@pytest.mark.parametrize("page", SIGNUP_PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_signing_up_shows_no_english_or_finnish_django_strings(client, db, lang, page):
    response = SIGNUP_PAGES[page](client, lang)
    assert response.status_code == 200
    chunks = visible_text(response)
    assert foreign_in(chunks, lang) == []
    if page != "sign-up page":
        assert any("notice--error" in line for line in response.content.decode().splitlines())


def test_somali_sign_up_errors_are_in_somali(client, db):
    """The check above could pass on an empty page; here the Somali rules and errors are really shown."""
    text = " | ".join(visible_text(_signup(client, "so", password1="ab1", password2="ab2")))
    assert "Erayga sirta ah" in text
    assert "Labada eray sir ah isku mid ma aha." in text
    text = " | ".join(visible_text(_signup(client, "so", password1="ab1", password2="ab1")))
    assert "Erayga sirta ah aad buu u gaaban yahay. Waa inuu lahaadaa ugu yaraan 8 xaraf." in text


@pytest.fixture
def account_pages(client, make_user, home_page):
    """The other pages with Django's or Wagtail's forms, each after a failed try."""

    def visit(lang):
        user = make_user("oppija", email="oppija@example.com")
        pages = {"wrong sign-in": client.post(f"/{lang}/accounts/login/", {"username": "x", "password": "y"})}
        link = f"/{lang}/accounts/password/reset/{urlsafe_base64_encode(force_bytes(user.pk))}/"
        form_url = client.get(link + default_token_generator.make_token(user) + "/")["Location"]
        pages["new password mismatch"] = client.post(form_url, {"new_password1": "ab", "new_password2": "cd"})
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        pages["wrong old password"] = client.post(
            f"/{lang}/accounts/password/change/", {"old_password": "x", "new_password1": "a", "new_password2": "b"}
        )
        client.logout()
        page = StandardPage(title="Vain ryhmälle", slug="vain-ryhmalle", intro="Salainen.")
        home_page.add_child(instance=page)
        page.save_revision().publish()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="oikea"
        )
        form = client.get(f"/{lang}/vain-ryhmalle/").content.decode()
        action = re.search(rf'<form action="([^"]*/{restriction.id}/{page.id}/)"', form)[1]
        pages["page password"] = client.post(action, {"password": "väärä", "return_url": f"/{lang}/vain-ryhmalle/"})
        return pages

    return visit


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sign_in_and_password_pages_show_no_english_or_finnish_django_strings(account_pages, lang):
    pages = account_pages(lang)
    assert {name: response.status_code for name, response in pages.items()} == dict.fromkeys(pages, 200)
    leaks = {name: foreign_in(visible_text(response), lang) for name, response in pages.items()}
    assert leaks == dict.fromkeys(pages, [])


# The word the site uses for "password", and the ones Django's or Wagtail's own catalogues use instead.
PASSWORD_WORDS = {
    "fa": ("رمز عبور", ["گذرواژه", "رمزعبور"]),
    "tr": ("şifre", ["parola"]),
    "et": ("parool", ["salasõna"]),
    "ar": ("كلمة المرور", ["رمز المرور", "كلمة السر"]),
}


@pytest.mark.parametrize("lang", PASSWORD_WORDS)
def test_password_forms_use_one_word_for_password(client, account_pages, lang):
    word, others = PASSWORD_WORDS[lang]
    pages = {
        **account_pages(lang),
        "sign-up": _signup(client, lang, password1="12345678", password2="12345678"),
        "common password": _signup(client, lang, password1="password", password2="password"),
    }
    for name, response in pages.items():
        text = " ".join(visible_text(response)).casefold()
        assert word.casefold() in text, name
        assert [other for other in others if other.casefold() in text] == [], name


def test_dates_in_somali_name_the_month_in_somali():
    """An event's date in Somali read "maalis 5, 2026": Django has no Somali month names, so Finnish ones (and
    no Somali formats: config/formats/so puts the day first)."""
    with translation.override("so"):
        shown = date(datetime.date(2026, 3, 5), "DATE_FORMAT")
    assert shown == "5 Maarso 2026"


def _vendor_catalogues():
    return sorted((ROOT / "locale-vendor").glob("*/LC_MESSAGES/django.po"))


@cache
def _django_and_wagtail_entries():
    sources = [path for base in (DJANGO, WAGTAIL) for path in base.rglob("locale/en/LC_MESSAGES/django.po")]
    return {(e.msgctxt, e.msgid, e.msgid_plural) for path in sources for e in polib.pofile(str(path))}


@pytest.mark.parametrize("path", _vendor_catalogues(), ids=lambda p: p.parts[-3])
def test_vendor_catalogue_translates_only_django_and_wagtail_strings_completely(path):
    """A msgid that differs from Django's by one character (’ for ') would never be looked up."""
    po = polib.pofile(str(path))
    forms = int(re.search(r"nplurals\s*=\s*(\d+)", po.metadata["Plural-Forms"])[1])
    assert [e.msgid for e in po if (e.msgctxt, e.msgid, e.msgid_plural) not in _django_and_wagtail_entries()] == []
    assert [e.msgid for e in po if not e.translated() or e.fuzzy] == []
    assert [e.msgid for e in po if e.msgid_plural and len([s for s in e.msgstr_plural.values() if s]) != forms] == []
    if path.parts[-3] not in ("fi", "en"):
        assert "native speaker" in po.metadata.get("X-Review-Status", "").lower()


def test_vendor_catalogues_are_loaded_after_the_sites_own():
    """The site's own catalogue wins where both translate a msgid; makemessages writes only to locale/."""
    assert [Path(p).name for p in settings.LOCALE_PATHS] == ["locale", "locale-vendor"]
    assert _vendor_catalogues()


def test_password_reset_email_in_somali_is_in_somali(client, make_user, mailoutbox):
    make_user("oppija", email="oppija@example.com")
    client.post("/so/accounts/password/reset/", {"email": "oppija@example.com"})
    [mail] = mailoutbox
    lines = [mail.subject, *filter(None, (line.strip() for line in mail.body.splitlines()))]
    assert foreign_in(lines, "so") == []
    assert "eray sir ah oo cusub" in mail.body
