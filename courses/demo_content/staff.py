"""Demo course for municipal staff: "Monikulttuurinen kohtaaminen / Multicultural encounters".

Plain data in the format of content-format.md, read by the demo loader. Finnish is the source
language, English the only translation; plain_body stays empty because the plain-Finnish
versions are promised for the working-life course only.

Every fact comes from shared/content/facts.md (section 2, items M1-M8, plus the
Non-discrimination items I1-I2); nothing marked UNCONFIRMED there is taught. In particular the
new maximum duration of an integration plan and the adoption year of the Government's
anti-racism action plan are deliberately never stated.
"""

VALID_AS_OF = "2026-11-01"

# Addresses from the Sources list of facts.md, keyed by its S-numbers, so every lesson cites
# the same title for the same address.
SOURCES = {
    "S26": ("Työsuojelu.fi: Discrimination", "https://tyosuojelu.fi/en/employment-relationship/non-discrimination/discrimination"),
    "S27": ("Tasa-arvo.fi: Discrimination not based on gender", "https://tasa-arvo.fi/en/discrimination-not-based-on-gender"),
    "S40": ("Kotoutuminen.fi: Koto24 frequently asked questions", "https://kotoutuminen.fi/en/koto24-frequently-asked-questions"),
    "S41": (
        "Valtioneuvosto: Reform to increase overall responsibility of municipalities for integration",
        "https://valtioneuvosto.fi/en/-/1410877/reform-to-increase-overall-responsibility-of-municipalities-for-integration",
    ),
    "S42": (
        "Valtioneuvosto: Employment services will be reformed on 1 January 2025",
        "https://valtioneuvosto.fi/en/-/1410877/employment-services-will-be-reformed-on-1-january-2025-municipalities"
        "-to-be-responsible-for-employment-services-with-central-government-taking-a-guiding-role",
    ),
    "S43": (
        "Kela: Operations of TE services will be transferred to municipalities in 2025",
        "https://kela.fi/news/operations-of-te-services-will-be-transferred-to-municipalities-in-2025",
    ),
    "S44": ("Kotoutuminen.fi: When is the integration plan drawn up?", "https://kotoutuminen.fi/en/when-is-the-integration-plan-drawn-up-"),
    "S45": (
        "Kotoutuminen.fi: Amendments to the Integration Act reform",
        "https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative",
    ),
    "S46": ("Kotoutuminen.fi: Current issues", "https://kotoutuminen.fi/en/current-issues"),
    "S47": ("Selkokeskus: Guidelines and instructions", "https://selkokeskus.fi/in-english/guidelines-and-instructions/"),
    "S48": ("Papunet / Selkokeskus: Principles of plain language", "http://papunet.net/selkokeskus/in-english/principles-of-plain-language.html"),
    "S49": ("Selkokeskus: Selkokielen tarve", "https://selkokeskus.fi/selkokieli/selkokielen-tarve/"),
    "S50": (
        "Verkkohaltuun: Selkokielen käyttö, asiakkaana maahanmuuttaja",
        "http://www.verkkohaltuun.fi/vinkkeja_ja_valineita/selkokielen_kaytto_asiakkaana_maahanmuuttaja",
    ),
    "S51": (
        "InfoFinland: Do you need an interpreter?",
        "https://www.infofinland.fi/en/living-in-finland/settling-in-finland/do-you-need-an-interpreter",
    ),
    "S52": ("Kotoutuminen.fi: Tulkin rooli asiakastilanteessa", "https://kotoutuminen.fi/tulkin-rooli-asiakastilanteessa"),
    "S53": ("Kotoutuminen.fi: Language and interpretation", "https://kotoutuminen.fi/en/language-and-interpretation"),
    "S54": ("Suomen ammattitulkit: Lainsäädäntö", "https://www.ammattitulkit.fi/lainsaadanto/"),
    "S55": ("Joensuun tulkkikeskus: Ohjeet ja lainsäädäntö", "https://www.joensuuntulkkikeskus.fi/ohjeet-lainsaadanto"),
    "S56": ("Kotoutuminen.fi: Understanding and interpretation", "https://kotoutuminen.fi/en/understanding-and-interpretation"),
    "S57": ("JAMK: Monikulttuurinen kohtaaminen ja vuorovaikutus", "https://www.jamk.fi/fi/artikkeli/monikulttuurinen-kohtaaminen-ja-vuorovaikutus"),
    "S58": ("JAMK: Kotopaikka-hanke", "https://www.jamk.fi/fi/reportronic-project/?projectnum=741009&r=1"),
    "S59": ("EURA 2014: Kotopaikka (S20965)", "https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20965"),
    "S61": ("JAMK: Kotopaikka2", "https://www.jamk.fi/fi/projekti/kotopaikka2"),
    "S62": (
        "European Website on Integration: Finland, good practices in refugee mental health support",
        "https://migrant-integration.ec.europa.eu/news/finland-good-practices-refugee-mental-health-support_en",
    ),
    "S63": ("Yhdenvertaisuusvaltuutettu: Promotion of equality", "https://yhdenvertaisuusvaltuutettu.fi/en/promotion-of-equality"),
    "S64": ("THL: Promoting equality", "https://thl.fi/en/topics/management-of-health-and-wellbeing-promotion/promoting-equality"),
    "S65": (
        "Valtioneuvosto: Government approves action plan to combat racism and promote equality",
        "https://valtioneuvosto.fi/en/-/government-approves-action-plan-to-combat-racism-and-promote-equality",
    ),
    "S66": (
        "HDL: Increasing the number of quota refugees would boost rehabilitation for traumatised refugees",
        "https://hdl.fi/en/blog/increasing-the-number-of-quota-refugees-would-boost-rehabilitation-for-traumatised-refugees",
    ),
    "S67": (
        "HDL: War trauma rehabilitation, the first step to successful integration",
        "https://www.hdl.fi/en/blog/war-trauma-rehabilitation-first-step-to-successful-integration/",
    ),
    "S68": (
        "HHRI: A paradigm shift, relationships in trauma-informed mental health services",
        "https://www.hhri.org/publication/a-paradigm-shift-relationships-in-trauma-informed-mental-health-services/",
    ),
}


def _t(fi, en):
    """One translatable string: Finnish source and English translation."""
    return {"fi": fi, "en": en}


def _sources(*keys):
    """The closing sources block of a lesson, citing facts.md sources by their S-number."""
    return (
        "sources",
        {"sources": [{"title": SOURCES[key][0], "url": SOURCES[key][1], "valid_as_of": VALID_AS_OF} for key in keys]},
    )


def _choice(fi, en, correct, feedback_fi, feedback_en):
    return {"text": _t(fi, en), "correct": correct, "feedback": _t(feedback_fi, feedback_en)}


def _true_false(statement_is_true, feedback_true, feedback_false):
    """The two choices of a true/false question; feedback_* are (fi, en) pairs."""
    return [
        _choice("Tosi", "True", statement_is_true, *feedback_true),
        _choice("Epätosi", "False", not statement_is_true, *feedback_false),
    ]


COURSE = {
    "slug": "monikulttuurinen-kohtaaminen",
    "title": _t("Monikulttuurinen kohtaaminen", "Multicultural encounters"),
    "intro": _t(
        "Lyhyt verkkokurssi kunnan työntekijöille, jotka kohtaavat työssään maahan muuttaneita asiakkaita. "
        "Kurssi pohjautuu Keski-Suomessa toteutetun Kotopaikka-hankkeen koulutuksiin.",
        "A short online course for municipal staff who meet immigrant clients in their work. "
        "It builds on the trainings of the Kotopaikka project in Central Finland.",
    ),
    "audience": "staff",
    "learning_outcomes": _t(
        "Tunnistat omia oletuksiasi ja tarkistat ne tosiasioista.\n"
        "Kohtaat asiakkaan kulttuurisensitiivisesti ja työskentelet yhtenä tiiminä.\n"
        "Käytät selkokieltä ja tarkistat, että asiakas ymmärsi.\n"
        "Järjestät tulkkauksen oikein ja toimit tulkatussa tapaamisessa.\n"
        "Tunnet kotoutumispolun vuoden 2025 uudistuksen jälkeen.\n"
        "Edistät yhdenvertaisuutta ja tunnistat syrjinnän.\n"
        "Kohtaat traumatisoituneen asiakkaan traumatietoisesti.",
        "You recognise your own assumptions and check them against the facts.\n"
        "You meet clients in a culturally sensitive way and work as one team.\n"
        "You use plain language and check that the client understood.\n"
        "You arrange interpretation correctly and work well in an interpreted meeting.\n"
        "You know the integration path after the 2025 reform.\n"
        "You promote equality and recognise discrimination.\n"
        "You meet a traumatised client in a trauma-aware way.",
    ),
    "estimated_minutes": 60,
    "grants_certificate": True,
}


# ---------------------------------------------------------------------------------------------
# Module 1: encounter — the project's background [M8], own assumptions [M1], interaction [M2]
# ---------------------------------------------------------------------------------------------

LESSON_PROJECT = {
    "slug": "kotopaikka-hanke",
    "title": _t("Kurssin tausta: Kotopaikka-hanke", "Background: the Kotopaikka project"),
    "intro": _t(
        "Mistä tämä kurssi on peräisin ja keitä hanke palveli.",
        "Where this course comes from and whom the project served.",
    ),
    "estimated_minutes": 4,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Kurssi perustuu <b>Kotopaikka-hankkeeseen</b>, joka kehitti maahanmuuttajien "
                "kotouttamispalveluja Keski-Suomen kunnissa 1.3.2017–31.7.2019. Hanke sai Euroopan "
                "sosiaalirahaston (ESR) rahoitusta, ja sitä koordinoi JAMK.</p>"
                "<p>Kumppaneina olivat HUMAK, Gradia (entinen Jyväskylän aikuisopisto), Jyväskylän "
                "kristillisen opiston säätiö ja Jyväskylän palvelualan opisto.</p>",
                "<p>This course builds on the <b>Kotopaikka project</b>, which developed integration "
                "services for immigrants in Central Finland's municipalities from 1 March 2017 to 31 July 2019. "
                "It was funded by the European Social Fund (ESF) and coordinated by JAMK.</p>"
                "<p>Its partners were HUMAK, Gradia (formerly Jyväskylä Adult Education Centre), "
                "Jyväskylän kristillisen opiston säätiö and Jyväskylän palvelualan opisto.</p>",
            ),
        ),
        (
            "paragraph",
            _t(
                "<p>Tällä kurssilla käydään läpi hankkeen koulutusten pohjalta seuraavat aiheet, jotka ovat "
                "tärkeitä kunnan asiakastyössä:</p>"
                "<ul><li>omat oletukset sekä kohtaaminen ja vuorovaikutus</li>"
                "<li>selkokieli ja työskentely tulkin kanssa</li>"
                "<li>kotoutumispolku, yhdenvertaisuus ja traumatietoisuus.</li></ul>",
                "<p>Building on the project's trainings, this course covers the following topics, which "
                "matter in municipal client work:</p>"
                "<ul><li>one's own assumptions, and encounter and interaction</li>"
                "<li>plain language and working with interpreters</li>"
                "<li>the integration path, equality and trauma awareness.</li></ul>",
            ),
        ),
        (
            "checklist",
            {
                "title": _t("Hankkeen kohdekunnat", "The project's municipalities"),
                "items": [
                    _t("Jämsä", "Jämsä"),
                    _t("Keuruu", "Keuruu"),
                    _t("Kyyjärvi", "Kyyjärvi"),
                    _t("Laukaa", "Laukaa"),
                    _t("Saarijärvi", "Saarijärvi"),
                    _t("Viitasaari", "Viitasaari"),
                    _t("Äänekoski", "Äänekoski"),
                    _t("Perusturvaliikelaitos Saarikka", "Saarikka, the basic-services enterprise"),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Toivotuin aihe", "The most requested theme"),
                "text": _t(
                    "<p>Hankkeen yli 40 koulutusta tavoittivat lähes 700 ihmistä. Suosituin teema oli "
                    "monikulttuurinen kohtaaminen. Lisäksi pidettiin yli 10 tilaisuutta suomalaisen "
                    "työelämän pelisäännöistä. Siksi tämäkin kurssi alkaa kohtaamisesta.</p>",
                    "<p>More than 40 trainings reached nearly 700 people. The most popular theme was "
                    "intercultural encounter. There were also more than 10 sessions on the rules of Finnish "
                    "working life. That is why this course, too, starts with encounter.</p>",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("ESR", "ESF"),
                        "explanation": _t(
                            "Euroopan sosiaalirahasto, joka rahoitti Kotopaikka-hanketta.",
                            "The European Social Fund, which funded the Kotopaikka project.",
                        ),
                    },
                    {
                        "term": _t("JAMK", "JAMK"),
                        "explanation": _t(
                            "Jyväskylän ammattikorkeakoulu, joka koordinoi Kotopaikka-hanketta.",
                            "JAMK University of Applied Sciences, which coordinated the Kotopaikka project.",
                        ),
                    },
                    {
                        "term": _t("HUMAK", "HUMAK"),
                        "explanation": _t(
                            "Humanistinen ammattikorkeakoulu, yksi hankkeen kumppaneista.",
                            "Humak University of Applied Sciences, one of the project's partners.",
                        ),
                    },
                    {
                        "term": _t("Kotopaikka2", "Kotopaikka2"),
                        "explanation": _t(
                            "Jatkohanke vuosina 2020–2023. Sitä toteuttivat JAMK ja Gradia.",
                            "The follow-up project in 2020–2023, run by JAMK and Gradia.",
                        ),
                    },
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Mitä sinun työyhteisösi haluaisi oppia monikulttuurisesta kohtaamisesta? "
                    "Kirjoita itsellesi ylös yksi toive ennen kuin jatkat, ja palaa siihen kurssin lopussa.",
                    "What would your work community like to learn about multicultural encounters? "
                    "Write down one wish for yourself before you go on, and come back to it at the end of the course.",
                )
            },
        ),
        _sources("S58", "S59", "S61"),
    ],
    "plain_body": [],
}

LESSON_ASSUMPTIONS = {
    "slug": "omat-oletukset",
    "title": _t("Omat oletukset", "One's own assumptions"),
    "intro": _t(
        "Oletukset ohjaavat asiakastyötä huomaamatta. Tarkista ne ennen kuin ne tekevät sen.",
        "Assumptions steer client work without our noticing. Check them before they do.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Jokaisella on oletuksia ihmisistä, joita ei vielä tunne. Ammattilaisen tehtävä on "
                "huomata omat oletuksensa ja tarkistaa ne, ennen kuin ne ohjaavat palvelua.</p>",
                "<p>Everyone has assumptions about people they do not yet know. A professional's task is to "
                "notice their own assumptions and check them before they steer the service.</p>",
            ),
        ),
        (
            "checklist",
            {
                "title": _t(
                    "Neljä kohtaa Kotopaikan 12 kohdan listasta",
                    "Four points from Kotopaikka's 12-point list",
                ),
                "items": [
                    _t(
                        "Tarkista tosiasiat: vain noin 10 % maahanmuuttajista tulee pakolaisina tai "
                        "kansainvälisen suojelun perusteella.",
                        "Check the facts: only about 10 % of immigrants come as refugees or for "
                        "international protection.",
                    ),
                    _t(
                        "Muista, että Suomikin oli maastamuuton maa: 1960-luvulla moni muutti Ruotsiin.",
                        "Remember that Finland was an emigration country too: in the 1960s many moved to Sweden.",
                    ),
                    _t(
                        "Vain ihminen itse voi sanoa, onko hän yhä maahanmuuttaja.",
                        "Only the person can say whether they are still an immigrant.",
                    ),
                    _t(
                        "Kulttuurienvälinen osaaminen vaatii aikaa ja harjoittelua.",
                        "Intercultural competence takes time and practice.",
                    ),
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Oletus sosiaalitoimistossa", "An assumption at the social services office"),
                "situation": _t(
                    "Asiakas tulee sosiaalitoimistoon hakemaan neuvoa asumiseen. Työntekijä olettaa hänen "
                    "ulkonäkönsä perusteella, että hän on tullut Suomeen pakolaisena.",
                    "A client comes to the social services office for advice on housing. Going by the client's "
                    "appearance, the worker assumes that he came to Finland as a refugee.",
                ),
                "lines": [
                    {
                        "speaker": _t("Työntekijä", "Worker"),
                        "text": _t("Milloin tulitte Suomeen pakolaisena?", "When did you come to Finland as a refugee?"),
                    },
                    {
                        "speaker": _t("Asiakas", "Client"),
                        "text": _t(
                            "En tullut pakolaisena. Tulin töihin, ja olen asunut täällä kymmenen vuotta.",
                            "I didn't come as a refugee. I came to work, and I have lived here for ten years.",
                        ),
                    },
                    {
                        "speaker": _t("Työntekijä", "Worker"),
                        "text": _t(
                            "Anteeksi, oletin väärin. Kertoisitteko itse, missä asiassa voin auttaa?",
                            "I'm sorry, I assumed wrongly. Could you tell me yourself what I can help you with?",
                        ),
                    },
                ],
                "question": _t(
                    "Mistä oletus syntyi, ja miten tapaamisen olisi voinut aloittaa toisin?",
                    "Where did the assumption come from, and how could the meeting have started differently?",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Älä määrittele asiakasta", "Do not label the client"),
                "text": _t(
                    "<p>Älä päätä asiakkaan puolesta, onko hän maahanmuuttaja. Kysy, mitä hän itse haluaa "
                    "kertoa taustastaan.</p>",
                    "<p>Do not decide for the client whether they are an immigrant. Ask what they themselves "
                    "want to tell about their background.</p>",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Minkä oletuksen olet viimeksi huomannut omassa ajattelussasi asiakastyössä? "
                    "Mihin tietoon se perustui?",
                    "Which assumption did you last notice in your own thinking at work with clients? "
                    "What information was it based on?",
                )
            },
        ),
        _sources("S57"),
    ],
    "plain_body": [],
}

LESSON_ENCOUNTER = {
    "slug": "kohtaaminen-ja-vuorovaikutus",
    "title": _t("Kohtaaminen ja vuorovaikutus", "Encounter and interaction"),
    "intro": _t(
        "Kulttuurisensitiivinen palvelu joustaa asiakkaan mukaan eikä jaa asiakkaita ryhmiin.",
        "A culturally sensitive service bends to the client and does not sort clients into groups.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Kulttuurisensitiivisyys", "Cultural sensitivity"),
                        "explanation": _t(
                            "Halu ja kyky ymmärtää ihmisiä, joiden tausta on erilainen kuin oma.",
                            "Being willing and able to understand people whose background differs from yours.",
                        ),
                    },
                    {
                        "term": _t("Kulttuurisensitiivinen palvelu", "Culturally sensitive service"),
                        "explanation": _t(
                            "Palvelu, joka joustaa monenlaisten asiakkaiden tarpeisiin. Se ei ole erillinen "
                            "palvelu kullekin ryhmälle.",
                            "A service that is flexible for many kinds of clients. It is not a separate service "
                            "for each group.",
                        ),
                    },
                    {
                        "term": _t("Kokonaisvaltainen työote", "Holistic way of working"),
                        "explanation": _t(
                            "Eri alojen ammattilaiset toimivat yhtenä tiiminä asiakkaan koko tilanteen hyväksi.",
                            "Professionals from different fields work as one team for the client's whole situation.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Sama tarina kolmeen kertaan", "The same story three times"),
                "situation": _t(
                    "Perhe asioi sosiaalipalveluissa, neuvolassa ja työllisyyspalveluissa. Sosiaaliohjaaja "
                    "huomaa, että perhe joutuu kertomaan samat asiat joka paikassa uudelleen.",
                    "A family uses social services, the child health clinic and employment services. The social "
                    "instructor notices that the family has to tell the same things again at each place.",
                ),
                "lines": [
                    {
                        "speaker": _t("Sosiaaliohjaaja", "Social instructor"),
                        "text": _t(
                            "Sopisiko, että pidämme yhteisen tapaamisen terveydenhoitajan kanssa? Silloin teidän "
                            "ei tarvitse kertoa kaikkea uudestaan.",
                            "Would it suit you if we held a joint meeting with the public health nurse? Then you "
                            "would not need to tell everything again.",
                        ),
                    },
                    {
                        "speaker": _t("Asiakas", "Client"),
                        "text": _t(
                            "Se olisi helpompaa. Meillä on papereita monesta paikasta.",
                            "That would be easier. We have papers from many places.",
                        ),
                    },
                ],
                "question": _t(
                    "Miten oma tiimisi voisi näkyä asiakkaalle yhtenä kokonaisuutena?",
                    "How could your own team appear to the client as one whole?",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Joustoa, ei erillisiä palveluja", "Flexibility, not separate services"),
                "text": _t(
                    "<p>Kulttuurisensitiivisyys ei tarkoita, että jokaiselle ryhmälle rakennetaan oma "
                    "palvelunsa. Tavallinen palvelu joustaa asiakkaan tarpeen mukaan.</p>",
                    "<p>Cultural sensitivity does not mean building a service of its own for each group. The "
                    "ordinary service bends to the client's needs.</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Ennen seuraavaa tapaamista", "Before your next meeting"),
                "items": [
                    _t("Kysy asiakkaalta, älä arvaa.", "Ask the client; do not guess."),
                    _t(
                        "Mieti, mistä kohdin oma palvelusi voi joustaa.",
                        "Think where your own service can be flexible.",
                    ),
                    _t(
                        "Sovi muiden ammattilaisten kanssa, kuka kokoaa asiakkaan asiat yhteen.",
                        "Agree with the other professionals who brings the client's matters together.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Missä tilanteessa olet itse ollut asiakkaana, joka ei tuntenut järjestelmää? "
                    "Mikä silloin auttoi? Miten voisit tarjota saman avun omille asiakkaillesi?",
                    "When have you yourself been a client who did not know the system? What helped then? "
                    "How could you offer the same help to your own clients?",
                )
            },
        ),
        _sources("S62", "S57"),
    ],
    "plain_body": [],
}

QUIZ_ENCOUNTER = {
    "slug": "kohtaaminen-tehtavat",
    "title": _t("Tehtävät: kohtaaminen", "Quiz: encounter"),
    "intro": _t(
        "Viisi kysymystä moduulin oppitunneista. Hyväksytty raja on 80 %.",
        "Five questions on this module's lessons. The pass mark is 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": _t(
                    "Kuinka suuri osa maahanmuuttajista tulee Suomeen pakolaisina tai kansainvälisen suojelun "
                    "perusteella?",
                    "Roughly what share of immigrants come to Finland as refugees or for international protection?",
                ),
                "choices": [
                    _choice("Noin 10 %", "About 10 %", True, "Oikein.", "Correct."),
                    _choice(
                        "Noin puolet",
                        "About half",
                        False,
                        "Ei. Osuus on paljon pienempi.",
                        "No. The share is much smaller.",
                    ),
                    _choice(
                        "Lähes kaikki",
                        "Nearly all",
                        False,
                        "Ei. Useimmat muuttavat muista syistä.",
                        "No. Most move for other reasons.",
                    ),
                ],
                "explanation": _t(
                    "Vain noin 10 % tulee pakolaisina tai kansainvälisen suojelun perusteella. Tarkista "
                    "tosiasiat ennen kuin oletat.",
                    "Only about 10 % come as refugees or for international protection. Check the facts before "
                    "you assume.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet kuvaavat kulttuurisensitiivistä palvelua? Valitse kaikki oikeat.",
                    "Which statements describe a culturally sensitive service? Choose all that are right.",
                ),
                "choices": [
                    _choice(
                        "Palvelu joustaa monenlaisten asiakkaiden tarpeisiin.",
                        "The service is flexible for many kinds of clients.",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Ammattilaiset toimivat yhtenä tiiminä.",
                        "Professionals work as one team.",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Jokaiselle kulttuuriryhmälle on oma erillinen palvelunsa.",
                        "Each cultural group has a separate service of its own.",
                        False,
                        "Ei. Kulttuurisensitiivinen palvelu ei ole erillinen palvelu kullekin ryhmälle.",
                        "No. A culturally sensitive service is not a separate service for each group.",
                    ),
                ],
                "explanation": _t(
                    "Kulttuurisensitiivinen palvelu joustaa ja toimii kokonaisvaltaisesti yhtenä tiiminä.",
                    "A culturally sensitive service is flexible and works holistically as one team.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": _t(
                    "Työntekijä voi päättää, onko asiakas vielä maahanmuuttaja.",
                    "The worker can decide whether a client is still an immigrant.",
                ),
                "choices": _true_false(
                    False,
                    ("Ei. Vain ihminen itse voi sanoa sen.", "No. Only the person can say that."),
                    ("Oikein. Vain ihminen itse voi sanoa sen.", "Correct. Only the person can say that."),
                ),
                "explanation": _t(
                    "Kotopaikan listan mukaan vain ihminen itse voi sanoa, onko hän yhä maahanmuuttaja.",
                    "According to Kotopaikka's list, only the person can say whether they are still an immigrant.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": _t(
                    "Järjestä tapahtumat aikajärjestykseen, vanhin ensin.",
                    "Put the events in chronological order, oldest first.",
                ),
                "items": [
                    {"text": _t("Moni suomalainen muuttaa Ruotsiin", "Many Finns move to Sweden")},
                    {"text": _t("Kotopaikka-hanke alkaa", "The Kotopaikka project starts")},
                    {"text": _t("Kotopaikka-hanke päättyy", "The Kotopaikka project ends")},
                    {"text": _t("Kotopaikka2-hanke alkaa", "The Kotopaikka2 project starts")},
                ],
                "explanation": _t(
                    "Suomi oli maastamuuton maa 1960-luvulla. Kotopaikka toimi 1.3.2017–31.7.2019 ja "
                    "Kotopaikka2 vuosina 2020–2023.",
                    "Finland was an emigration country in the 1960s. Kotopaikka ran from 1 March 2017 to "
                    "31 July 2019, and Kotopaikka2 in 2020–2023.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": _t(
                    "Mikä oli Kotopaikka-hankkeen koulutusten suosituin teema?",
                    "What was the most popular theme of the Kotopaikka project's trainings?",
                ),
                "choices": [
                    _choice(
                        "Monikulttuurinen kohtaaminen",
                        "Intercultural encounter",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Verotus",
                        "Taxation",
                        False,
                        "Ei. Verotus ei ollut hankkeen koulutusteema.",
                        "No. Taxation was not a training theme of the project.",
                    ),
                    _choice(
                        "Työelämän pelisäännöt",
                        "The rules of working life",
                        False,
                        "Niistäkin pidettiin yli 10 tilaisuutta, mutta ne eivät olleet suosituin teema.",
                        "There were more than 10 sessions on them too, but they were not the most popular theme.",
                    ),
                ],
                "explanation": _t(
                    "Hankkeen yli 40 koulutusta tavoittivat lähes 700 ihmistä, ja suosituin teema oli "
                    "monikulttuurinen kohtaaminen.",
                    "The project's more than 40 trainings reached nearly 700 people, and the most popular theme "
                    "was intercultural encounter.",
                ),
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Module 2: a shared language — plain language [M3], working with interpreters [M4]
# ---------------------------------------------------------------------------------------------

LESSON_PLAIN_LANGUAGE = {
    "slug": "selkokieli",
    "title": _t("Selkokieli asiakastyössä", "Plain language in client work"),
    "intro": _t(
        "Selkokieli auttaa monia asiakkaita. Ymmärtäminen tarkistetaan keskustelemalla.",
        "Plain language helps many clients. Understanding is checked by talking it through.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Selkokieli on suomea, joka on helpompaa lukea ja ymmärtää. Vuoden 2019 arvion mukaan sitä "
                "tarvitsee <b>650 000–750 000 ihmistä</b>, eli 11–14 % väestöstä. Heitä ovat esimerkiksi:</p>"
                "<ul><li>ihmiset, joilla on neurobiologinen erityispiirre</li>"
                "<li>ihmiset, joiden kielitaito on heikentynyt</li>"
                "<li>ihmiset, joille suomi tai ruotsi on toinen kieli.</li></ul>",
                "<p>Plain language is Finnish that is easier to read and understand. A 2019 estimate says "
                "<b>650,000–750,000 people</b> need it, which is 11–14 % of the population. They include:</p>"
                "<ul><li>people with neurobiological conditions</li>"
                "<li>people whose language skills have declined</li>"
                "<li>people who speak Finnish or Swedish as a second language.</li></ul>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Selkokieli", "Plain language (selkokieli)"),
                        "explanation": _t(
                            "Suomea, jonka sanasto ja rakenteet on tehty helpommiksi: yleisiä sanoja, selitettyjä "
                            "termejä ja yksinkertaisia lauseita.",
                            "Finnish whose vocabulary and structures are made easier: common words, explained "
                            "terms and simple sentences.",
                        ),
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": _t("Selkokielen periaatteet", "Principles of plain language"),
                "items": [
                    _t("Käytä yleisiä, tuttuja sanoja.", "Use common, familiar words."),
                    _t("Selitä termit.", "Explain the terms."),
                    _t("Käytä yksinkertaisia lauserakenteita.", "Use simple sentence structures."),
                    _t("Käytä aktiivia: kerro, kuka tekee mitä.", "Use the active voice: say who does what."),
                    _t("Etene loogisessa järjestyksessä.", "Go in a logical order."),
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Liitteet hakemukseen", "Attachments to an application"),
                "situation": _t(
                    "Asiakas kysyy sosiaalitoimistossa, mitä hakemukseen tarvitaan. Hän puhuu suomea toisena "
                    "kielenä.",
                    "A client asks at the social services office what an application needs. Finnish is their "
                    "second language.",
                ),
                "lines": [
                    {
                        "speaker": _t("Työntekijä", "Worker"),
                        "text": _t(
                            "Tarvitsen kaksi paperia. Ensimmäinen on vuokrasopimus. Toinen on palkkakuitti.",
                            "I need two papers. The first is your rental contract. The second is your pay slip.",
                        ),
                    },
                    {
                        "speaker": _t("Työntekijä", "Worker"),
                        "text": _t(
                            "Kertoisitko omin sanoin, mitä papereita tuot ensi kerralla?",
                            "Could you tell me in your own words which papers you will bring next time?",
                        ),
                    },
                    {
                        "speaker": _t("Asiakas", "Client"),
                        "text": _t("Vuokrasopimuksen ja palkkakuitin.", "The rental contract and the pay slip."),
                    },
                ],
                "question": _t(
                    "Miksi työntekijä ei kysynyt vain ”Ymmärsitkö?”",
                    "Why did the worker not just ask “Did you understand?”",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("”Ymmärsitkö?” on heikko kysymys", "“Did you understand?” is a weak question"),
                "text": _t(
                    "<p>Moni vastaa siihen ”kyllä”, vaikka ei ymmärtänyt. Tarkista ymmärtäminen keskustelemalla "
                    "asiasta yhdessä.</p>",
                    "<p>Many people answer “yes” even when they did not understand. Check understanding by "
                    "talking the matter through together.</p>",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Valitse yksi lause, jota käytät usein asiakkaalle. Miten sanoisit sen selkokielellä?",
                    "Pick one sentence you often say to clients. How would you say it in plain language?",
                )
            },
        ),
        _sources("S49", "S47", "S48", "S50"),
    ],
    "plain_body": [],
}

LESSON_INTERPRETERS = {
    "slug": "tulkin-kanssa",
    "title": _t("Työskentely tulkin kanssa", "Working with interpreters"),
    "intro": _t(
        "Kuka tulkkauksen järjestää ja maksaa, ja miten tulkattu tapaaminen sujuu.",
        "Who arranges and pays for interpretation, and how an interpreted meeting goes well.",
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Kun asia on viranomaisen aloittama, <b>viranomaisen on järjestettävä ja maksettava "
                "tulkkaus</b> (hallintolaki 434/2003, 26 §; kielilaki 18 §).</p>"
                "<p>Tulkkausta on saatavilla lähes sadalla kielellä, ja etätulkkaus on mahdollista. Valtio "
                "korvaa pakolaisten tulkkauskustannukset.</p>",
                "<p>In a matter the authority has initiated, <b>the authority must arrange and pay for "
                "interpretation</b> (Administrative Procedure Act 434/2003, section 26; Language Act, section "
                "18).</p>"
                "<p>Interpreting exists in almost 100 languages, and remote interpreting is possible. The state "
                "reimburses interpretation costs for refugees.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Puolueettomuus", "Impartiality"),
                        "explanation": _t(
                            "Tulkki ei ole kummankaan osapuolen puolella eikä lisää omia mielipiteitään.",
                            "The interpreter takes neither side and adds no opinions of their own.",
                        ),
                    },
                    {
                        "term": _t("Vaitiolovelvollisuus", "Duty of secrecy"),
                        "explanation": _t(
                            "Tulkki ei kerro kenellekään, mitä tapaamisessa puhuttiin.",
                            "The interpreter tells no one what was said in the meeting.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Tulkattu tapaaminen sosiaalipalveluissa", "An interpreted social-services appointment"),
                "situation": _t(
                    "Sosiaaliohjaaja on kutsunut perheen tapaamiseen ja tilannut ammattitulkin. Perheen "
                    "12-vuotias poika tarjoutuu tulkiksi.",
                    "A social instructor has invited a family to a meeting and booked a professional "
                    "interpreter. The family's 12-year-old son offers to interpret.",
                ),
                "lines": [
                    {
                        "speaker": _t("Asiakas", "Client"),
                        "text": _t(
                            "Poikani puhuu hyvin suomea. Voisiko hän tulkata?",
                            "My son speaks good Finnish. Could he interpret?",
                        ),
                    },
                    {
                        "speaker": _t("Sosiaaliohjaaja", "Social instructor"),
                        "text": _t(
                            "Kiitos, mutta lapsi ei toimi tulkkina. Tulkki on puolueeton, ja häntä sitoo "
                            "vaitiolovelvollisuus. Kaikki, mitä täällä sanotaan, tulkataan.",
                            "Thank you, but a child does not interpret. The interpreter is impartial and bound "
                            "to secrecy. Everything said here will be interpreted.",
                        ),
                    },
                ],
                "question": _t(
                    "Miksi työntekijä puhuu suoraan asiakkaalle eikä tulkille?",
                    "Why does the worker speak to the client rather than to the interpreter?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Tulkattu tapaaminen", "An interpreted meeting"),
                "items": [
                    _t("Varaa tapaamiselle kaksinkertainen aika.", "Book double time for the meeting."),
                    _t(
                        "Käytä ammattitulkkia, älä koskaan asiakkaan lasta.",
                        "Use a professional interpreter, never the client's child.",
                    ),
                    _t(
                        "Puhu asiakkaalle, älä tulkille, ja käytä minä-muotoa.",
                        "Speak to the client, not the interpreter, in the first person.",
                    ),
                    _t("Muista, että kaikki sanottu tulkataan.", "Remember that everything said is interpreted."),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Etätulkkaus", "Remote interpreting"),
                "text": _t(
                    "<p>Jos tulkki ei pääse paikalle, tulkkaus voidaan hoitaa etänä. Sovi siitä jo, kun tilaat "
                    "tulkin.</p>",
                    "<p>If the interpreter cannot come in person, the interpreting can be done remotely. Agree on "
                    "it already when you book the interpreter.</p>",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Miten omassa yksikössäsi tilataan tulkki? Tiedätkö, kenen puoleen kääntyä?",
                    "How is an interpreter booked in your own unit? Do you know whom to ask?",
                )
            },
        ),
        _sources("S54", "S52", "S51", "S55", "S53", "S56"),
    ],
    "plain_body": [],
}

QUIZ_LANGUAGE = {
    "slug": "kieli-ja-tulkkaus-tehtavat",
    "title": _t("Tehtävät: selkokieli ja tulkkaus", "Quiz: plain language and interpreting"),
    "intro": _t(
        "Viisi kysymystä selkokielestä ja tulkin kanssa työskentelystä. Hyväksytty raja on 80 %.",
        "Five questions on plain language and working with interpreters. The pass mark is 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": _t(
                    "Noin kuinka moni Suomessa tarvitsee selkokieltä?",
                    "Roughly how many people in Finland need plain language?",
                ),
                "choices": [
                    _choice("50 000", "50,000", False, "Ei. Tarve on paljon suurempi.", "No. The need is much larger."),
                    _choice("650 000–750 000", "650,000–750,000", True, "Oikein.", "Correct."),
                    _choice("2 miljoonaa", "2 million", False, "Ei. Se on liikaa.", "No. That is too many."),
                ],
                "explanation": _t(
                    "Vuoden 2019 arvion mukaan 650 000–750 000 ihmistä eli 11–14 % väestöstä tarvitsee selkokieltä.",
                    "A 2019 estimate says 650,000–750,000 people, 11–14 % of the population, need plain language.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä ovat selkokielen periaatteita? Valitse kaikki oikeat.",
                    "Which are principles of plain language? Choose all that are right.",
                ),
                "choices": [
                    _choice("Yleiset sanat", "Common words", True, "Oikein.", "Correct."),
                    _choice("Selitetyt termit", "Explained terms", True, "Oikein.", "Correct."),
                    _choice("Aktiivi", "The active voice", True, "Oikein.", "Correct."),
                    _choice(
                        "Pitkät, monimutkaiset virkkeet",
                        "Long, complex sentences",
                        False,
                        "Ei. Selkokielessä rakenteet ovat yksinkertaisia.",
                        "No. Plain language uses simple structures.",
                    ),
                ],
                "explanation": _t(
                    "Selkokielessä käytetään yleisiä sanoja, selitetään termit, suositaan yksinkertaisia "
                    "rakenteita ja aktiivia ja edetään loogisessa järjestyksessä.",
                    "Plain language uses common words, explained terms, simple structures and the active voice, "
                    "in a logical order.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": _t(
                    "Kuka on paras tulkki kunnan asiakastapaamiseen?",
                    "Who is the best interpreter for a municipal client meeting?",
                ),
                "choices": [
                    _choice(
                        "Asiakkaan lapsi",
                        "The client's child",
                        False,
                        "Ei. Asiakkaan lasta ei koskaan käytetä tulkkina.",
                        "No. The client's child is never used as an interpreter.",
                    ),
                    _choice(
                        "Ammattitulkki, joka on puolueeton",
                        "A professional, impartial interpreter",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Asiakkaan naapuri",
                        "The client's neighbour",
                        False,
                        "Ei. Naapuri ei ole puolueeton eikä vaitiolovelvollinen.",
                        "No. A neighbour is neither impartial nor bound to secrecy.",
                    ),
                ],
                "explanation": _t(
                    "Ammattitulkki on puolueeton ja vaitiolovelvollinen.",
                    "A professional interpreter is impartial and bound to secrecy.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": _t(
                    "Kun asia on viranomaisen aloittama, asiakkaan on itse hankittava ja maksettava tulkki.",
                    "In a matter the authority has initiated, the client must find and pay for the interpreter.",
                ),
                "choices": _true_false(
                    False,
                    (
                        "Ei. Viranomainen järjestää ja maksaa tulkkauksen.",
                        "No. The authority arranges and pays for the interpretation.",
                    ),
                    (
                        "Oikein. Viranomainen järjestää ja maksaa tulkkauksen.",
                        "Correct. The authority arranges and pays for the interpretation.",
                    ),
                ),
                "explanation": _t(
                    "Hallintolain (434/2003) 26 § ja kielilain 18 § mukaan viranomainen järjestää ja maksaa "
                    "tulkkauksen asioissa, jotka se on itse pannut vireille.",
                    "Under section 26 of the Administrative Procedure Act (434/2003) and section 18 of the "
                    "Language Act, the authority arranges and pays for interpretation in matters it initiated.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": _t(
                    "Järjestä tulkatun tapaamisen vaiheet oikeaan järjestykseen.",
                    "Put the steps of an interpreted meeting in the right order.",
                ),
                "items": [
                    {
                        "text": _t(
                            "Tilaa ammattitulkki ja varaa kaksinkertainen aika",
                            "Book a professional interpreter and double time",
                        )
                    },
                    {
                        "text": _t(
                            "Kerro alussa, että kaikki sanottu tulkataan",
                            "Say at the start that everything said will be interpreted",
                        )
                    },
                    {
                        "text": _t(
                            "Puhu asiakkaalle minä-muodossa",
                            "Speak to the client in the first person",
                        )
                    },
                    {
                        "text": _t(
                            "Tarkista lopuksi ymmärtäminen keskustelemalla",
                            "Finally, check understanding by talking it through",
                        )
                    },
                ],
                "explanation": _t(
                    "Tulkki ja riittävä aika varataan etukäteen. Tapaamisessa puhutaan asiakkaalle, ja "
                    "lopuksi ymmärtäminen tarkistetaan keskustelemalla eikä kysymällä ”Ymmärsitkö?”.",
                    "The interpreter and enough time are booked in advance. In the meeting you speak to the "
                    "client, and at the end you check understanding by talking it through, not by asking "
                    "“Did you understand?”.",
                ),
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Module 3: integration and equality — integration path [M5], anti-racism [M6], trauma [M7]
# ---------------------------------------------------------------------------------------------

LESSON_INTEGRATION = {
    "slug": "kotoutumispolku-2025",
    "title": _t("Kotoutumispolku vuoden 2025 uudistuksen jälkeen", "The integration path after the 2025 reform"),
    "intro": _t(
        "Kunnilla on nyt kokonaisvastuu kotouttamisesta. Mitä se tarkoittaa asiakastyössä?",
        "Municipalities now hold overall responsibility for integration. What does it mean in client work?",
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Uusi kotoutumislaki (681/2023) tuli voimaan 1.1.2025 ja korvasi lain 1386/2010. "
                "<b>Kunnilla on nyt kokonaisvastuu kotouttamisesta.</b></p>"
                "<p>TE-toimistot lakkautettiin. Tilalle tuli 45 työllisyysaluetta, noin 4 400 työntekijää "
                "siirtyi kuntiin, ja harkinnanvaraiset tehtävät siirtyivät KEHA-keskukselle. Vuonna 2024 "
                "TE-asiakkaille tehtiin 19 770 ensimmäistä kotoutumissuunnitelmaa.</p>",
                "<p>The new Integration Act (681/2023) took effect on 1 January 2025, replacing Act 1386/2010. "
                "<b>Municipalities now hold overall responsibility for integration.</b></p>"
                "<p>The TE Offices closed. In their place came 45 employment areas, about 4,400 staff moved to "
                "municipalities, and discretionary tasks went to the KEHA Centre. In 2024, 19,770 first "
                "integration plans were made for TE clients.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Kotoutumisohjelma", "Integration programme"),
                        "explanation": _t(
                            "Kunnan ohjelma, johon kuuluvat kotoutumissuunnitelma, kotoutumiskoulutus ja "
                            "monikielinen yhteiskuntaorientaatio.",
                            "The municipal programme that covers the integration plan, integration training and "
                            "multilingual civic orientation.",
                        ),
                    },
                    {
                        "term": _t("Ensimmäinen kotoutumissuunnitelma", "First integration plan"),
                        "explanation": _t(
                            "Laaditaan viimeistään kolmen vuoden kuluessa ensimmäisestä oleskeluluvasta.",
                            "Drawn up within 3 years of the first residence permit.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Kenen puoleen käännyn?", "Whom do I turn to?"),
                "situation": _t(
                    "Asiakas sai ensimmäisen oleskelulupansa kaksi vuotta sitten. Hän tulee kunnan "
                    "työllisyyspalveluihin.",
                    "A client got her first residence permit two years ago. She comes to the municipal "
                    "employment services.",
                ),
                "lines": [
                    {
                        "speaker": _t("Asiakas", "Client"),
                        "text": _t(
                            "Kuulin, että TE-toimisto on lopetettu. Saanko vielä kotoutumissuunnitelman?",
                            "I heard the TE Office has closed. Can I still get an integration plan?",
                        ),
                    },
                    {
                        "speaker": _t("Ohjaaja", "Adviser"),
                        "text": _t(
                            "Nyt kotoutumisesta vastaa kunta. Ensimmäinen suunnitelma tehdään kolmen vuoden "
                            "kuluessa ensimmäisestä luvasta, joten tehdään se yhdessä.",
                            "The municipality is now responsible for integration. The first plan is made within "
                            "3 years of the first permit, so let's make it together.",
                        ),
                    },
                ],
                "question": _t(
                    "Mitä muuta kotoutumisohjelmasta kannattaa kertoa asiakkaalle tässä vaiheessa?",
                    "What else about the integration programme is worth telling the client at this point?",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Vuoden 2025 muutoksia", "Amendments in 2025"),
                "text": _t(
                    "<p>Tulkatusta tapaamisesta, josta jää pois ilmoittamatta, voidaan periä maksu. Kerro tästä "
                    "asiakkaalle etukäteen.</p>"
                    "<p>Laskennallisen korvauksen kaudet lyhenivät: kiintiöpakolaisilla 4 vuodesta 3 vuoteen, "
                    "muilla pakolaisilla 3 vuodesta 2 vuoteen.</p>",
                    "<p>A fee can be charged for missing an interpreted appointment without notice. Tell the "
                    "client this in advance.</p>"
                    "<p>Imputed reimbursement periods were cut: for quota refugees from 4 to 3 years, for other "
                    "refugees from 3 to 2 years.</p>",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Kuka omassa kunnassasi vastaa kotoutumisohjelmasta? Tiedätkö, mihin ohjaat asiakkaan, joka "
                    "kysyy kotoutumissuunnitelmasta?",
                    "Who is responsible for the integration programme in your municipality? Do you know where to "
                    "refer a client who asks about an integration plan?",
                )
            },
        ),
        _sources("S40", "S41", "S42", "S43", "S44", "S45", "S46"),
    ],
    "plain_body": [],
}

LESSON_ANTIRACISM = {
    "slug": "antirasismi-ja-yhdenvertaisuus",
    "title": _t("Antirasismi ja yhdenvertaisuus", "Anti-racism and non-discrimination"),
    "intro": _t(
        "Yhdenvertaisuutta pitää edistää aktiivisesti, ja syrjintä voi olla myös välillistä.",
        "Equality has to be promoted actively, and discrimination can also be indirect.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Viranomaisten, koulutuksen järjestäjien ja työnantajien on arvioitava ja edistettävä "
                "yhdenvertaisuutta sekä laadittava yhdenvertaisuussuunnitelma. Kuntien kannattaa vahvistaa "
                "henkilöstön yhdenvertaisuusosaamista esimerkiksi koulutuksella.</p>"
                "<p>Valtioneuvoston toimintaohjelmassa rasismin torjumiseksi ja yhdenvertaisuuden "
                "edistämiseksi on <b>62 toimenpidettä</b>.</p>",
                "<p>Authorities, education providers and employers must assess and promote equality and draw "
                "up an equality plan. Municipalities should build their staff's equality competence, for "
                "example through training.</p>"
                "<p>The Government's action plan to combat racism and promote equality has "
                "<b>62 measures</b>.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Yhdenvertaisuuslaki (1325/2014)", "Non-discrimination Act (1325/2014)"),
                        "explanation": _t(
                            "Kieltää syrjinnän muun muassa iän, alkuperän, kansalaisuuden, kielen, uskonnon, "
                            "vakaumuksen, terveyden ja vammaisuuden perusteella.",
                            "Bans discrimination on grounds such as age, origin, nationality, language, "
                            "religion, belief, health and disability.",
                        ),
                    },
                    {
                        "term": _t("Välillinen syrjintä", "Indirect discrimination"),
                        "explanation": _t(
                            "Näennäisesti neutraali vaatimus asettaa jonkun huonompaan asemaan. Esimerkki: "
                            "vaaditaan täydellistä suomea, vaikka työ ei sitä edellytä.",
                            "A seemingly neutral requirement puts someone at a disadvantage. Example: demanding "
                            "perfect Finnish when the job does not need it.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Työpaikkailmoituksen luonnos", "A draft job advertisement"),
                "situation": _t(
                    "Kunta hakee kiinteistönhoitajaa. Luonnoksessa vaaditaan täydellistä suomen kielen taitoa.",
                    "The municipality is hiring a caretaker. The draft advertisement demands perfect Finnish.",
                ),
                "lines": [
                    {
                        "speaker": _t("HR-suunnittelija", "HR planner"),
                        "text": _t(
                            "Tarvitaanko tässä työssä todella täydellistä suomea?",
                            "Does this job really need perfect Finnish?",
                        ),
                    },
                    {
                        "speaker": _t("Esihenkilö", "Supervisor"),
                        "text": _t(
                            "Ei tarvita. Muutetaan vaatimus vastaamaan työn todellisia tarpeita.",
                            "No, it doesn't. Let's change the requirement to match what the work really needs.",
                        ),
                    },
                ],
                "question": _t(
                    "Mitä vaatimuksia omissa ilmoituksissanne tai lomakkeissanne voisi tarkistaa?",
                    "Which requirements in your own advertisements or forms could you review?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Yhdenvertaisuus omassa työssä", "Equality in your own work"),
                "items": [
                    _t(
                        "Tiedä, missä työpaikkasi yhdenvertaisuussuunnitelma on.",
                        "Know where your workplace's equality plan is.",
                    ),
                    _t(
                        "Tarkista, että vaatimukset vastaavat tehtävän todellisia tarpeita.",
                        "Check that requirements match the real needs of the task.",
                    ),
                    _t("Osallistu yhdenvertaisuuskoulutukseen.", "Take part in equality training."),
                    _t(
                        "Puutu, jos huomaat syrjintää, ja kerro siitä esihenkilölle.",
                        "Step in if you notice discrimination, and tell your supervisor.",
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Osaaminen kasvaa koulutuksella", "Competence grows through training"),
                "text": _t(
                    "<p>Yhdenvertaisuusosaaminen ei synny itsestään. Ehdota yhteistä koulutusta, jos työyhteisösi "
                    "ei ole vielä käsitellyt aihetta.</p>",
                    "<p>Equality competence does not appear by itself. Suggest joint training if your work "
                    "community has not yet dealt with the topic.</p>",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Missä oman palvelusi kohdassa asiakas voisi kokea tulleensa kohdelluksi eri tavalla kuin muut?",
                    "At which point of your own service could a client feel treated differently from others?",
                )
            },
        ),
        _sources("S63", "S64", "S65", "S27", "S26"),
    ],
    "plain_body": [],
}

LESSON_TRAUMA = {
    "slug": "traumatietoisuus",
    "title": _t("Traumatietoinen kohtaaminen", "Trauma-aware encounter"),
    "intro": _t(
        "Trauma voi näkyä väsymyksenä ja oppimisen vaikeutena. Kysymyksen muoto ratkaisee paljon.",
        "Trauma can show as tiredness and difficulty learning. The way you ask matters a lot.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Suomi ottaa vastaan noin 1 000 kiintiöpakolaista vuodessa. Monella asiakkaalla on takanaan "
                "raskaita kokemuksia.</p>"
                "<p>Kielenopetuksella on vähän vaikutusta, jos oppimisen esteitä ei käsitellä.</p>",
                "<p>Finland receives roughly 1,000 quota refugees a year. Many clients carry heavy "
                "experiences.</p>"
                "<p>Language teaching has little effect if the barriers to learning are not addressed.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms"),
                "terms": [
                    {
                        "term": _t("Traumatietoinen työote", "Trauma-aware approach"),
                        "explanation": _t(
                            "Ammattilainen muistaa, että käytöksen taustalla voi olla raskaita kokemuksia, ja "
                            "kysyy, mitä ihmiselle on tapahtunut.",
                            "The professional remembers that heavy experiences may lie behind behaviour, and asks "
                            "what has happened to the person.",
                        ),
                    },
                    {
                        "term": _t("Oppimisen este", "Barrier to learning"),
                        "explanation": _t(
                            "Asia, joka vaikeuttaa oppimista, esimerkiksi unettomuus tai keskittymisvaikeus.",
                            "Something that makes learning harder, such as insomnia or difficulty concentrating.",
                        ),
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": _t("Trauma voi näkyä näin", "Trauma can show as"),
                "items": [
                    _t("alakuloisuutena", "low mood"),
                    _t("unettomuutena", "insomnia"),
                    _t("keskittymisvaikeuksina", "difficulty concentrating"),
                    _t("oppimisvaikeuksina", "learning difficulties"),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Kysy toisin", "Ask differently"),
                "text": _t(
                    "<p>Kysy ”Mitä sinulle on tapahtunut?” eikä ”Mikä sinussa on vikana?”.</p>",
                    "<p>Ask “What happened to you?” rather than “What is wrong with you?”.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Älä tee hätäisiä päätelmiä", "Do not jump to conclusions"),
                "text": _t(
                    "<p>Väsymys tai unohtelu ei kerro haluttomuudesta. Niiden taustalla voi olla trauma.</p>",
                    "<p>Tiredness or forgetting does not show unwillingness. Trauma may lie behind them.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": _t("Väsynyt opiskelija", "A tired student"),
                "situation": _t(
                    "Kotoutumiskoulutuksen opettaja huomaa, että opiskelija on usein väsynyt eikä muista "
                    "edellisen päivän asioita.",
                    "A teacher in integration training notices that a student is often tired and does not "
                    "remember the previous day's lessons.",
                ),
                "lines": [
                    {
                        "speaker": _t("Opettaja", "Teacher"),
                        "text": _t(
                            "Olet näyttänyt väsyneeltä. Mitä sinulle on tapahtunut?",
                            "You have looked tired. What has happened to you?",
                        ),
                    },
                    {
                        "speaker": _t("Opiskelija", "Student"),
                        "text": _t(
                            "En saa nukuttua. Ajattelen öisin kotimaata.",
                            "I can't sleep. At night I think about my home country.",
                        ),
                    },
                    {
                        "speaker": _t("Opettaja", "Teacher"),
                        "text": _t(
                            "Kiitos, että kerroit. Mietitään yhdessä, mistä voisit saada apua.",
                            "Thank you for telling me. Let's think together where you could get help.",
                        ),
                    },
                ],
                "question": _t(
                    "Mitä oppimisen esteelle voisi tehdä ennen kuin opetusta lisätään?",
                    "What could be done about the barrier to learning before adding more teaching?",
                ),
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Tiedätkö, mihin ohjata asiakkaan, jonka oireet viittaavat traumaan? Kenen kanssa voit "
                    "työyhteisössäsi pohtia tällaista tilannetta?",
                    "Do you know where to refer a client whose symptoms suggest trauma? With whom in your work "
                    "community can you think such a situation through?",
                )
            },
        ),
        _sources("S67", "S66", "S68"),
    ],
    "plain_body": [],
}

QUIZ_INTEGRATION = {
    "slug": "kotoutuminen-ja-yhdenvertaisuus-tehtavat",
    "title": _t("Tehtävät: kotoutuminen ja yhdenvertaisuus", "Quiz: integration and equality"),
    "intro": _t(
        "Viisi kysymystä kotoutumispolusta, yhdenvertaisuudesta ja traumasta. Hyväksytty raja on 80 %.",
        "Five questions on the integration path, equality and trauma. The pass mark is 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": _t(
                    "Kenellä on 1.1.2025 alkaen kokonaisvastuu kotouttamisesta?",
                    "Since 1 January 2025, who holds overall responsibility for integration?",
                ),
                "choices": [
                    _choice(
                        "Valtion TE-toimistoilla",
                        "The state's TE Offices",
                        False,
                        "Ei. TE-toimistot lakkautettiin.",
                        "No. The TE Offices were closed.",
                    ),
                    _choice("Kunnilla", "Municipalities", True, "Oikein.", "Correct."),
                    _choice(
                        "Kelalla",
                        "Kela",
                        False,
                        "Ei. Kokonaisvastuu on kunnilla.",
                        "No. Overall responsibility lies with the municipalities.",
                    ),
                ],
                "explanation": _t(
                    "Uusi kotoutumislaki (681/2023) antoi kunnille kokonaisvastuun kotouttamisesta 1.1.2025 alkaen.",
                    "The new Integration Act (681/2023) gave municipalities overall responsibility for integration "
                    "from 1 January 2025.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitä kunnan kotoutumisohjelmaan kuuluu? Valitse kaikki oikeat.",
                    "What does a municipal integration programme cover? Choose all that are right.",
                ),
                "choices": [
                    _choice("Kotoutumissuunnitelma", "The integration plan", True, "Oikein.", "Correct."),
                    _choice("Kotoutumiskoulutus", "Integration training", True, "Oikein.", "Correct."),
                    _choice(
                        "Monikielinen yhteiskuntaorientaatio",
                        "Multilingual civic orientation",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Verokortin myöntäminen",
                        "Issuing tax cards",
                        False,
                        "Ei. Verokortti ei kuulu kotoutumisohjelmaan.",
                        "No. Tax cards are not part of the integration programme.",
                    ),
                ],
                "explanation": _t(
                    "Kotoutumisohjelma kattaa kotoutumissuunnitelman, kotoutumiskoulutuksen ja monikielisen "
                    "yhteiskuntaorientaation.",
                    "The integration programme covers the integration plan, integration training and "
                    "multilingual civic orientation.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": _t(
                    "Valtioneuvoston toimintaohjelmassa rasismin torjumiseksi on 62 toimenpidettä.",
                    "The Government's action plan to combat racism has 62 measures.",
                ),
                "choices": _true_false(
                    True,
                    ("Oikein.", "Correct."),
                    ("Ei. Toimenpiteitä on 62.", "No. There are 62 measures."),
                ),
                "explanation": _t(
                    "Toimintaohjelmassa rasismin torjumiseksi ja yhdenvertaisuuden edistämiseksi on 62 toimenpidettä.",
                    "The action plan to combat racism and promote equality has 62 measures.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": _t(
                    "Mikä kysymys sopii traumatietoiseen kohtaamiseen?",
                    "Which question fits a trauma-aware encounter?",
                ),
                "choices": [
                    _choice(
                        "Mitä sinulle on tapahtunut?",
                        "What happened to you?",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Mikä sinussa on vikana?",
                        "What is wrong with you?",
                        False,
                        "Ei. Tämä kysymys etsii vikaa ihmisestä.",
                        "No. This question looks for a fault in the person.",
                    ),
                ],
                "explanation": _t(
                    "Traumatietoinen työote kysyy, mitä ihmiselle on tapahtunut, eikä sitä, mikä hänessä on vikana.",
                    "A trauma-aware approach asks what happened to a person, not what is wrong with them.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": _t(
                    "Järjestä luvut pienimmästä suurimpaan.",
                    "Put the figures in order from smallest to largest.",
                ),
                "items": [
                    {
                        "text": _t(
                            "Kiintiöpakolaisia Suomeen vuodessa",
                            "Quota refugees received by Finland a year",
                        )
                    },
                    {
                        "text": _t(
                            "TE-toimistoista kuntiin siirtyneet työntekijät",
                            "TE Office staff who moved to municipalities",
                        )
                    },
                    {
                        "text": _t(
                            "TE-asiakkaiden ensimmäiset kotoutumissuunnitelmat vuonna 2024",
                            "First integration plans made for TE clients in 2024",
                        )
                    },
                    {"text": _t("Selkokieltä tarvitsevat ihmiset", "People who need plain language")},
                ],
                "explanation": _t(
                    "Kiintiöpakolaisia on noin 1 000 vuodessa, kuntiin siirtyi noin 4 400 työntekijää, "
                    "ensimmäisiä suunnitelmia tehtiin 19 770 ja selkokieltä tarvitsee 650 000–750 000 ihmistä.",
                    "About 1,000 quota refugees a year, about 4,400 staff moved, 19,770 first plans, and "
                    "650,000–750,000 people who need plain language.",
                ),
            },
        ),
    ],
}


MODULES = [
    {
        "slug": "kohtaaminen",
        "title": _t("Kohtaaminen", "Encounter"),
        "intro": _t(
            "Kurssin tausta, omat oletukset ja kulttuurisensitiivinen vuorovaikutus.",
            "The course's background, one's own assumptions and culturally sensitive interaction.",
        ),
        "lessons": [LESSON_PROJECT, LESSON_ASSUMPTIONS, LESSON_ENCOUNTER],
        "quiz": QUIZ_ENCOUNTER,
    },
    {
        "slug": "kieli-ja-tulkkaus",
        "title": _t("Yhteinen kieli", "A shared language"),
        "intro": _t(
            "Selkokieli ja työskentely tulkin kanssa.",
            "Plain language and working with interpreters.",
        ),
        "lessons": [LESSON_PLAIN_LANGUAGE, LESSON_INTERPRETERS],
        "quiz": QUIZ_LANGUAGE,
    },
    {
        "slug": "kotoutuminen-ja-yhdenvertaisuus",
        "title": _t("Kotoutuminen ja yhdenvertaisuus", "Integration and equality"),
        "intro": _t(
            "Kotoutumispolku vuoden 2025 uudistuksen jälkeen, antirasismi ja traumatietoisuus.",
            "The integration path after the 2025 reform, anti-racism and trauma awareness.",
        ),
        "lessons": [LESSON_INTEGRATION, LESSON_ANTIRACISM, LESSON_TRAUMA],
        "quiz": QUIZ_INTEGRATION,
    },
]


FINAL_QUIZ = {
    "slug": "loppukoe",
    "title": _t("Loppukoe: monikulttuurinen kohtaaminen", "Final quiz: multicultural encounters"),
    "intro": _t(
        "Kuusi kysymystä koko kurssista. Kun läpäiset kokeen, saat kurssitodistuksen. Hyväksytty raja on 80 %.",
        "Six questions on the whole course. When you pass, you get a course certificate. The pass mark is 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": _t(
                    "Mihin mennessä ensimmäinen kotoutumissuunnitelma on laadittava?",
                    "By when must the first integration plan be drawn up?",
                ),
                "choices": [
                    _choice(
                        "Kolmen kuukauden kuluessa maahantulosta",
                        "Within 3 months of arrival",
                        False,
                        "Ei. Aikaa on pidempään.",
                        "No. There is more time.",
                    ),
                    _choice(
                        "Kolmen vuoden kuluessa ensimmäisestä oleskeluluvasta",
                        "Within 3 years of the first residence permit",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Kymmenen vuoden kuluessa",
                        "Within 10 years",
                        False,
                        "Ei. Määräaika on paljon lyhyempi.",
                        "No. The deadline is much shorter.",
                    ),
                ],
                "explanation": _t(
                    "Ensimmäinen kotoutumissuunnitelma laaditaan kolmen vuoden kuluessa ensimmäisestä luvasta.",
                    "The first integration plan is drawn up within 3 years of the first permit.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet ammattitulkista pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about a professional interpreter are true? Choose all that are right.",
                ),
                "choices": [
                    _choice("Tulkki on puolueeton.", "The interpreter is impartial.", True, "Oikein.", "Correct."),
                    _choice(
                        "Tulkkia sitoo vaitiolovelvollisuus.",
                        "The interpreter is bound to secrecy.",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                    _choice(
                        "Tulkki jättää pois asiat, joita ei ole tarkoitettu asiakkaalle.",
                        "The interpreter leaves out things not meant for the client.",
                        False,
                        "Ei. Kaikki, mitä tapaamisessa sanotaan, tulkataan.",
                        "No. Everything said in the meeting is interpreted.",
                    ),
                    _choice(
                        "Tulkkaus voi tapahtua myös etänä.",
                        "Interpreting can also be done remotely.",
                        True,
                        "Oikein.",
                        "Correct.",
                    ),
                ],
                "explanation": _t(
                    "Tulkki on puolueeton ja vaitiolovelvollinen, kaikki sanottu tulkataan, ja etätulkkaus on "
                    "mahdollista.",
                    "The interpreter is impartial and bound to secrecy, everything said is interpreted, and "
                    "remote interpreting is possible.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": _t(
                    "”Ymmärsitkö?” on hyvä tapa tarkistaa, että asiakas ymmärsi.",
                    "“Did you understand?” is a good way to check that the client understood.",
                ),
                "choices": _true_false(
                    False,
                    (
                        "Ei. Se on heikko kysymys; keskustele asiasta yhdessä.",
                        "No. It is a weak question; talk the matter through together.",
                    ),
                    (
                        "Oikein. Tarkista ymmärtäminen keskustelemalla.",
                        "Correct. Check understanding by talking it through.",
                    ),
                ),
                "explanation": _t(
                    "”Ymmärsitkö?” on heikko kysymys. Ymmärtäminen tarkistetaan keskustelemalla asiasta.",
                    "“Did you understand?” is a weak question. Understanding is checked by talking it through.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": _t(
                    "Keiden on arvioitava ja edistettävä yhdenvertaisuutta? Valitse kaikki oikeat.",
                    "Who must assess and promote equality? Choose all that are right.",
                ),
                "choices": [
                    _choice("Viranomaisten", "Authorities", True, "Oikein.", "Correct."),
                    _choice("Koulutuksen järjestäjien", "Education providers", True, "Oikein.", "Correct."),
                    _choice("Työnantajien", "Employers", True, "Oikein.", "Correct."),
                    _choice(
                        "Vain asiakkaiden itse",
                        "Only the clients themselves",
                        False,
                        "Ei. Velvollisuus on viranomaisilla, koulutuksen järjestäjillä ja työnantajilla.",
                        "No. The duty lies with authorities, education providers and employers.",
                    ),
                ],
                "explanation": _t(
                    "Viranomaisten, koulutuksen järjestäjien ja työnantajien on arvioitava ja edistettävä "
                    "yhdenvertaisuutta ja laadittava yhdenvertaisuussuunnitelma.",
                    "Authorities, education providers and employers must assess and promote equality and draw up "
                    "an equality plan.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": _t(
                    "Asiakas jättää tulematta tulkattuun tapaamiseen ilmoittamatta. Mitä vuoden 2025 muutokset "
                    "mahdollistavat?",
                    "A client misses an interpreted appointment without notice. What do the 2025 amendments allow?",
                ),
                "choices": [
                    _choice(
                        "Asiakkaalta voidaan periä maksu.",
                        "A fee can be charged to the client.",
                        True,
                        "Oikein. Kerro tästä asiakkaalle etukäteen.",
                        "Correct. Tell the client this in advance.",
                    ),
                    _choice(
                        "Ei mitään seurauksia.",
                        "No consequences at all.",
                        False,
                        "Ei. Vuoden 2025 muutosten jälkeen maksu on mahdollinen.",
                        "No. Since the 2025 amendments a fee is possible.",
                    ),
                    _choice(
                        "Tulkkausta ei enää järjestetä hänelle.",
                        "Interpretation is no longer arranged for them.",
                        False,
                        "Ei. Seurauksena voi olla maksu, ei tulkkauksen epääminen.",
                        "No. The consequence can be a fee, not a refusal of interpretation.",
                    ),
                ],
                "explanation": _t(
                    "Vuoden 2025 muutokset mahdollistavat maksun tulkatusta tapaamisesta, josta jäädään pois "
                    "ilmoittamatta.",
                    "The 2025 amendments allow a fee for an interpreted appointment missed without notice.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": _t(
                    "Järjestä tapahtumat aikajärjestykseen, vanhin ensin.",
                    "Put the events in chronological order, oldest first.",
                ),
                "items": [
                    {"text": _t("Aiempi kotoutumislaki säädetään", "The former Integration Act is enacted")},
                    {"text": _t("Yhdenvertaisuuslaki säädetään", "The Non-discrimination Act is enacted")},
                    {"text": _t("Kotopaikka-hanke alkaa", "The Kotopaikka project starts")},
                    {"text": _t("Uusi kotoutumislaki tulee voimaan", "The new Integration Act takes effect")},
                ],
                "explanation": _t(
                    "Aiempi kotoutumislaki on 1386/2010 ja yhdenvertaisuuslaki 1325/2014; vinoviivan jälkeinen "
                    "luku on lain vuosi. Kotopaikka alkoi 1.3.2017, ja uusi kotoutumislaki (681/2023) tuli "
                    "voimaan 1.1.2025.",
                    "The former Integration Act is 1386/2010 and the Non-discrimination Act 1325/2014; the number "
                    "after the slash is the act's year. Kotopaikka started on 1 March 2017, and the new "
                    "Integration Act (681/2023) took effect on 1 January 2025.",
                ),
            },
        ),
    ],
}
