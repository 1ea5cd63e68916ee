"""Demo content for the guide, from the Kotopaikka project page, in Finnish with English translations.

The events, municipalities, partners and brochures are those of the project page. The good
practices and service providers are plausible examples written for the demo; each is marked
`is_example` (shown as "Esimerkki"/"Example") and uses example.fi contact details, so nobody
mistakes them for real services. `load()` only creates what is missing.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupPagePermission, Locale

from home.site_setup import ensure_site
from home.translation import translate

from .choices import Municipality, ServiceKind, join_codes
from .models import (
    EmploymentPathPage,
    EventIndexPage,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GuideIndexPage,
    LinkTipsPage,
    MaterialsPage,
    PeerGroupFormField,
    PeerGroupPage,
    ServiceMapPage,
    ServiceProvider,
)

GUIDE_SLUG = "opas"
PARTNERS = (
    "Jyväskylän kristillinen opisto, Jyväskylän palvelualan opisto, HUMAK Humanistinen ammattikorkeakoulu, "
    "Gradia ja JAMK"
)
MAIN_MUNICIPALITIES = [
    Municipality.JAMSA,
    Municipality.KEURUU,
    Municipality.KYYJARVI,
    Municipality.LAUKAA,
    Municipality.SAARIJARVI,
    Municipality.VIITASAARI,
    Municipality.AANEKOSKI,
]

# (slug, Finnish, English) pairs: the source text and its translation, side by side.
T = {}


def fi_en(fi, en):
    """Remember `fi`'s English translation and return `fi` (to write content once, in Finnish)."""
    T[fi] = en
    return fi


def genitive(municipality):
    """The Finnish genitive of a municipality name (Saarijärvi -> Saarijärven)."""
    name = municipality.label
    if name.endswith("i"):
        return name[:-1] + "en"
    return name + "n"


def add_page(parent, instance):
    """Add `instance` under `parent` unless a page with its slug is already there; return the page."""
    existing = parent.get_children().filter(slug=instance.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=instance)
    instance.save_revision().publish()
    return instance


def english(instance):
    """Translate `instance` into English with the strings collected in T, unless it is already translated."""
    locale = Locale.objects.get(language_code="en")
    if instance.has_translation(locale):
        return instance.get_translation(locale)
    return translate(instance, "en", T)


def guide_index(home):
    return add_page(
        home,
        GuideIndexPage(
            title=fi_en("Kotopaikan verkko-opas", "The Kotopaikka guide"),
            slug=GUIDE_SLUG,
            show_in_menus=True,
            intro=fi_en(
                "Hyviä käytänteitä, palvelukartta, työllistymispolut, linkkivinkit, tapahtumat ja materiaalit "
                "maahanmuuttajien kanssa työskenteleville ja maahanmuuttajille Keski-Suomessa.",
                "Good practices, a service map, employment paths, link tips, events and materials for people "
                "who work with immigrants, and for immigrants, in Central Finland.",
            ),
            body=[
                ("heading", {"text": fi_en("Hankkeesta", "About the project"), "level": "h2"}),
                (
                    "paragraph",
                    fi_en(
                        "<p>Kotopaikka-hanke (2017–2019) kehitti kotouttamispalveluja Keski-Suomen kunnissa: "
                        "Jämsä, Keuruu, Kyyjärvi, Laukaa, Saarijärvi, Viitasaari ja Äänekoski sekä "
                        "Perusturvaliikelaitos Saarikan kunnat Kannonkoski, Karstula ja Kivijärvi.</p>",
                        "<p>The Kotopaikka project (2017–2019) developed integration services in the "
                        "municipalities of Central Finland: Jämsä, Keuruu, Kyyjärvi, Laukaa, Saarijärvi, "
                        "Viitasaari and Äänekoski, and the Saarikka municipalities Kannonkoski, Karstula and "
                        "Kivijärvi.</p>",
                    ),
                ),
                (
                    "paragraph",
                    fi_en(
                        f"<p>Hankkeen toteuttajat: {PARTNERS}.</p>",
                        "<p>The project was carried out by Jyväskylä Christian College, Jyväskylä College of "
                        "Services, HUMAK University of Applied Sciences, Gradia and JAMK University of Applied "
                        "Sciences.</p>",
                    ),
                ),
            ],
        ),
    )


PRACTICES = [
    (
        Municipality.SAARIJARVI,
        ",".join(["cooperation", "employment"]),
        "monialainen-kotoutumistiimi",
        ("Monialainen kotoutumistiimi", "A multi-professional integration team"),
        (
            "Esimerkki: sosiaalityö, TE-palvelut, opisto ja seurakunta kokoontuvat kuukausittain ja sopivat "
            "yhdessä, kuka tukee uutta kuntalaista missäkin vaiheessa.",
            "Example: social work, employment services, the adult education centre and the parish meet monthly "
            "and agree who supports a new resident at each stage.",
        ),
    ),
    (
        Municipality.VIITASAARI,
        "leisure",
        "makuja-maailmalta",
        ("Ruokailta tutustumisen tukena", "A food evening that helps people meet"),
        (
            "Esimerkki: maahanmuuttajat ja paikalliset yhdistykset järjestävät yhdessä ruokaillan, jossa "
            "esitellään myös harrastusmahdollisuuksia ja työpaikkoja.",
            "Example: immigrants and local associations organise a food evening together, where leisure "
            "activities and jobs are also presented.",
        ),
    ),
    (
        Municipality.KEURUU,
        ",".join(["employment", "language"]),
        "tyokokeilu-kielituella",
        ("Työkokeilu kielituen kanssa", "A work try-out with language support"),
        (
            "Esimerkki: työkokeilija saa työpaikalle kielikaverin, ja työnantaja saa lyhyen perehdytyksen "
            "selkokielen käyttöön.",
            "Example: a person on a work try-out gets a language buddy at the workplace, and the employer gets "
            "a short introduction to plain language.",
        ),
    ),
    (
        Municipality.AANEKOSKI,
        ",".join(["encounters", "plain_language"]),
        "selkokieliset-asiointiohjeet",
        ("Selkokieliset asiointiohjeet", "Plain-language service instructions"),
        (
            "Esimerkki: kunnan asiakaspalvelu kirjoitti yleisimmät ohjeet selkokielelle ja testasi ne "
            "maahanmuuttajien kanssa.",
            "Example: the municipality's customer service rewrote its most common instructions in plain "
            "language and tested them with immigrants.",
        ),
    ),
    (
        Municipality.LAUKAA,
        "encounters",
        "vertaismentorointi-henkilostolle",
        ("Vertaismentorointi henkilöstölle", "Peer mentoring for staff"),
        (
            "Esimerkki: eri ammattiryhmien työntekijät tapaavat joka toinen kuukausi ja pohtivat yhdessä "
            "vaikeita asiakastilanteita.",
            "Example: staff from different professions meet every other month to think through difficult "
            "client situations together.",
        ),
    ),
]

WHAT_IT_TOOK = (
    "<p>Esimerkki: yhteyshenkilö jokaisesta organisaatiosta ja kaksi tuntia kuukaudessa.</p>",
    "<p>Example: one contact person from each organisation and two hours a month.</p>",
)
RESULTS = (
    "<p>Esimerkki: asiakkaat ohjautuivat palveluihin nopeammin, ja työntekijät tunsivat toistensa roolit.</p>",
    "<p>Example: clients reached services faster, and staff knew each other's roles.</p>",
)


def practices(guide):
    index = add_page(
        guide,
        GoodPracticeIndexPage(
            title=fi_en("Hyvät käytänteet", "Good practices"),
            slug="hyvat-kaytanteet",
            intro=fi_en(
                "Kuntien kotouttamistyön käytänteitä. Tämän demon käytänteet ovat keksittyjä esimerkkejä.",
                "Practices of integration work in the municipalities. The practices in this demo are "
                "invented examples.",
            ),
        ),
    )
    pages = [index]
    for municipality, themes, slug, title, intro in PRACTICES:
        pages.append(
            add_page(
                index,
                GoodPracticePage(
                    title=fi_en(*title),
                    slug=slug,
                    municipality=municipality,
                    themes=join_codes(themes.split(",")),
                    is_example=True,
                    intro=fi_en(*intro),
                    where=municipality.label,
                    contact=fi_en(
                        f"{genitive(municipality)} kotoutumiskoordinaattori, kotoutuminen@example.fi",
                        f"Integration coordinator of {municipality.label}, kotoutuminen@example.fi",
                    ),
                    what_it_took=fi_en(*WHAT_IT_TOOK),
                    results=fi_en(*RESULTS),
                ),
            )
        )
    return pages


SERVICES = [
    (
        ServiceKind.LANGUAGE_COURSES,
        ("{gen} kansalaisopiston suomen kurssit", "Finnish courses of the {name} adult education centre"),
        (
            "Suomen kielen kursseja aloittelijoille ja jatkajille, myös iltaisin.",
            "Finnish courses for beginners and continuing learners, also in the evenings.",
        ),
        ["fi", "en", "ar"],
    ),
    (
        ServiceKind.EMPLOYMENT_SERVICES,
        ("{gen} työllisyyspalvelut", "Employment services of {name}"),
        (
            "Apua työnhakuun, työkokeiluihin ja koulutukseen hakeutumiseen.",
            "Help with job seeking, work try-outs and applying for training.",
        ),
        ["fi", "en"],
    ),
    (
        ServiceKind.ASSOCIATIONS,
        ("{gen} monikulttuurinen yhdistys", "Multicultural association of {name}"),
        (
            "Kohtaamispaikka, läksykerho ja vapaaehtoisten tukihenkilöt.",
            "A meeting place, a homework club and volunteer support persons.",
        ),
        ["fi", "ar", "so", "fa"],
    ),
]
EXTRA_SERVICES = [
    (
        Municipality.SAARIJARVI,
        ServiceKind.INTEGRATION_TRAINING,
        ("Kotoutumiskoulutus Saarijärvellä", "Integration training in Saarijärvi"),
        (
            "Kotoutumiskoulutus aikuisille: suomen kieli, yhteiskunta ja työelämä.",
            "Integration training for adults: Finnish, society and working life.",
        ),
        ["fi", "en", "ar", "ru"],
    ),
    (
        Municipality.SAARIJARVI,
        ServiceKind.HEALTH_SOCIAL,
        ("Perusturvaliikelaitos Saarikan sosiaalipalvelut", "Social services of Saarikka"),
        (
            "Sosiaalityö ja maahanmuuttajien palveluohjaus Saarikan kunnissa.",
            "Social work and service guidance for immigrants in the Saarikka municipalities.",
        ),
        ["fi", "en"],
    ),
    (
        Municipality.VIITASAARI,
        ServiceKind.PARISHES,
        ("Viitasaaren seurakunnan kansainvälinen kahvila", "International café of the Viitasaari parish"),
        (
            "Avoin kahvila kerran viikossa kaikille kielestä ja uskonnosta riippumatta.",
            "An open café once a week for everyone, whatever their language or religion.",
        ),
        ["fi", "en", "ar"],
    ),
    (
        Municipality.KEURUU,
        ServiceKind.LEISURE,
        ("Keuruun liikuntaryhmä maahanmuuttajanaisille", "Keuruu exercise group for immigrant women"),
        (
            "Liikuntaa ja tutustumista naisille, lastenhoito järjestetty.",
            "Exercise and getting to know each other for women, with childcare.",
        ),
        ["fi", "ar", "so"],
    ),
]


def service_providers():
    """Three example services in each of the seven municipalities, and a few more; returns the Finnish ones."""
    fi = Locale.objects.get(language_code="fi")
    rows = []
    for municipality in MAIN_MUNICIPALITIES:
        for kind, names, descriptions, languages in SERVICES:
            name = names[0].format(gen=genitive(municipality), name=municipality.label)
            rows.append((municipality, kind, (name, names[1].format(name=municipality.label)), descriptions, languages))
    rows += EXTRA_SERVICES
    providers = []
    for municipality, kind, (name_fi, name_en), (text_fi, text_en), languages in rows:
        provider = ServiceProvider.objects.filter(locale=fi, name=name_fi).first()
        if provider is None:
            provider = ServiceProvider.objects.create(
                locale=fi,
                name=fi_en(name_fi, name_en),
                municipality=municipality,
                kind=kind,
                languages=join_codes(languages),
                description=fi_en(f"Esimerkki. {text_fi}", f"Example. {text_en}"),
                contact="info@example.fi",
                address=f"Esimerkkikatu 1, {municipality.label}",
                is_example=True,
            )
        else:
            fi_en(name_fi, name_en)
            fi_en(f"Esimerkki. {text_fi}", f"Example. {text_en}")
        providers.append(provider)
    return providers


def service_map(guide):
    return add_page(
        guide,
        ServiceMapPage(
            title=fi_en("Palvelukartta", "Service map"),
            slug="palvelukartta",
            intro=fi_en(
                "Etsi palvelu kunnan, tarpeen ja kielen mukaan. Tämän demon palvelut ovat esimerkkejä.",
                "Find a service by municipality, need and language. The services in this demo are examples.",
            ),
        ),
    )


def employment_path(guide, providers):
    """The path from arrival to work; steps link Saarijärvi's example services and guide pages.

    Lessons are linked by trainers in the editor: the courses demo loads after the guide.
    """
    service_map_page = guide.get_children().get(slug="palvelukartta")
    try_out_practice = GoodPracticePage.objects.get(slug="tyokokeilu-kielituella", locale=guide.locale)

    def services(kind):
        return [p for p in providers if p.kind == kind and p.municipality == Municipality.SAARIJARVI]

    def step(stage, title, text, kind=None, pages=()):
        return (
            "step",
            {
                "stage": stage,
                "title": fi_en(*title),
                "text": fi_en(*text),
                "pages": list(pages),
                "services": services(kind) if kind else [],
            },
        )

    return add_page(
        guide,
        EmploymentPathPage(
            title=fi_en("Polku töihin", "The path to work"),
            slug="polku-toihin",
            intro=fi_en(
                "Näin maahan muuttanut pääsee Keski-Suomessa saapumisesta työhön, askel kerrallaan.",
                "How a person who has moved to Central Finland gets from arrival to work, step by step.",
            ),
            steps=[
                step(
                    "integration_plan",
                    ("Kotoutumissuunnitelma", "Integration plan"),
                    (
                        "<p>Suunnitelma tehdään yhdessä kunnan tai TE-palveluiden kanssa.</p>",
                        "<p>The plan is made together with the municipality or the employment services.</p>",
                    ),
                    ServiceKind.HEALTH_SOCIAL,
                ),
                step(
                    "language_training",
                    ("Kielikoulutus", "Language training"),
                    (
                        "<p>Suomen kieltä opiskellaan kotoutumiskoulutuksessa ja kansalaisopistossa.</p>",
                        "<p>Finnish is studied in integration training and at the adult education centre.</p>",
                    ),
                    ServiceKind.LANGUAGE_COURSES,
                    [service_map_page],
                ),
                step(
                    "work_tryout",
                    ("Työkokeilu", "Work try-out"),
                    (
                        "<p>Työkokeilussa tutustut työpaikkaan ja suomalaiseen työelämään.</p>",
                        "<p>In a work try-out you get to know a workplace and Finnish working life.</p>",
                    ),
                    ServiceKind.EMPLOYMENT_SERVICES,
                    [try_out_practice],
                ),
                step(
                    "training",
                    ("Koulutus", "Training"),
                    (
                        "<p>Ammatillinen koulutus antaa tutkinnon ja taidot työhön.</p>",
                        "<p>Vocational training gives you a qualification and skills for work.</p>",
                    ),
                    ServiceKind.INTEGRATION_TRAINING,
                ),
                step(
                    "job",
                    ("Työ", "Job"),
                    (
                        "<p>Lue ennen työn alkua kurssit työsopimuksesta ja palkasta.</p>",
                        "<p>Before you start work, read the courses on the employment contract and pay.</p>",
                    ),
                ),
            ],
        ),
    )


LINKS = [
    (
        "Infopankki",
        "https://www.infopankki.fi/",
        ("Tietoa Suomesta monella kielellä.", "Information about Finland in many languages."),
        "own_language",
        ["fi", "sv", "en", "ar", "fa", "so", "ru", "et", "tr"],
    ),
    (
        "Selkokeskus",
        "https://selkokeskus.fi/",
        ("Selkokielen tietoa ja selkokielisiä materiaaleja.", "About plain language, and plain-language materials."),
        "plain_language",
        ["fi"],
    ),
    (
        "Selkosanomat",
        "https://selkosanomat.fi/",
        ("Uutisia selkosuomeksi.", "News in plain Finnish."),
        "plain_language",
        ["fi"],
    ),
    (
        "Työsuojelu.fi",
        "https://www.tyosuojelu.fi/",
        (
            "Tietoa työntekijän oikeuksista myös muilla kielillä.",
            "Information on workers' rights, also in other languages.",
        ),
        "own_language",
        ["fi", "sv", "en", "ru", "et"],
    ),
]


def link_tips(guide):
    return add_page(
        guide,
        LinkTipsPage(
            title=fi_en("Linkkivinkit", "Link tips"),
            slug="linkkivinkit",
            intro=fi_en(
                "Omakielisiä ja selkokielisiä materiaaleja maahanmuuttajille ja heidän kanssaan työskenteleville.",
                "Materials in one's own language and in plain language for immigrants and those who work with them.",
            ),
            links=[
                (
                    "link",
                    {"title": title, "url": url, "description": fi_en(*text), "kind": kind, "languages": langs},
                )
                for title, url, text, kind, langs in LINKS
            ],
        ),
    )


EVENTS = [
    (
        "road-show-saarijarvi",
        datetime.date(2019, 5, 21),
        (9, 0),
        (11, 0),
        ("Kotopaikka Road Show Saarijärvellä", "Kotopaikka Road Show in Saarijärvi"),
        ("Biotalousinstituutti, Saarijärvi", "Bioeconomy Institute, Saarijärvi"),
        (
            "Hankkeen loppuseminaari aamubrunssin merkeissä: tuloksia ja hyviä käytänteitä pohjoisesta Keski-Suomesta.",
            "The project's closing seminar over a morning brunch: results and good practices from "
            "northern Central Finland.",
        ),
    ),
    (
        "road-show-keuruu",
        datetime.date(2019, 5, 24),
        (10, 0),
        (12, 0),
        ("Kotopaikka Road Show Keuruulla", "Kotopaikka Road Show in Keuruu"),
        ("Keuruu", "Keuruu"),
        (
            "Hankkeen loppuseminaari aamubrunssin merkeissä eteläisessä Keski-Suomessa.",
            "The project's closing seminar over a morning brunch in southern Central Finland.",
        ),
    ),
    (
        "makuja-maailmalta",
        datetime.date(2018, 5, 15),
        (15, 0),
        (19, 0),
        ("Makuja maailmalta ja uria Keski-Suomesta", "Flavours of the world and careers in Central Finland"),
        ("Viitasaari", "Viitasaari"),
        (
            "Tapahtuma, jossa maistellaan ruokia eri maista ja tutustutaan työ- ja koulutusmahdollisuuksiin.",
            "An event with food from different countries and a look at jobs and training.",
        ),
    ),
    (
        "seminaari-saarijarvi-2018",
        datetime.date(2018, 5, 23),
        (9, 0),
        (15, 0),
        ("Maahanmuuttajien kohtaaminen ja palveluiden järjestäminen", "Meeting immigrants and organising services"),
        ("Saarijärvi", "Saarijärvi"),
        (
            "Seminaari lainsäädännöstä ja kokemustiedosta kotouttamistyössä.",
            "A seminar on legislation and experience in integration work.",
        ),
    ),
    (
        "ideointipaiva-jyvaskyla",
        datetime.date(2018, 2, 21),
        (9, 0),
        (15, 0),
        ("Maahanmuuttotyön osaamista verkostossa", "Immigration work know-how in a network"),
        ("Jyväskylä", "Jyväskylä"),
        (
            "Ideointipäivä kotouttamis- ja maahanmuuttotyön parissa toimiville.",
            "An ideas day for people who work in integration and immigration.",
        ),
    ),
]


def events(guide):
    index = add_page(
        guide,
        EventIndexPage(
            title=fi_en("Tapahtumat", "Events"),
            slug="tapahtumat",
            intro=fi_en("Kotopaikka-hankkeen tilaisuudet 2018–2019.", "Events of the Kotopaikka project 2018–2019."),
        ),
    )
    pages = [index]
    for slug, date, start, end, title, place, intro in EVENTS:
        pages.append(
            add_page(
                index,
                EventPage(
                    title=fi_en(*title),
                    slug=slug,
                    date=date,
                    start_time=datetime.time(*start),
                    end_time=datetime.time(*end),
                    place=fi_en(*place),
                    intro=fi_en(*intro),
                ),
            )
        )
    return pages


BROCHURES = [
    (
        "kotopaikka-esite",
        ("Kotopaikka-esite", "Kotopaikka brochure"),
        (
            "Kehitämme kuntien työntekijöiden, yritysten ja muiden maahanmuuttajien kanssa toimivien "
            "monikulttuurisuusosaamista verkostosparrausten, vertaismentorointiryhmien ja koulutusten avulla.",
            "How the project developed the multicultural competence of municipal staff, companies and others who work "
            "with immigrants: network coaching, peer mentoring groups and training.",
        ),
    ),
    (
        "vertaisryhmatoiminta",
        ("Vertaisryhmätoiminta", "Peer group activities"),
        (
            "Vertaismentoroinnilla tuetaan maahanmuuttajien, pakolaisten ja turvapaikanhakijoiden kanssa "
            "työskenteleviä.",
            "Peer mentoring supports people who work with immigrants, refugees and asylum seekers.",
        ),
    ),
    (
        "julkaisutiedote-2019",
        ("Julkaisutiedote, syksy 2019", "Publication notice, autumn 2019"),
        ("Kuvaus hankkeessa tuotetuista materiaaleista.", "A description of the materials the project produced."),
    ),
]


def brochure_document(slug, title, text):
    """A small PDF standing in for the brochure (the real files are not part of this repository)."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        from weasyprint import HTML

        pdf = HTML(string=f"<h1>{title}</h1><p>{text}</p><p>Esimerkkitiedosto (demo).</p>").write_pdf()
        if Collection.get_first_root_node() is None:
            # A flushed test database has no root collection (Wagtail's migration made it).
            Collection.add_root(name="Root")
        document = Document(title=title)
        document.file.save(f"{slug}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def materials(guide):
    blocks = []
    for slug, title, text in BROCHURES:
        blocks.append(
            (
                "material",
                {
                    "document": brochure_document(slug, title[0], text[0]),
                    "title": fi_en(*title),
                    "description": fi_en(*text),
                },
            )
        )
    return add_page(
        guide,
        MaterialsPage(
            title=fi_en("Materiaalit ja julkaisut", "Materials and publications"),
            slug="materiaalit",
            intro=fi_en("Hankkeen esitteet ja julkaisut.", "The project's brochures and publications."),
            materials=blocks,
        ),
    )


FORM_FIELDS = [
    (("Nimi", "Name"), "singleline", True, ""),
    (("Sähköposti", "E-mail"), "email", True, ""),
    (("Organisaatio", "Organisation"), "singleline", False, ""),
    (("Mitä toivot vertaisryhmältä?", "What do you hope to get from a peer group?"), "multiline", False, ""),
]


def peer_group(guide):
    existing = guide.get_children().filter(slug="vertaisryhmat").first()
    if existing:
        return existing.specific
    page = PeerGroupPage(
        title=fi_en("Vertaisryhmät henkilöstölle", "Peer groups for staff"),
        slug="vertaisryhmat",
        intro=fi_en(
            "<p>Vertaismentoroinnissa maahanmuuttajien kanssa työskentelevät tapaavat säännöllisesti, jakavat "
            "kokemuksia ja etsivät yhdessä ratkaisuja. Ryhmää ohjaa koulutettu mentori.</p>",
            "<p>In peer mentoring, people who work with immigrants meet regularly, share experiences and look "
            "for solutions together. A trained mentor leads the group.</p>",
        ),
        thank_you_text=fi_en(
            "<p>Kiitos! Otamme sinuun yhteyttä, kun seuraava ryhmä alkaa.</p>",
            "<p>Thank you! We will contact you when the next group starts.</p>",
        ),
        to_address="",
        from_address="",
        subject=fi_en("Uusi ilmoittautuminen vertaisryhmään", "New sign-up for a peer group"),
    )
    for order, (label, field_type, required, choices) in enumerate(FORM_FIELDS):
        page.form_fields.add(
            PeerGroupFormField(
                label=fi_en(*label),
                field_type=field_type,
                required=required,
                choices=choices,
                sort_order=order,
                locale=guide.locale,
            )
        )
    guide.add_child(instance=page)
    page.save_revision().publish()
    return page


def trainers_see_submissions(guide):
    """Let the Trainers group edit the guide, which is also what shows them its form submissions."""
    group, _created = Group.objects.get_or_create(name="Trainers")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=guide, permission=permission)


def load(stdout=None):
    """Create the guide under the Finnish home page, with English translations; skip what exists."""
    home = ensure_site()
    guide = guide_index(home)
    providers = service_providers()
    pages = [guide]
    pages += practices(guide)
    pages.append(service_map(guide))
    pages.append(employment_path(guide, providers))
    pages.append(link_tips(guide))
    pages += events(guide)
    pages.append(materials(guide))
    pages.append(peer_group(guide))
    for provider in providers:
        english(provider)
    for page in pages:
        english(page)
    trainers_see_submissions(guide)
    if stdout:
        stdout.write(f"  guide: {len(pages)} pages and {len(providers)} services, in Finnish and English")
    return guide
