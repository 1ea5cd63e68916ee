"""Rules of Finnish working life, part 1: the course itself and modules 1-2.

Module 1 covers the employment relationship and pay (contract, collective agreements, tax
card), module 2 working time and absences (hours and overtime, annual holidays, sick leave).
Facts come from ../shared/content/facts.md (A1-A2, B1-B3, F1-F4, C1-C5, D1-D5, E1-E4), nothing
marked UNCONFIRMED; the wording is the project's own.
Format: content-format.md. Finnish is the source; plain Finnish is each lesson's plain_body.
"""

CHECKED = "2026-11-01"


def L(fi, en, ar, uk):  # noqa: N802 - short on purpose: the data below is mostly these calls
    """One translatable string in every language of this course."""
    return {"fi": fi, "en": en, "ar": ar, "uk": uk}


def source(title, url):
    return {"title": title, "url": url, "valid_as_of": CHECKED}


S1 = source(
    "InfoFinland: Agreeing on the conditions of employment",
    "https://www.infofinland.fi/en/living-in-finland/work-and-enterprise/employee-s-rights-and-obligations/"
    "agreeing-on-the-conditions-of-employment",
)
S2 = source("TEM: Concluding an employment contract", "https://tem.fi/en/concluding-an-employment-contract")
S4 = source(
    "Suomi.fi: Employment contract and trial period",
    "https://www.suomi.fi/citizen/living-together-and-having-a-family/welcome-to-adulthood/guide/"
    "towards-employment/employment-contract-and-trial-period",
)
S5 = source("TEM: Minimum wages", "https://tem.fi/en/minimum-wages")
S7 = source("Työelämän pelisäännöt: Working hours", "https://tyoelamanpelisaannot.fi/en/working-hours/")
S8 = source(
    "Työsuojelu.fi: Rest periods",
    "https://www.tyosuojelu.fi/en/web/en/employment-relationship/working-hours/rest-periods",
)
S9 = source(
    "Tehy: How are additional work and overtime compensated",
    "https://www.tehy.fi/en/working-life-guidebook/pay/how-are-additional-work-and-overtime-compensated",
)
S10 = source(
    "Työsuojelu.fi: Additional work and overtime",
    "http://www.tyosuojelu.fi/web/en/employment-relationship/working-hours/additional-work-and-overtime",
)
S11 = source("Pro: Ylityö", "https://proliitto.fi/en/tyoelaman-tietopankki/ylityo")
S12 = source(
    "Teollisuusliitto: Annual holiday", "https://www.teollisuusliitto.fi/en/basics-working-life/annual-holiday/"
)
S13 = source("PAM: Annual holidays", "https://pam.fi/en/wiki/annual-holidays.html")
S14 = source("TEM: Annual holiday", "https://tem.fi/en/annual-holiday")
S15 = source("Työelämän pelisäännöt: Absences", "https://tyoelamanpelisaannot.fi/en/absences")
S16 = source(
    "YTK: Frequently asked questions about salary",
    "https://www.ytkpalvelut.fi/en/work-life-guide/payment-of-wages/frequently-asked-questions-about-salary",
)
S17 = source(
    "InfoFinland: Tax card",
    "https://www.infofinland.fi/en/living-in-finland/work-and-enterprise/taxation/tax-card",
)
S18 = source(
    "Vero.fi: Staying 6 months or less - pay tax at source",
    "https://vero.fi/en/individuals/tax-cards-and-tax-returns/arriving_in_finland/work_in_finland/"
    "finnish-employer/staying-6-months-or-less---pay-tax-at-source/",
)

TRUE = L("Tosi", "True", "صحيح", "Правда")
FALSE = L("Epätosi", "False", "خطأ", "Неправда")

COURSE = {
    "slug": "tyoelaman-pelisaannot",
    "title": L(
        "Suomalaisen työelämän pelisäännöt",
        "Rules of Finnish working life",
        "قواعد الحياة العملية في فنلندا",
        "Правила трудового життя у Фінляндії",
    ),
    "intro": L(
        "Mitä työntekijän kannattaa tietää Suomessa? Lyhyet oppitunnit työsopimuksesta, palkasta, työajasta, "
        "lomista, veroista ja työpaikan arjesta. Jokaisen osion lopussa on tehtävä.",
        "What should an employee in Finland know? Short lessons on the employment contract, pay, working hours, "
        "holidays, taxes and everyday life at work. Each module ends with a quiz.",
        "ما الذي يجب أن يعرفه العامل في فنلندا؟ دروس قصيرة عن عقد العمل والأجر وساعات العمل والإجازات "
        "والضرائب والحياة اليومية في مكان العمل. ينتهي كل قسم باختبار قصير.",
        "Що варто знати працівникові у Фінляндії? Короткі уроки про трудовий договір, зарплату, робочий час, "
        "відпустки, податки та повсякденне життя на роботі. Кожен модуль закінчується тестом.",
    ),
    "audience": "immigrants",
    "learning_outcomes": L(
        "Tiedät, mitä työsopimuksesta pitää tarkistaa.\n"
        "Ymmärrät, miten palkka määräytyy ja miksi tarvitset verokortin.\n"
        "Tunnet työajan, vuosiloman ja sairauspoissaolon pääsäännöt.\n"
        "Tiedät oikeutesi ja velvollisuutesi työpaikalla ja mistä saat apua.",
        "You know what to check in an employment contract.\n"
        "You understand how pay is set and why you need a tax card.\n"
        "You know the main rules on working hours, annual holidays and sick leave.\n"
        "You know your rights and duties at work and where to get help.",
        "تعرف ما الذي يجب التحقق منه في عقد العمل.\n"
        "تفهم كيف يُحدَّد الأجر ولماذا تحتاج إلى البطاقة الضريبية.\n"
        "تعرف القواعد الأساسية لساعات العمل والإجازة السنوية والإجازة المرضية.\n"
        "تعرف حقوقك وواجباتك في العمل وأين تجد المساعدة.",
        "Ви знаєте, що перевірити в трудовому договорі.\n"
        "Ви розумієте, як визначається зарплата і навіщо потрібна податкова картка.\n"
        "Ви знаєте основні правила щодо робочого часу, щорічної відпустки та лікарняного.\n"
        "Ви знаєте свої права й обов'язки на роботі та де отримати допомогу.",
    ),
    "estimated_minutes": 90,
    "grants_certificate": True,
    "cover_image": "contract",
}

# --- Module 1: Työsuhde ja palkka ------------------------------------------------------------

LESSON_CONTRACT = {
    "slug": "tyosopimus",
    "title": L("Työsopimus", "The employment contract", "عقد العمل", "Трудовий договір"),
    "intro": L(
        "Työsopimus kertoo, millä ehdoilla teet työtä. Näin tarkistat sen.",
        "The employment contract sets out the terms of your work. This is how to check it.",
        "يحدد عقد العمل شروط عملك. هكذا تتحقق منه.",
        "Трудовий договір визначає умови вашої роботи. Ось як його перевірити.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            L(
                "<p>Työsopimus voi olla suullinen, kirjallinen tai sähköinen. Kirjallinen sopimus on silti suositeltava, "
                "koska siitä voi myöhemmin tarkistaa, mitä sovittiin.</p>"
                "<p>Jos kirjallista sopimusta ei tehdä, työnantajan pitää antaa sinulle kirjallinen selvitys työn "
                "keskeisistä ehdoista.</p>",
                "<p>An employment contract can be oral, written or electronic. A written contract is still recommended, "
                "because you can later check what was agreed.</p>"
                "<p>If no written contract is made, the employer must give you a written account of the main terms "
                "of the work.</p>",
                "<p>يمكن أن يكون عقد العمل شفهيًا أو مكتوبًا أو إلكترونيًا. ومع ذلك يُنصح بالعقد المكتوب، لأنك تستطيع "
                "لاحقًا أن تتحقق مما تم الاتفاق عليه.</p>"
                "<p>إذا لم يُكتب عقد، فيجب على صاحب العمل أن يعطيك بيانًا مكتوبًا بالشروط الأساسية للعمل.</p>",
                "<p>Трудовий договір може бути усним, письмовим або електронним. Проте радять укладати письмовий договір, "
                "бо згодом можна перевірити, про що домовилися.</p>"
                "<p>Якщо письмового договору немає, роботодавець має надати вам письмовий виклад основних умов "
                "роботи.</p>",
            ),
        ),
        (
            "image",
            {
                "image": "contract",
                "alt_text": L(
                    "Piirros: allekirjoitettu työsopimus ja kynä.",
                    "Drawing: a signed employment contract and a pen.",
                    "رسم: عقد عمل موقَّع وقلم.",
                    "Малюнок: підписаний трудовий договір і ручка.",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L("Toistaiseksi voimassa oleva", "Open-ended", "عقد غير محدد المدة", "Безстроковий"),
                        "explanation": L(
                            "Sopimus ilman päättymispäivää. Tämä on tavallinen sopimus.",
                            "A contract with no end date. This is the usual kind.",
                            "عقد بلا تاريخ انتهاء. هذا هو النوع المعتاد.",
                            "Договір без дати закінчення. Це звичайний вид договору.",
                        ),
                    },
                    {
                        "term": L("Määräaikainen", "Fixed-term", "عقد محدد المدة", "Строковий"),
                        "explanation": L(
                            "Sopimus päättyy tiettynä päivänä. Työnantaja tarvitsee siihen perustellun syyn.",
                            "The contract ends on a set day. The employer needs a justified reason for it.",
                            "ينتهي العقد في يوم محدد. يحتاج صاحب العمل إلى سبب مبرَّر لذلك.",
                            "Договір закінчується у визначений день. Роботодавцю потрібна обґрунтована причина.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L("Suomessa", "In Finland", "في فنلندا", "У Фінляндії"),
                "text": L(
                    "<p>Työsopimus on oletuksena toistaiseksi voimassa. Määräaikainen sopimus työnantajan aloitteesta "
                    "vaatii perustellun syyn, esimerkiksi sijaisuuden tai kausityön.</p>",
                    "<p>A contract is open-ended by default. A fixed-term contract on the employer's initiative needs a "
                    "justified reason, such as a substitute post or seasonal work.</p>",
                    "<p>عقد العمل غير محدد المدة بشكل افتراضي. العقد محدد المدة بمبادرة من صاحب العمل يحتاج إلى سبب "
                    "مبرَّر، مثل العمل بديلًا عن موظف آخر أو العمل الموسمي.</p>",
                    "<p>За замовчуванням договір є безстроковим. Строковий договір з ініціативи роботодавця потребує "
                    "обґрунтованої причини, наприклад заміщення іншого працівника або сезонної роботи.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L("Ensimmäinen työpäivä", "The first day at work", "يوم العمل الأول", "Перший робочий день"),
                "situation": L(
                    "Amina aloittaa työt kahvilassa. Sopimuksesta on puhuttu vain suullisesti.",
                    "Amina starts work at a café. The contract has only been agreed orally.",
                    "تبدأ أمينة العمل في مقهى. تم الاتفاق على العقد شفهيًا فقط.",
                    "Аміна починає працювати в кав'ярні. Про договір домовилися лише усно.",
                ),
                "lines": [
                    {
                        "speaker": L("Amina", "Amina", "أمينة", "Аміна"),
                        "text": L(
                            "Voisinko saada työsopimuksen kirjallisena?",
                            "Could I have the employment contract in writing?",
                            "هل يمكنني الحصول على عقد العمل مكتوبًا؟",
                            "Чи можу я отримати трудовий договір у письмовій формі?",
                        ),
                    },
                    {
                        "speaker": L("Esihenkilö", "Supervisor", "المشرف", "Керівник"),
                        "text": L(
                            "Totta kai. Kirjoitetaan siihen palkka, työaika ja työn alkamispäivä.",
                            "Of course. Let's write down the pay, the working hours and the start date.",
                            "بالطبع. لنكتب فيه الأجر وساعات العمل وتاريخ بدء العمل.",
                            "Звісно. Запишемо туди зарплату, робочий час і дату початку роботи.",
                        ),
                    },
                ],
                "question": L(
                    "Mitä muuta Aminan kannattaa tarkistaa sopimuksesta?",
                    "What else should Amina check in the contract?",
                    "ما الذي يجب أن تتحقق منه أمينة أيضًا في العقد؟",
                    "Що ще Аміні варто перевірити в договорі?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L(
                    "Tarkista sopimuksesta", "Check in the contract", "تحقَّق في العقد من", "Перевірте в договорі"
                ),
                "items": [
                    L(
                        "Onko sopimus toistaiseksi voimassa vai määräaikainen?",
                        "Is the contract open-ended or fixed-term?",
                        "هل العقد غير محدد المدة أم محدد المدة؟",
                        "Договір безстроковий чи строковий?",
                    ),
                    L(
                        "Jos sopimus on määräaikainen, mikä on syy?",
                        "If it is fixed-term, what is the reason?",
                        "إذا كان محدد المدة، فما السبب؟",
                        "Якщо він строковий, яка причина?",
                    ),
                    L("Palkka ja työaika", "Pay and working hours", "الأجر وساعات العمل", "Зарплата і робочий час"),
                    L(
                        "Saitko sopimuksen tai selvityksen ehdoista kirjallisena?",
                        "Did you get the contract or an account of the terms in writing?",
                        "هل حصلت على العقد أو على بيان بالشروط مكتوبًا؟",
                        "Чи отримали ви договір або виклад умов у письмовій формі?",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Onko sinulla nyt tai aiemmin ollut työsopimus? Mitä siinä luki?",
                    "Do you have, or have you had, an employment contract? What did it say?",
                    "هل لديك الآن أو كان لديك سابقًا عقد عمل؟ ماذا كان مكتوبًا فيه؟",
                    "Чи маєте ви зараз або чи мали раніше трудовий договір? Що в ньому було написано?",
                )
            },
        ),
        ("sources", {"sources": [S2, S4]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Työsopimus kertoo, millä ehdoilla teet työtä.</p>"
            "<p>Sopimus voi olla suullinen, kirjallinen tai sähköinen.</p>"
            "<p>Pyydä sopimus kirjallisena. Silloin voit myöhemmin tarkistaa, mitä sovittiin.</p>"
            "<p>Jos kirjallista sopimusta ei ole, työnantajan pitää antaa tärkeimmät ehdot kirjallisena.</p>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Muista",
                "text": "<p>Tavallinen työsopimus on voimassa ilman päättymispäivää. "
                "Määräaikaiseen sopimukseen työnantaja tarvitsee hyvän syyn.</p>",
            },
        ),
        ("checklist", {"title": "Tarkista", "items": ["Päättyykö sopimus joskus?", "Palkka", "Työaika"]}),
        ("sources", {"sources": [S2, S4]}),
    ],
}

LESSON_PAY = {
    "slug": "palkka-ja-tyoehtosopimus",
    "title": L(
        "Palkka ja työehtosopimus",
        "Pay and collective agreements",
        "الأجر واتفاقيات العمل الجماعية",
        "Зарплата і колективні договори",
    ),
    "intro": L(
        "Suomessa ei ole lakia minimipalkasta. Kuka sitten päättää pienimmän palkan?",
        "Finland has no minimum-wage law. So who decides the lowest pay?",
        "لا يوجد في فنلندا قانون للحد الأدنى للأجور. فمن يحدد أدنى أجر إذن؟",
        "У Фінляндії немає закону про мінімальну зарплату. Хто ж тоді визначає найменшу оплату?",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            L(
                "<p>Suomessa ei ole minimipalkkalakia. Pienimmän palkan määräävät alakohtaiset työehtosopimukset "
                "(TES). Julkisella sektorilla vastaavia sopimuksia ovat VES ja KVTES.</p>"
                "<p>Jos mikään työehtosopimus ei koske työtä, palkan pitää olla tavanomainen ja kohtuullinen.</p>",
                "<p>Finland has no minimum-wage law. The lowest pay is set by sector collective agreements (TES). "
                "In the public sector the corresponding agreements are VES and KVTES.</p>"
                "<p>If no collective agreement applies to the work, pay must be normal and reasonable.</p>",
                "<p>لا يوجد في فنلندا قانون للحد الأدنى للأجور. تحدد اتفاقيات العمل الجماعية الخاصة بكل قطاع (TES) "
                "أدنى أجر. وفي القطاع العام تُسمّى الاتفاقيات المماثلة VES وKVTES.</p>"
                "<p>إذا لم تنطبق أي اتفاقية جماعية على العمل، فيجب أن يكون الأجر معتادًا ومعقولًا.</p>",
                "<p>У Фінляндії немає закону про мінімальну зарплату. Найменшу оплату визначають галузеві колективні "
                "договори (TES). У державному секторі відповідні договори називаються VES і KVTES.</p>"
                "<p>Якщо на роботу не поширюється жоден колективний договір, оплата має бути звичайною і "
                "розумною.</p>",
            ),
        ),
        (
            "image",
            {
                "image": "coins",
                "alt_text": L(
                    "Piirros: kolikoita ja kortti, jossa on prosenttimerkki.",
                    "Drawing: coins and a card with a percent sign.",
                    "رسم: نقود معدنية وبطاقة عليها علامة النسبة المئوية.",
                    "Малюнок: монети й картка зі знаком відсотка.",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L(
                            "Työehtosopimus (TES)",
                            "Collective agreement (TES)",
                            "اتفاقية العمل الجماعية (TES)",
                            "Колективний договір (TES)",
                        ),
                        "explanation": L(
                            "Alan sopimus, joka kertoo esimerkiksi pienimmän palkan.",
                            "An agreement for a sector that sets, for example, the lowest pay.",
                            "اتفاقية لقطاع معيّن تحدد مثلًا أدنى أجر.",
                            "Галузевий договір, який визначає, наприклад, найменшу оплату.",
                        ),
                    },
                    {
                        "term": L("Yleissitova", "Generally binding", "ملزمة بشكل عام", "Загальнообов'язковий"),
                        "explanation": L(
                            "Sopimus sitoo myös työnantajaa, joka ei kuulu työnantajaliittoon.",
                            "The agreement also binds an employer that is not in an employers' association.",
                            "تُلزم الاتفاقية أيضًا صاحب العمل غير العضو في اتحاد أصحاب العمل.",
                            "Договір зобов'язує також роботодавця, який не входить до об'єднання роботодавців.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L("Suomessa", "In Finland", "في فنلندا", "У Фінляндії"),
                "text": L(
                    "<p>Yleissitova työehtosopimus koskee myös työnantajaa, joka ei kuulu työnantajaliittoon. "
                    "Omassa työsopimuksessa ei voi sopia huonommista ehdoista kuin työehtosopimuksessa, vain "
                    "paremmista.</p>",
                    "<p>A generally binding collective agreement also applies to an employer that is not in an "
                    "employers' association. Your own contract cannot give you less than the collective agreement, "
                    "only more.</p>",
                    "<p>تنطبق اتفاقية العمل الجماعية الملزمة بشكل عام أيضًا على صاحب العمل غير العضو في اتحاد أصحاب "
                    "العمل. لا يمكن أن يعطيك عقدك الشخصي أقل مما في الاتفاقية الجماعية، بل أكثر فقط.</p>",
                    "<p>Загальнообов'язковий колективний договір поширюється і на роботодавця, який не входить до "
                    "об'єднання роботодавців. Ваш особистий договір не може давати менше, ніж колективний, лише "
                    "більше.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L("Liian pieni palkka?", "Pay too low?", "أجر منخفض جدًا؟", "Замала зарплата?"),
                "situation": L(
                    "Omid sopii siivoustyöstä. Työnantaja tarjoaa vähemmän kuin alan työehtosopimus.",
                    "Omid agrees on a cleaning job. The employer offers less than the sector's collective agreement.",
                    "يتفق أوميد على عمل في التنظيف. يعرض عليه صاحب العمل أقل مما تنص عليه الاتفاقية الجماعية للقطاع.",
                    "Омід домовляється про роботу прибиральником. Роботодавець пропонує менше, ніж передбачає "
                    "галузевий колективний договір.",
                ),
                "lines": [
                    {
                        "speaker": L("Työnantaja", "Employer", "صاحب العمل", "Роботодавець"),
                        "text": L(
                            "Sovitaan vain meidän kahden kesken pienempi palkka.",
                            "Let's just agree a lower pay between the two of us.",
                            "لنتفق فيما بيننا فقط على أجر أقل.",
                            "Давайте просто домовимося між собою про меншу оплату.",
                        ),
                    },
                    {
                        "speaker": L("Omid", "Omid", "أوميد", "Омід"),
                        "text": L(
                            "Haluaisin ensin tarkistaa alan työehtosopimuksen.",
                            "I would like to check the sector's collective agreement first.",
                            "أود أولًا أن أتحقق من الاتفاقية الجماعية للقطاع.",
                            "Спершу я хотів би перевірити галузевий колективний договір.",
                        ),
                    },
                ],
                "question": L(
                    "Voiko työsopimuksessa sopia pienemmästä palkasta kuin työehtosopimuksessa?",
                    "Can an employment contract set lower pay than the collective agreement?",
                    "هل يمكن أن يحدد عقد العمل أجرًا أقل مما في الاتفاقية الجماعية؟",
                    "Чи може трудовий договір встановити меншу оплату, ніж колективний договір?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L("Selvitä", "Find out", "اعرف", "З'ясуйте"),
                "items": [
                    L(
                        "Mikä työehtosopimus koskee työtäsi?",
                        "Which collective agreement covers your work?",
                        "ما الاتفاقية الجماعية التي تشمل عملك؟",
                        "Який колективний договір поширюється на вашу роботу?",
                    ),
                    L(
                        "Mikä on alan pienin palkka?",
                        "What is the lowest pay in the sector?",
                        "ما أدنى أجر في القطاع؟",
                        "Яка найменша оплата в галузі?",
                    ),
                    L(
                        "Onko palkkasi vähintään yhtä suuri?",
                        "Is your pay at least as high?",
                        "هل أجرك مساوٍ له على الأقل؟",
                        "Чи ваша зарплата щонайменше така сама?",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Miten pienin palkka päätetään maassa, josta tulet? Mikä on erilaista Suomessa?",
                    "How is the lowest pay decided in the country you come from? What is different in Finland?",
                    "كيف يُحدَّد أدنى أجر في البلد الذي أتيت منه؟ ما المختلف في فنلندا؟",
                    "Як визначають найменшу оплату в країні, з якої ви приїхали? Що інакше у Фінляндії?",
                )
            },
        ),
        ("sources", {"sources": [S1, S5]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Suomessa ei ole lakia pienimmästä palkasta.</p>"
            "<p>Pienin palkka on kirjoitettu alan työehtosopimukseen. Sen lyhenne on TES.</p>"
            "<p>Työsopimuksessa ei voi sopia pienemmästä palkasta kuin TES:ssä. Isommasta voi.</p>"
            "<p>Jos TES ei koske työtä, palkan pitää olla tavallinen ja kohtuullinen.</p>",
        ),
        ("checklist", {"title": "Selvitä", "items": ["Mikä TES koskee työtäsi?", "Mikä on pienin palkka?"]}),
        ("sources", {"sources": [S1, S5]}),
    ],
}

LESSON_TAX = {
    "slug": "verot-ja-verokortti",
    "title": L(
        "Verot ja verokortti", "Taxes and the tax card", "الضرائب والبطاقة الضريبية", "Податки і податкова картка"
    ),
    "intro": L(
        "Verokortti kertoo työnantajalle, kuinka paljon veroa palkasta pidätetään.",
        "The tax card tells your employer how much tax to withhold from your pay.",
        "تخبر البطاقة الضريبية صاحب العمل بمقدار الضريبة التي يقتطعها من أجرك.",
        "Податкова картка повідомляє роботодавцю, скільки податку утримувати із зарплати.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            L(
                "<p>Jokainen palkkaa saava tarvitsee verokortin. Jos työnantajalla ei ole verokorttiasi, palkasta "
                "pidätetään 60 prosenttia.</p>"
                "<p>Ensimmäiseen verokorttiin tarvitset suomalaisen henkilötunnuksen ja arvion vuoden tuloista. "
                "Suomessa pysyvästi asuva saa uuden verokortin joka tammikuu.</p>",
                "<p>Everyone who earns a salary needs a tax card. If your employer does not have your tax card, "
                "60 per cent is withheld from your pay.</p>"
                "<p>For your first tax card you need a Finnish personal identity code and an estimate of the year's "
                "income. People who live in Finland permanently get a new tax card every January.</p>",
                "<p>كل من يحصل على أجر يحتاج إلى بطاقة ضريبية. إذا لم تكن بطاقتك الضريبية لدى صاحب العمل، يُقتطع "
                "60 بالمئة من أجرك.</p>"
                "<p>للحصول على أول بطاقة ضريبية تحتاج إلى رقم الهوية الشخصية الفنلندي وتقدير لدخل السنة. ومن يعيش "
                "في فنلندا بشكل دائم يحصل على بطاقة ضريبية جديدة كل شهر يناير.</p>",
                "<p>Кожен, хто отримує зарплату, потребує податкової картки. Якщо у роботодавця немає вашої податкової "
                "картки, із зарплати утримують 60 відсотків.</p>"
                "<p>Для першої податкової картки потрібні фінський особистий ідентифікаційний код і оцінка доходу за "
                "рік. Ті, хто постійно живе у Фінляндії, отримують нову картку щосічня.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L("Verokortti", "Tax card", "البطاقة الضريبية", "Податкова картка"),
                        "explanation": L(
                            "Kortti, josta työnantaja näkee, paljonko veroa palkasta pidätetään.",
                            "A card that shows your employer how much tax to withhold from your pay.",
                            "بطاقة يرى منها صاحب العمل مقدار الضريبة التي يقتطعها من أجرك.",
                            "Картка, з якої роботодавець бачить, скільки податку утримати із зарплати.",
                        ),
                    },
                    {
                        "term": L("OmaVero", "MyTax", "MyTax (OmaVero)", "MyTax (OmaVero)"),
                        "explanation": L(
                            "Verohallinnon verkkopalvelu. Siellä voit tilata uuden verokortin.",
                            "The Tax Administration's online service. You can order a new tax card there.",
                            "الخدمة الإلكترونية لمصلحة الضرائب. يمكنك أن تطلب منها بطاقة ضريبية جديدة.",
                            "Онлайн-сервіс Податкової адміністрації. Там можна замовити нову податкову картку.",
                        ),
                    },
                    {
                        "term": L("Lähdevero", "Tax at source", "الضريبة عند المصدر", "Податок у джерела"),
                        "explanation": L(
                            "Enintään 6 kuukautta Suomessa työskentelevä maksaa 35 prosentin lähdeveron.",
                            "Someone working in Finland for 6 months or less pays 35 per cent tax at source.",
                            "من يعمل في فنلندا 6 أشهر أو أقل يدفع ضريبة عند المصدر بنسبة 35 بالمئة.",
                            "Хто працює у Фінляндії 6 місяців або менше, сплачує 35 відсотків податку у джерела.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L(
                    "Kun tulot muuttuvat", "When your income changes", "عندما يتغير دخلك", "Коли змінюється дохід"
                ),
                "text": L(
                    "<p>Tilaa uusi verokortti OmaVerossa, verotoimistossa tai puhelimella. Englanninkielinen "
                    "palvelunumero on 029 497 050.</p>",
                    "<p>Order a new tax card in MyTax, at a tax office or by phone. The English service line is "
                    "029 497 050.</p>",
                    "<p>اطلب بطاقة ضريبية جديدة عبر خدمة MyTax أو في مكتب الضرائب أو بالهاتف. رقم الخدمة باللغة "
                    "الإنجليزية هو 029 497 050.</p>",
                    "<p>Замовте нову податкову картку в MyTax, у податковому офісі або телефоном. Номер служби "
                    "англійською мовою: 029 497 050.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L("Ensimmäinen palkka", "The first pay", "الأجر الأول", "Перша зарплата"),
                "situation": L(
                    "Oksana sai ensimmäisen palkkansa. Siitä oli pidätetty 60 prosenttia veroa.",
                    "Oksana got her first pay. 60 per cent tax had been withheld from it.",
                    "حصلت أوكسانا على أجرها الأول. كان قد اقتُطع منه 60 بالمئة ضريبة.",
                    "Оксана отримала першу зарплату. З неї утримали 60 відсотків податку.",
                ),
                "lines": [
                    {
                        "speaker": L("Oksana", "Oksana", "أوكسانا", "Оксана"),
                        "text": L(
                            "Miksi veroa meni näin paljon?",
                            "Why was so much tax taken?",
                            "لماذا اقتُطعت كل هذه الضريبة؟",
                            "Чому утримали стільки податку?",
                        ),
                    },
                    {
                        "speaker": L("Palkanlaskija", "Payroll clerk", "موظف الرواتب", "Бухгалтер"),
                        "text": L(
                            "Meillä ei ollut verokorttiasi. Kun toimitat sen, pidätämme sen mukaan.",
                            "We did not have your tax card. Once you give it to us, we will withhold according to it.",
                            "لم تكن بطاقتك الضريبية لدينا. عندما تسلّمينها لنا، سنقتطع الضريبة بحسبها.",
                            "У нас не було вашої податкової картки. Коли ви її надасте, утримуватимемо згідно з нею.",
                        ),
                    },
                ],
                "question": L(
                    "Mitä Oksana tarvitsee ensimmäistä verokorttia varten?",
                    "What does Oksana need for her first tax card?",
                    "ماذا تحتاج أوكسانا للحصول على أول بطاقة ضريبية؟",
                    "Що потрібно Оксані для першої податкової картки?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L(
                    "Ennen ensimmäistä palkkaa", "Before your first pay", "قبل أجرك الأول", "Перед першою зарплатою"
                ),
                "items": [
                    L(
                        "Suomalainen henkilötunnus",
                        "A Finnish personal identity code",
                        "رقم الهوية الشخصية الفنلندي",
                        "Фінський особистий ідентифікаційний код",
                    ),
                    L(
                        "Arvio vuoden tuloista",
                        "An estimate of the year's income",
                        "تقدير لدخل السنة",
                        "Оцінка доходу за рік",
                    ),
                    L(
                        "Verokortti työnantajalle",
                        "Your tax card to your employer",
                        "البطاقة الضريبية لصاحب العمل",
                        "Податкова картка для роботодавця",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Mistä voit tarkistaa, onko verokorttisi tulot oikein arvioitu?",
                    "Where can you check whether the income on your tax card is estimated correctly?",
                    "أين يمكنك أن تتحقق مما إذا كان الدخل في بطاقتك الضريبية مقدَّرًا بشكل صحيح؟",
                    "Де можна перевірити, чи правильно оцінено дохід у вашій податковій картці?",
                )
            },
        ),
        ("sources", {"sources": [S17, S18]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Kun saat palkkaa, tarvitset verokortin.</p>"
            "<p>Anna verokortti työnantajalle. Jos et anna, palkasta menee veroa 60 prosenttia.</p>"
            "<p>Ensimmäistä verokorttia varten tarvitset suomalaisen henkilötunnuksen. "
            "Sinun pitää myös arvioida, paljonko ansaitset tänä vuonna.</p>"
            "<p>Jos tulosi muuttuvat, tilaa uusi verokortti. Sen voi tilata OmaVerosta.</p>",
        ),
        ("checklist", {"title": "Tarvitset", "items": ["Henkilötunnus", "Arvio tuloista", "Verokortti työnantajalle"]}),
        ("sources", {"sources": [S17, S18]}),
    ],
}

QUIZ_1 = {
    "slug": "tyosuhde-ja-palkka-tehtavat",
    "title": L(
        "Tehtävät: työsuhde ja palkka",
        "Quiz: employment and pay",
        "اختبار: علاقة العمل والأجر",
        "Тест: трудові відносини і зарплата",
    ),
    "intro": L(
        "Viisi kysymystä osiosta. Hyväksytty tulos on 80 prosenttia.",
        "Five questions on this module. The pass mark is 80 per cent.",
        "خمسة أسئلة عن هذا القسم. درجة النجاح 80 بالمئة.",
        "П'ять запитань за цим модулем. Прохідний бал: 80 відсотків.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": L(
                    "Kuinka suuri on Suomen lakisääteinen minimipalkka?",
                    "How high is Finland's statutory minimum wage?",
                    "كم يبلغ الحد الأدنى القانوني للأجور في فنلندا؟",
                    "Який у Фінляндії встановлений законом мінімальний розмір оплати праці?",
                ),
                "choices": [
                    {"text": L("10 euroa tunnissa", "10 euros an hour", "10 يورو في الساعة", "10 євро на годину")},
                    {
                        "text": L(
                            "Lakia ei ole: työehtosopimukset määräävät pienimmän palkan",
                            "There is no such law: collective agreements set the lowest pay",
                            "لا يوجد قانون كهذا: الاتفاقيات الجماعية تحدد أدنى أجر",
                            "Такого закону немає: найменшу оплату визначають колективні договори",
                        ),
                        "correct": True,
                    },
                    {
                        "text": L(
                            "1 500 euroa kuukaudessa",
                            "1,500 euros a month",
                            "1500 يورو في الشهر",
                            "1 500 євро на місяць",
                        )
                    },
                ],
                "explanation": L(
                    "Suomessa ei ole minimipalkkalakia. Pienimmän palkan määräävät alojen työehtosopimukset.",
                    "Finland has no minimum-wage law. The lowest pay is set by the sectors' collective agreements.",
                    "لا يوجد في فنلندا قانون للحد الأدنى للأجور. تحدد الاتفاقيات الجماعية للقطاعات أدنى أجر.",
                    "У Фінляндії немає закону про мінімальну зарплату. Найменшу оплату визначають галузеві "
                    "колективні договори.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": L(
                    "Työnantajalla ei ole verokorttiasi. Kuinka paljon palkasta pidätetään veroa?",
                    "Your employer does not have your tax card. How much tax is withheld from your pay?",
                    "ليست بطاقتك الضريبية لدى صاحب العمل. كم تُقتطع ضريبة من أجرك؟",
                    "У роботодавця немає вашої податкової картки. Скільки податку утримують із зарплати?",
                ),
                "choices": [
                    {"text": L("0 prosenttia", "0 per cent", "0 بالمئة", "0 відсотків")},
                    {"text": L("35 prosenttia", "35 per cent", "35 بالمئة", "35 відсотків")},
                    {"text": L("60 prosenttia", "60 per cent", "60 بالمئة", "60 відсотків"), "correct": True},
                ],
                "explanation": L(
                    "Ilman verokorttia palkasta pidätetään 60 prosenttia. Anna verokortti työnantajalle ajoissa.",
                    "Without a tax card, 60 per cent is withheld. Give your tax card to your employer in time.",
                    "من دون بطاقة ضريبية يُقتطع 60 بالمئة. سلّم بطاقتك الضريبية لصاحب العمل في الوقت المناسب.",
                    "Без податкової картки утримують 60 відсотків. Вчасно передайте картку роботодавцю.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": L(
                    "Mitkä väitteet työsopimuksesta pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about the employment contract are correct? Choose all that apply.",
                    "أي العبارات عن عقد العمل صحيحة؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження про трудовий договір правильні? Оберіть усі правильні.",
                ),
                "choices": [
                    {
                        "text": L(
                            "Sopimus voi olla suullinen.",
                            "A contract can be oral.",
                            "يمكن أن يكون العقد شفهيًا.",
                            "Договір може бути усним.",
                        ),
                        "correct": True,
                    },
                    {
                        "text": L(
                            "Kirjallinen sopimus on suositeltava.",
                            "A written contract is recommended.",
                            "يُنصح بالعقد المكتوب.",
                            "Радять укладати письмовий договір.",
                        ),
                        "correct": True,
                    },
                    {
                        "text": L(
                            "Määräaikaiseen sopimukseen ei koskaan tarvita syytä.",
                            "A fixed-term contract never needs a reason.",
                            "العقد محدد المدة لا يحتاج أبدًا إلى سبب.",
                            "Строковий договір ніколи не потребує причини.",
                        )
                    },
                ],
                "explanation": L(
                    "Sopimus voi olla suullinen, mutta kirjallinen on suositeltava. Määräaikainen sopimus "
                    "työnantajan aloitteesta vaatii perustellun syyn.",
                    "A contract can be oral, but a written one is recommended. A fixed-term contract on the "
                    "employer's initiative needs a justified reason.",
                    "يمكن أن يكون العقد شفهيًا، لكن يُنصح بالعقد المكتوب. العقد محدد المدة بمبادرة من صاحب العمل "
                    "يحتاج إلى سبب مبرَّر.",
                    "Договір може бути усним, але радять письмовий. Строковий договір з ініціативи роботодавця "
                    "потребує обґрунтованої причини.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": L(
                    "Omassa työsopimuksessa voi sopia pienemmästä palkasta kuin työehtosopimuksessa.",
                    "Your own employment contract can set lower pay than the collective agreement.",
                    "يمكن أن يحدد عقد عملك الشخصي أجرًا أقل مما في الاتفاقية الجماعية.",
                    "Ваш особистий трудовий договір може встановити меншу оплату, ніж колективний договір.",
                ),
                "choices": [{"text": TRUE}, {"text": FALSE, "correct": True}],
                "explanation": L(
                    "Työsopimuksessa voi sopia vain paremmista ehdoista kuin työehtosopimuksessa, ei huonommista.",
                    "An employment contract can only give better terms than the collective agreement, never worse.",
                    "يمكن لعقد العمل أن يعطي شروطًا أفضل من الاتفاقية الجماعية فقط، وليس أسوأ أبدًا.",
                    "Трудовий договір може давати лише кращі умови, ніж колективний договір, але не гірші.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": L(
                    "Laita vaiheet oikeaan järjestykseen: näin saat ensimmäisen verokortin.",
                    "Put the steps in order: this is how you get your first tax card.",
                    "رتّب الخطوات بالترتيب الصحيح: هكذا تحصل على أول بطاقة ضريبية.",
                    "Розставте кроки в правильному порядку: так ви отримуєте першу податкову картку.",
                ),
                "items": [
                    {
                        "text": L(
                            "Saat suomalaisen henkilötunnuksen.",
                            "You get a Finnish personal identity code.",
                            "تحصل على رقم الهوية الشخصية الفنلندي.",
                            "Ви отримуєте фінський особистий ідентифікаційний код.",
                        )
                    },
                    {
                        "text": L(
                            "Arvioit vuoden tulosi.",
                            "You estimate your income for the year.",
                            "تقدّر دخلك للسنة.",
                            "Ви оцінюєте свій дохід за рік.",
                        )
                    },
                    {
                        "text": L(
                            "Saat verokortin.",
                            "You get your tax card.",
                            "تحصل على البطاقة الضريبية.",
                            "Ви отримуєте податкову картку.",
                        )
                    },
                    {
                        "text": L(
                            "Annat verokortin työnantajalle.",
                            "You give the tax card to your employer.",
                            "تسلّم البطاقة الضريبية لصاحب العمل.",
                            "Ви передаєте податкову картку роботодавцю.",
                        )
                    },
                ],
                "explanation": L(
                    "Ensimmäiseen verokorttiin tarvitaan henkilötunnus ja arvio tuloista. Sitten verokortti annetaan "
                    "työnantajalle.",
                    "A first tax card requires a personal identity code and an income estimate. Then the card goes "
                    "to the employer.",
                    "تتطلب أول بطاقة ضريبية رقم الهوية الشخصية وتقديرًا للدخل. ثم تُسلَّم البطاقة لصاحب العمل.",
                    "Для першої податкової картки потрібні ідентифікаційний код і оцінка доходу. Потім картку "
                    "передають роботодавцю.",
                ),
            },
        ),
    ],
}

MODULE_1 = {
    "slug": "tyosuhde-ja-palkka",
    "title": L("Työsuhde ja palkka", "Employment and pay", "علاقة العمل والأجر", "Трудові відносини і зарплата"),
    "intro": L(
        "Työsopimus, palkka ja verokortti: mitä sinun pitää tietää, kun aloitat työt.",
        "The employment contract, pay and the tax card: what you need to know when you start work.",
        "عقد العمل والأجر والبطاقة الضريبية: ما تحتاج إلى معرفته عندما تبدأ العمل.",
        "Трудовий договір, зарплата і податкова картка: що потрібно знати, коли ви починаєте працювати.",
    ),
    "lessons": [LESSON_CONTRACT, LESSON_PAY, LESSON_TAX],
    "quiz": QUIZ_1,
}

# --- Module 2: Työaika ja poissaolot ---------------------------------------------------------

LESSON_HOURS = {
    "slug": "tyoaika-ja-ylityo",
    "title": L(
        "Työaika ja ylityö",
        "Working hours and overtime",
        "ساعات العمل والعمل الإضافي",
        "Робочий час і понаднормова робота",
    ),
    "intro": L(
        "Kuinka pitkä työpäivä saa olla, ja milloin tehdään ylitöitä?",
        "How long may a working day be, and when is overtime done?",
        "كم يمكن أن يطول يوم العمل، ومتى يكون العمل الإضافي؟",
        "Яким довгим може бути робочий день і коли виконують понаднормову роботу?",
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "paragraph",
            L(
                "<p>Säännöllinen työaika on enintään 8 tuntia päivässä ja 40 tuntia viikossa. Monessa "
                "työehtosopimuksessa se on 7,5 tuntia päivässä ja 37,5 tuntia viikossa.</p>"
                "<p>Ylityö on työtä säännöllisen työajan lisäksi. Työnantaja pyytää sitä, ja työntekijä antaa "
                "suostumuksensa joka kerta erikseen.</p>",
                "<p>Regular working hours are at most 8 hours a day and 40 hours a week. Many collective agreements "
                "set 7.5 hours a day and 37.5 hours a week.</p>"
                "<p>Overtime is work beyond regular hours. The employer asks for it, and the employee gives consent "
                "separately each time.</p>",
                "<p>ساعات العمل العادية 8 ساعات في اليوم و40 ساعة في الأسبوع كحد أقصى. وفي كثير من الاتفاقيات "
                "الجماعية تكون 7.5 ساعات في اليوم و37.5 ساعة في الأسبوع.</p>"
                "<p>العمل الإضافي هو العمل الزائد على ساعات العمل العادية. يطلبه صاحب العمل، ويوافق العامل عليه "
                "في كل مرة على حدة.</p>",
                "<p>Звичайний робочий час становить не більше 8 годин на день і 40 годин на тиждень. У багатьох "
                "колективних договорах це 7,5 години на день і 37,5 години на тиждень.</p>"
                "<p>Понаднормова робота виконується понад звичайний робочий час. Її пропонує роботодавець, а "
                "працівник щоразу окремо дає згоду.</p>",
            ),
        ),
        (
            "image",
            {
                "image": "clock",
                "alt_text": L(
                    "Piirros: seinäkello, joka näyttää kahdeksaa.",
                    "Drawing: a wall clock showing eight o'clock.",
                    "رسم: ساعة حائط تشير إلى الثامنة.",
                    "Малюнок: настінний годинник, що показує восьму годину.",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L("Ylityö", "Overtime", "العمل الإضافي", "Понаднормова робота"),
                        "explanation": L(
                            "Työ, joka ylittää säännöllisen työajan. Siitä maksetaan korotettua palkkaa.",
                            "Work beyond regular hours. It is paid at a higher rate.",
                            "عمل يتجاوز ساعات العمل العادية. يُدفع عنه أجر أعلى.",
                            "Робота понад звичайний робочий час. Її оплачують за підвищеною ставкою.",
                        ),
                    },
                    {
                        "term": L("Vuorokausilepo", "Daily rest", "الراحة اليومية", "Щоденний відпочинок"),
                        "explanation": L(
                            "Vapaa aika kahden työvuoron välissä, yleensä vähintään 11 tuntia.",
                            "Free time between two shifts, as a rule at least 11 hours.",
                            "وقت الراحة بين مناوبتَي عمل، وهو في العادة 11 ساعة على الأقل.",
                            "Вільний час між двома змінами, як правило щонайменше 11 годин.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L("Ylityökorvaus", "Overtime pay", "أجر العمل الإضافي", "Оплата понаднормової роботи"),
                "text": L(
                    "<p>Vuorokautisesta ylityöstä maksetaan kahdelta ensimmäiseltä tunnilta 50 prosenttia ja sen "
                    "jälkeen 100 prosenttia korotettua palkkaa. Viikoittaisesta ylityöstä korotus on 50 prosenttia. "
                    "Työehtosopimuksissa voi olla eri säännöt.</p>"
                    "<p>Työaika ylitöineen saa olla keskimäärin enintään 48 tuntia viikossa neljän kuukauden aikana.</p>",
                    "<p>For daily overtime the pay is 50 per cent higher for the first two hours and 100 per cent "
                    "higher after that. For weekly overtime it is 50 per cent higher. Collective agreements may have "
                    "different rules.</p>"
                    "<p>Total working time, overtime included, may average at most 48 hours a week over four "
                    "months.</p>",
                    "<p>عن العمل الإضافي اليومي يُزاد الأجر بنسبة 50 بالمئة عن أول ساعتين، ثم بنسبة 100 بالمئة بعد "
                    "ذلك. وعن العمل الإضافي الأسبوعي تكون الزيادة 50 بالمئة. قد تختلف القواعد في الاتفاقيات "
                    "الجماعية.</p>"
                    "<p>يجب ألا يتجاوز مجموع ساعات العمل، بما فيها العمل الإضافي، 48 ساعة في الأسبوع في المتوسط "
                    "خلال أربعة أشهر.</p>",
                    "<p>За щоденну понаднормову роботу перші дві години оплачують на 50 відсотків більше, а далі на "
                    "100 відсотків більше. За щотижневу понаднормову роботу надбавка становить 50 відсотків. У "
                    "колективних договорах правила можуть відрізнятися.</p>"
                    "<p>Загальний робочий час разом із понаднормовою роботою в середньому не може перевищувати 48 годин "
                    "на тиждень протягом чотирьох місяців.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L(
                    "Jäätkö ylitöihin?",
                    "Will you stay for overtime?",
                    "هل ستبقى للعمل الإضافي؟",
                    "Залишитеся понаднормово?",
                ),
                "situation": L(
                    "Varastossa on kiire. Esihenkilö pyytää Ahmedia jäämään kahdeksi tunniksi ylitöihin.",
                    "The warehouse is busy. The supervisor asks Ahmed to stay two hours of overtime.",
                    "هناك ضغط عمل في المستودع. يطلب المشرف من أحمد أن يبقى ساعتين عملًا إضافيًا.",
                    "На складі багато роботи. Керівник просить Ахмеда залишитися на дві години понаднормово.",
                ),
                "lines": [
                    {
                        "speaker": L("Esihenkilö", "Supervisor", "المشرف", "Керівник"),
                        "text": L(
                            "Voisitko jäädä tänään kahdeksi tunniksi ylitöihin?",
                            "Could you stay two hours of overtime today?",
                            "هل يمكنك أن تبقى اليوم ساعتين عملًا إضافيًا؟",
                            "Чи могли б ви сьогодні залишитися на дві години понаднормово?",
                        ),
                    },
                    {
                        "speaker": L("Ahmed", "Ahmed", "أحمد", "Ахмед"),
                        "text": L(
                            "Tänään sopii. Huomenna en voi, koska haen lapset päiväkodista.",
                            "Today is fine. Tomorrow I can't, because I pick up my children from day care.",
                            "اليوم مناسب. أما غدًا فلا أستطيع، لأنني سآخذ أطفالي من الروضة.",
                            "Сьогодні можу. Завтра не зможу, бо забираю дітей із садочка.",
                        ),
                    },
                ],
                "question": L(
                    "Saako Ahmed kieltäytyä huomisista ylitöistä?",
                    "May Ahmed refuse tomorrow's overtime?",
                    "هل يحق لأحمد أن يرفض العمل الإضافي غدًا؟",
                    "Чи може Ахмед відмовитися від завтрашньої понаднормової роботи?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L("Lepo ja tauot", "Rest and breaks", "الراحة والاستراحات", "Відпочинок і перерви"),
                "items": [
                    L(
                        "Vuorokausilepo: vähintään 11 tuntia (jaksotyössä 9 tuntia)",
                        "Daily rest: at least 11 hours (9 hours in period-based work)",
                        "الراحة اليومية: 11 ساعة على الأقل (9 ساعات في العمل بنظام الفترات)",
                        "Щоденний відпочинок: щонайменше 11 годин (9 годин при роботі за періодами)",
                    ),
                    L(
                        "Viikkovapaa: 35 tuntia, ei koskaan alle 24 tuntia",
                        "Weekly free time: 35 hours, never under 24 hours",
                        "الراحة الأسبوعية: 35 ساعة، ولا تقل أبدًا عن 24 ساعة",
                        "Щотижневий відпочинок: 35 годин, ніколи не менше 24 годин",
                    ),
                    L(
                        "Yli 6 tunnin työpäivänä tauko: 1 tunti, sopimalla vähintään 30 minuuttia",
                        "A break on a day over 6 hours: 1 hour, or at least 30 minutes if agreed",
                        "استراحة في يوم عمل أطول من 6 ساعات: ساعة واحدة، أو 30 دقيقة على الأقل بالاتفاق",
                        "Перерва в день понад 6 годин: 1 година або за домовленістю щонайменше 30 хвилин",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Miten kirjaat omat työtuntisi, jotta voit tarkistaa ylityökorvaukset?",
                    "How do you record your own working hours, so that you can check your overtime pay?",
                    "كيف تسجّل ساعات عملك، لكي تتحقق من أجر العمل الإضافي؟",
                    "Як ви записуєте свої робочі години, щоб перевірити оплату понаднормової роботи?",
                )
            },
        ),
        ("sources", {"sources": [S7, S8, S9, S10, S11]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Tavallinen työpäivä on enintään 8 tuntia. Työviikko on enintään 40 tuntia.</p>"
            "<p>Ylityö on työtä tavallisen työajan jälkeen. Työnantaja kysyy sinulta joka kerta. Sinä päätät, "
            "suostutko.</p>"
            "<p>Ylityöstä saat enemmän palkkaa.</p>"
            "<p>Kahden työvuoron välissä sinulla on yleensä vähintään 11 tuntia vapaata.</p>",
        ),
        ("checklist", {"title": "Muista", "items": ["Kirjaa työtuntisi", "Ylityöstä maksetaan enemmän", "Pidä tauot"]}),
        ("sources", {"sources": [S7, S8, S9, S10, S11]}),
    ],
}

LESSON_HOLIDAYS = {
    "slug": "vuosiloma",
    "title": L("Vuosiloma", "Annual holidays", "الإجازة السنوية", "Щорічна відпустка"),
    "intro": L(
        "Lomaa kertyy jokaiselta työkuukaudelta. Näin se lasketaan.",
        "You earn holiday for every month you work. This is how it is counted.",
        "تكسب إجازة عن كل شهر تعمل فيه. هكذا تُحسب.",
        "Відпустка накопичується за кожен відпрацьований місяць. Ось як її рахують.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            L(
                "<p>Lomaa kertyy ensimmäisenä vuonna 2 arkipäivää ja sen jälkeen 2,5 arkipäivää jokaiselta "
                "täydeltä lomanmääräytymiskuukaudelta. Kuukausi on täysi, jos siinä on vähintään 14 työpäivää tai "
                "35 työtuntia.</p>"
                "<p>Lomanmääräytymisvuosi on 1.4.–31.3. Lauantait lasketaan lomapäiviksi.</p>",
                "<p>You earn 2 weekdays of holiday for each full month in the first year, and 2.5 weekdays after "
                "that. A month counts if it has at least 14 working days or 35 working hours.</p>"
                "<p>The holiday credit year runs from 1 April to 31 March. Saturdays count as holiday days.</p>",
                "<p>تكسب يومَي عمل إجازةً عن كل شهر كامل في السنة الأولى، ثم يومين ونصف يوم بعد ذلك. يُحسب الشهر "
                "كاملًا إذا كان فيه 14 يوم عمل أو 35 ساعة عمل على الأقل.</p>"
                "<p>تمتد سنة احتساب الإجازة من 1 أبريل إلى 31 مارس. وتُحسب أيام السبت من أيام الإجازة.</p>",
                "<p>У перший рік за кожен повний місяць накопичується 2 робочі дні відпустки, а згодом 2,5 дня. "
                "Місяць зараховується, якщо в ньому щонайменше 14 робочих днів або 35 робочих годин.</p>"
                "<p>Рік нарахування відпустки триває з 1 квітня до 31 березня. Суботи рахуються як дні "
                "відпустки.</p>",
            ),
        ),
        (
            "image",
            {
                "image": "calendar",
                "alt_text": L(
                    "Piirros: kalenteri, jossa kaksi viikkoa on merkitty lomaksi.",
                    "Drawing: a calendar with two weeks marked as holiday.",
                    "رسم: تقويم عليه أسبوعان محددان كإجازة.",
                    "Малюнок: календар, у якому два тижні позначені як відпустка.",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L(
                            "Kesälomakausi", "Summer holiday season", "موسم الإجازة الصيفية", "Сезон літніх відпусток"
                        ),
                        "explanation": L(
                            "2.5.–30.9. Silloin pidetään 24 lomapäivää.",
                            "2 May to 30 September. 24 holiday days are taken then.",
                            "من 2 مايو إلى 30 سبتمبر. تؤخذ فيه 24 يوم إجازة.",
                            "З 2 травня до 30 вересня. У цей час беруть 24 дні відпустки.",
                        ),
                    },
                    {
                        "term": L("Lomaraha", "Holiday bonus", "مكافأة الإجازة", "Відпускна премія"),
                        "explanation": L(
                            "Lisäraha, joka ei perustu lakiin vaan esimerkiksi työehtosopimukseen.",
                            "Extra pay that is not in the law but comes from, for example, a collective agreement.",
                            "مال إضافي لا ينص عليه القانون، بل يأتي مثلًا من اتفاقية جماعية.",
                            "Додаткові гроші, які передбачені не законом, а, наприклад, колективним договором.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L(
                    "Kuka päättää loman ajan?",
                    "Who decides when you take holiday?",
                    "من يحدد موعد الإجازة؟",
                    "Хто визначає час відпустки?",
                ),
                "text": L(
                    "<p>Työnantaja päättää loman ajankohdan kuultuaan ensin työntekijää. Ajankohdasta pitää kertoa "
                    "vähintään kaksi viikkoa etukäteen.</p>"
                    "<p>Täysi loma on noin neljä viikkoa kesällä ja yksi viikko talvella.</p>",
                    "<p>The employer sets the timing of the holiday after hearing the employee first. The timing must "
                    "be announced at least two weeks in advance.</p>"
                    "<p>A full holiday is about four weeks in summer and one week in winter.</p>",
                    "<p>يحدد صاحب العمل موعد الإجازة بعد أن يستمع إلى العامل أولًا. ويجب الإعلان عن الموعد قبل "
                    "أسبوعين على الأقل.</p>"
                    "<p>الإجازة الكاملة نحو أربعة أسابيع في الصيف وأسبوع واحد في الشتاء.</p>",
                    "<p>Роботодавець визначає час відпустки, спершу вислухавши працівника. Про час відпустки треба "
                    "повідомити щонайменше за два тижні.</p>"
                    "<p>Повна відпустка становить приблизно чотири тижні влітку і один тиждень узимку.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L(
                    "Kesäloman toive",
                    "A wish for summer holiday",
                    "رغبة في الإجازة الصيفية",
                    "Побажання щодо літньої відпустки",
                ),
                "situation": L(
                    "Lina haluaa lomalle heinäkuussa. Hän kertoo toiveestaan esihenkilölle keväällä.",
                    "Lina wants her holiday in July. She tells her supervisor her wish in spring.",
                    "تريد لينا أن تأخذ إجازتها في يوليو. تخبر مشرفها برغبتها في الربيع.",
                    "Ліна хоче піти у відпустку в липні. Навесні вона повідомляє керівника про своє побажання.",
                ),
                "lines": [
                    {
                        "speaker": L("Lina", "Lina", "لينا", "Ліна"),
                        "text": L(
                            "Voisinko pitää kesälomani heinäkuussa?",
                            "Could I take my summer holiday in July?",
                            "هل يمكنني أن آخذ إجازتي الصيفية في يوليو؟",
                            "Чи могла б я взяти літню відпустку в липні?",
                        ),
                    },
                    {
                        "speaker": L("Esihenkilö", "Supervisor", "المشرف", "Керівник"),
                        "text": L(
                            "Kiitos, kun kerroit. Ilmoitan lomien ajat kaikille ainakin kaksi viikkoa ennen.",
                            "Thanks for telling me. I will announce everyone's holiday dates at least two weeks "
                            "before.",
                            "شكرًا لأنك أخبرتني. سأعلن مواعيد إجازات الجميع قبل أسبوعين على الأقل.",
                            "Дякую, що сказали. Я повідомлю всім дати відпусток щонайменше за два тижні.",
                        ),
                    },
                ],
                "question": L(
                    "Kuka päättää lopulta, milloin Lina on lomalla?",
                    "Who finally decides when Lina is on holiday?",
                    "من يقرر في النهاية موعد إجازة لينا؟",
                    "Хто зрештою вирішує, коли Ліна буде у відпустці?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L("Lomasi", "Your holiday", "إجازتك", "Ваша відпустка"),
                "items": [
                    L(
                        "Laske täydet kuukaudet 1.4.–31.3.",
                        "Count the full months from 1 April to 31 March",
                        "احسب الأشهر الكاملة من 1 أبريل إلى 31 مارس",
                        "Порахуйте повні місяці з 1 квітня до 31 березня",
                    ),
                    L(
                        "Kerro lomatoiveesi ajoissa",
                        "Tell your holiday wishes in good time",
                        "أخبر برغبتك في الإجازة في وقت مبكر",
                        "Вчасно повідомте про свої побажання щодо відпустки",
                    ),
                    L(
                        "Tarkista lomaraha työehtosopimuksesta",
                        "Check the holiday bonus in your collective agreement",
                        "تحقق من مكافأة الإجازة في الاتفاقية الجماعية",
                        "Перевірте відпускну премію в колективному договорі",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Montako lomapäivää sinulle on kertynyt tänä lomanmääräytymisvuonna?",
                    "How many holiday days have you earned in this holiday credit year?",
                    "كم يوم إجازة كسبت في سنة احتساب الإجازة هذه؟",
                    "Скільки днів відпустки ви накопичили в цьому році нарахування відпустки?",
                )
            },
        ),
        ("sources", {"sources": [S12, S13, S14]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Kun teet töitä, sinulle kertyy lomaa.</p>"
            "<p>Ensimmäisenä vuonna saat 2 lomapäivää kuukaudessa. Sen jälkeen saat 2,5 lomapäivää kuukaudessa.</p>"
            "<p>Kesällä pidät noin neljä viikkoa lomaa ja talvella yhden viikon.</p>"
            "<p>Työnantaja päättää, milloin olet lomalla. Hän kysyy ensin sinun toivettasi.</p>",
        ),
        ("checklist", {"title": "Muista", "items": ["Kerro lomatoiveesi ajoissa", "Lauantai on lomapäivä"]}),
        ("sources", {"sources": [S12, S13, S14]}),
    ],
}

LESSON_SICK_LEAVE = {
    "slug": "sairauspoissaolo",
    "title": L("Sairauspoissaolo", "Sick leave", "الإجازة المرضية", "Лікарняний"),
    "intro": L(
        "Jos sairastut, kerro työnantajalle heti. Näin palkka ja korvaukset toimivat.",
        "If you fall ill, tell your employer at once. This is how pay and allowances work.",
        "إذا مرضت، فأخبر صاحب العمل فورًا. هكذا يعمل الأجر والتعويضات.",
        "Якщо ви захворіли, одразу повідомте роботодавця. Ось як працюють оплата і допомога.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            L(
                "<p>Kun sairastut, ilmoita siitä työnantajalle heti. Työnantaja voi pyytää lääkärintodistuksen.</p>"
                "<p>Työnantaja maksaa sairausajan palkkaa sairastumispäivältä ja yhdeksältä sitä seuraavalta päivältä. "
                "Palkka on täysi, jos työsuhde on kestänyt vähintään kuukauden. Lyhyemmässä työsuhteessa se on "
                "50 prosenttia.</p>",
                "<p>When you fall ill, tell your employer at once. The employer may ask for a medical certificate.</p>"
                "<p>The employer pays sick pay for the day you fall ill and the next nine days. It is full pay if "
                "the employment has lasted at least a month. In a shorter employment it is 50 per cent.</p>",
                "<p>عندما تمرض، أخبر صاحب العمل بذلك فورًا. يمكن لصاحب العمل أن يطلب شهادة طبية.</p>"
                "<p>يدفع صاحب العمل أجر فترة المرض عن يوم المرض والأيام التسعة التالية له. ويكون الأجر كاملًا إذا "
                "استمرت علاقة العمل شهرًا على الأقل. وفي علاقة عمل أقصر يكون 50 بالمئة.</p>",
                "<p>Коли ви захворіли, одразу повідомте про це роботодавця. Роботодавець може попросити медичну "
                "довідку.</p>"
                "<p>Роботодавець оплачує лікарняний за день, коли ви захворіли, і наступні дев'ять днів. Оплата "
                "повна, якщо трудові відносини тривали щонайменше місяць. Якщо менше, це 50 відсотків.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": L("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": L("Sairausajan palkka", "Sick pay", "أجر فترة المرض", "Оплата лікарняного"),
                        "explanation": L(
                            "Palkka, jonka työnantaja maksaa sairauden ensimmäisiltä päiviltä.",
                            "Pay from the employer for the first days of an illness.",
                            "أجر يدفعه صاحب العمل عن الأيام الأولى من المرض.",
                            "Оплата від роботодавця за перші дні хвороби.",
                        ),
                    },
                    {
                        "term": L("Sairauspäiväraha", "Sickness allowance", "بدل المرض اليومي", "Допомога по хворобі"),
                        "explanation": L(
                            "Kelan maksama korvaus, kun sairausajan palkka loppuu.",
                            "An allowance paid by Kela when sick pay ends.",
                            "تعويض تدفعه مؤسسة Kela عندما ينتهي أجر فترة المرض.",
                            "Виплата від Kela, коли закінчується оплата лікарняного від роботодавця.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": L("Sairauden jatkuessa", "If the illness goes on", "إذا استمر المرض", "Якщо хвороба триває"),
                "text": L(
                    "<p>Sairausajan palkan jälkeen Kela maksaa sairauspäivärahaa, tarvittaessa noin vuoden ajan. "
                    "Työehtosopimuksissa sairausajan palkka on usein pidempi kuin laissa.</p>",
                    "<p>After sick pay, Kela pays sickness allowance, for about a year if needed. Collective agreements "
                    "often give longer sick pay than the law.</p>",
                    "<p>بعد أجر فترة المرض، تدفع مؤسسة Kela بدل المرض اليومي، لمدة سنة تقريبًا عند الحاجة. وغالبًا "
                    "ما تمنح الاتفاقيات الجماعية أجر مرض لمدة أطول مما في القانون.</p>",
                    "<p>Після оплати лікарняного Kela виплачує допомогу по хворобі, за потреби приблизно рік. Колективні "
                    "договори часто передбачають довшу оплату лікарняного, ніж закон.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": L("Lapsi sairastuu", "A child falls ill", "طفل يمرض", "Дитина захворіла"),
                "situation": L(
                    "Mustafan 6-vuotias tytär sairastuu aamulla. Mustafa soittaa esihenkilölleen.",
                    "Mustafa's 6-year-old daughter falls ill in the morning. Mustafa calls his supervisor.",
                    "تمرض ابنة مصطفى البالغة 6 سنوات في الصباح. يتصل مصطفى بمشرفه.",
                    "Зранку захворіла 6-річна донька Мустафи. Мустафа телефонує своєму керівникові.",
                ),
                "lines": [
                    {
                        "speaker": L("Mustafa", "Mustafa", "مصطفى", "Мустафа"),
                        "text": L(
                            "Tyttäreni on sairas. Jään hoitamaan häntä kotiin.",
                            "My daughter is ill. I will stay at home to look after her.",
                            "ابنتي مريضة. سأبقى في البيت لأعتني بها.",
                            "Моя донька хвора. Я залишуся вдома, щоб доглядати її.",
                        ),
                    },
                    {
                        "speaker": L("Esihenkilö", "Supervisor", "المشرف", "Керівник"),
                        "text": L(
                            "Kiitos, että soitit heti. Kerro, kun tiedät, milloin palaat.",
                            "Thank you for calling at once. Let me know when you know when you will be back.",
                            "شكرًا لأنك اتصلت فورًا. أخبرني عندما تعرف متى ستعود.",
                            "Дякую, що одразу зателефонували. Повідомте, коли знатимете, коли повернетеся.",
                        ),
                    },
                ],
                "question": L(
                    "Kuinka monta työpäivää Mustafa voi olla poissa hoitamassa alle 10-vuotiasta lastaan?",
                    "How many working days may Mustafa stay away to care for his child under 10?",
                    "كم يوم عمل يمكن لمصطفى أن يتغيب ليعتني بطفلته التي عمرها أقل من 10 سنوات؟",
                    "Скільки робочих днів Мустафа може бути відсутнім, щоб доглядати дитину до 10 років?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": L("Kun sairastut", "When you fall ill", "عندما تمرض", "Коли ви захворіли"),
                "items": [
                    L(
                        "Ilmoita työnantajalle heti",
                        "Tell your employer at once",
                        "أخبر صاحب العمل فورًا",
                        "Одразу повідомте роботодавця",
                    ),
                    L(
                        "Hanki lääkärintodistus, jos työnantaja pyytää",
                        "Get a medical certificate if the employer asks",
                        "احصل على شهادة طبية إذا طلبها صاحب العمل",
                        "Отримайте медичну довідку, якщо роботодавець просить",
                    ),
                    L(
                        "Alle 10-vuotiaan lapsen sairastuessa voit jäädä kotiin enintään 4 työpäiväksi",
                        "If your child under 10 falls ill, you may stay at home for up to 4 working days",
                        "إذا مرض طفلك الذي عمره أقل من 10 سنوات، يمكنك أن تبقى في البيت حتى 4 أيام عمل",
                        "Якщо захворіла дитина до 10 років, можна залишитися вдома до 4 робочих днів",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": L(
                    "Kenelle ja miten ilmoitat sairastumisesta omalla työpaikallasi?",
                    "Whom do you tell, and how, when you fall ill at your own workplace?",
                    "لمن تُبلغ عن مرضك في مكان عملك، وكيف؟",
                    "Кому і як ви повідомляєте про хворобу на своєму робочому місці?",
                )
            },
        ),
        ("sources", {"sources": [S15, S16]}),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Jos sairastut, kerro siitä heti työnantajalle.</p>"
            "<p>Työnantaja voi pyytää todistuksen lääkäriltä.</p>"
            "<p>Työnantaja maksaa palkkaa ensimmäisiltä sairauspäiviltä. Sen jälkeen Kela voi maksaa rahaa.</p>"
            "<p>Jos lapsesi on alle 10-vuotias ja sairas, voit olla kotona enintään 4 työpäivää. "
            "Laki ei vaadi, että saat silloin palkkaa.</p>",
        ),
        ("checklist", {"title": "Muista", "items": ["Ilmoita heti", "Kysy, tarvitaanko todistus"]}),
        ("sources", {"sources": [S15, S16]}),
    ],
}

QUIZ_2 = {
    "slug": "tyoaika-ja-poissaolot-tehtavat",
    "title": L(
        "Tehtävät: työaika ja poissaolot",
        "Quiz: working time and absences",
        "اختبار: وقت العمل والغياب",
        "Тест: робочий час і відсутність",
    ),
    "intro": L(
        "Kuusi kysymystä osiosta. Hyväksytty tulos on 80 prosenttia.",
        "Six questions on this module. The pass mark is 80 per cent.",
        "ستة أسئلة عن هذا القسم. درجة النجاح 80 بالمئة.",
        "Шість запитань за цим модулем. Прохідний бал: 80 відсотків.",
    ),
    "pass_mark": 80,
    "questions": [
        (
            "single_choice",
            {
                "question": L(
                    "Paljonko palkkaa korotetaan vuorokautisen ylityön kahdelta ensimmäiseltä tunnilta?",
                    "How much higher is the pay for the first two hours of daily overtime?",
                    "بكم يُزاد الأجر عن أول ساعتين من العمل الإضافي اليومي؟",
                    "На скільки підвищується оплата за перші дві години щоденної понаднормової роботи?",
                ),
                "choices": [
                    {"text": L("25 prosenttia", "25 per cent", "25 بالمئة", "25 відсотків")},
                    {"text": L("50 prosenttia", "50 per cent", "50 بالمئة", "50 відсотків"), "correct": True},
                    {"text": L("100 prosenttia", "100 per cent", "100 بالمئة", "100 відсотків")},
                ],
                "explanation": L(
                    "Laki: kaksi ensimmäistä tuntia +50 %, sen jälkeen +100 %. Työehtosopimuksissa voi olla eroja.",
                    "The law: the first two hours +50 %, after that +100 %. Collective agreements may differ.",
                    "القانون: أول ساعتين +50 %، وبعدها +100 %. قد تختلف الاتفاقيات الجماعية.",
                    "Закон: перші дві години +50 %, далі +100 %. Колективні договори можуть відрізнятися.",
                ),
            },
        ),
        (
            "single_choice",
            {
                "question": L(
                    "Kuinka pitkä on vuorokausilepo työvuorojen välissä yleensä vähintään?",
                    "As a rule, how long is the daily rest between shifts at least?",
                    "كم تبلغ الراحة اليومية بين المناوبات على الأقل كقاعدة عامة؟",
                    "Скільки щонайменше, як правило, триває щоденний відпочинок між змінами?",
                ),
                "choices": [
                    {"text": L("8 tuntia", "8 hours", "8 ساعات", "8 годин")},
                    {"text": L("11 tuntia", "11 hours", "11 ساعة", "11 годин"), "correct": True},
                    {"text": L("13 tuntia", "13 hours", "13 ساعة", "13 годин")},
                ],
                "explanation": L(
                    "Vuorokausilepo on vähintään 11 tuntia, jaksotyössä 9 tuntia.",
                    "Daily rest is at least 11 hours, or 9 hours in period-based work.",
                    "الراحة اليومية 11 ساعة على الأقل، أو 9 ساعات في العمل بنظام الفترات.",
                    "Щоденний відпочинок становить щонайменше 11 годин, при роботі за періодами 9 годин.",
                ),
            },
        ),
        (
            "multiple_choice",
            {
                "question": L(
                    "Mitkä väitteet sairauspoissaolosta pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about sick leave are correct? Choose all that apply.",
                    "أي العبارات عن الإجازة المرضية صحيحة؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження про лікарняний правильні? Оберіть усі правильні.",
                ),
                "choices": [
                    {
                        "text": L(
                            "Sairastumisesta ilmoitetaan työnantajalle heti.",
                            "You tell your employer at once.",
                            "تُبلغ صاحب العمل فورًا.",
                            "Про хворобу одразу повідомляють роботодавця.",
                        ),
                        "correct": True,
                    },
                    {
                        "text": L(
                            "Työnantaja voi pyytää lääkärintodistuksen.",
                            "The employer may ask for a medical certificate.",
                            "يمكن لصاحب العمل أن يطلب شهادة طبية.",
                            "Роботодавець може попросити медичну довідку.",
                        ),
                        "correct": True,
                    },
                    {
                        "text": L(
                            "Alle kuukauden työsuhteessa sairausajan palkkaa ei makseta lainkaan.",
                            "In an employment of under a month no sick pay is paid at all.",
                            "في علاقة عمل أقل من شهر لا يُدفع أجر فترة المرض أبدًا.",
                            "Якщо трудові відносини тривають менше місяця, лікарняний не оплачують зовсім.",
                        )
                    },
                ],
                "explanation": L(
                    "Ilmoita heti; työnantaja voi pyytää todistuksen. Alle kuukauden työsuhteessa sairausajan palkka "
                    "on 50 prosenttia.",
                    "Tell at once; the employer may ask for a certificate. In an employment of under a month, sick "
                    "pay is 50 per cent.",
                    "أبلِغ فورًا؛ ويمكن لصاحب العمل أن يطلب شهادة. في علاقة عمل أقل من شهر يكون أجر فترة المرض "
                    "50 بالمئة.",
                    "Повідомляйте одразу; роботодавець може попросити довідку. Якщо трудові відносини тривають менше "
                    "місяця, оплата лікарняного становить 50 відсотків.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": L(
                    "Lomaraha on laissa määrätty.",
                    "The holiday bonus is required by law.",
                    "مكافأة الإجازة منصوص عليها في القانون.",
                    "Відпускна премія передбачена законом.",
                ),
                "choices": [{"text": TRUE}, {"text": FALSE, "correct": True}],
                "explanation": L(
                    "Lomaraha ei ole laissa. Se perustuu työehtosopimukseen, työsopimukseen tai käytäntöön.",
                    "The holiday bonus is not in the law. It comes from a collective agreement, a contract or practice.",
                    "مكافأة الإجازة ليست في القانون. بل تأتي من اتفاقية جماعية أو عقد عمل أو عُرف متّبع.",
                    "Відпускної премії немає в законі. Її передбачає колективний договір, трудовий договір або "
                    "усталена практика.",
                ),
            },
        ),
        (
            "true_false",
            {
                "question": L(
                    "Työsopimuksessa voi hyväksyä kaikki tulevat ylityöt etukäteen.",
                    "In the employment contract you can agree to all future overtime in advance.",
                    "يمكنك في عقد العمل أن توافق مسبقًا على كل العمل الإضافي في المستقبل.",
                    "У трудовому договорі можна заздалегідь погодитися на всю майбутню понаднормову роботу.",
                ),
                "choices": [{"text": TRUE}, {"text": FALSE, "correct": True}],
                "explanation": L(
                    "Ylityöhön tarvitaan työntekijän suostumus joka kerta erikseen.",
                    "Overtime needs the employee's consent separately each time.",
                    "يحتاج العمل الإضافي إلى موافقة العامل في كل مرة على حدة.",
                    "Для понаднормової роботи потрібна згода працівника щоразу окремо.",
                ),
            },
        ),
        (
            "ordering",
            {
                "question": L(
                    "Järjestä lyhimmästä pisimpään.",
                    "Put in order from shortest to longest.",
                    "رتّب من الأقصر إلى الأطول.",
                    "Розставте від найкоротшого до найдовшого.",
                ),
                "items": [
                    {
                        "text": L(
                            "Tauko yli 6 tunnin työpäivänä",
                            "A break on a working day over 6 hours",
                            "استراحة في يوم عمل أطول من 6 ساعات",
                            "Перерва в робочий день понад 6 годин",
                        )
                    },
                    {"text": L("Vuorokausilepo", "Daily rest", "الراحة اليومية", "Щоденний відпочинок")},
                    {
                        "text": L(
                            "Viikoittainen vapaa-aika", "Weekly free time", "الراحة الأسبوعية", "Щотижневий відпочинок"
                        )
                    },
                ],
                "explanation": L(
                    "Tauko on yleensä 1 tunti, vuorokausilepo vähintään 11 tuntia ja viikkovapaa 35 tuntia.",
                    "The break is usually 1 hour, daily rest at least 11 hours and weekly free time 35 hours.",
                    "الاستراحة عادة ساعة واحدة، والراحة اليومية 11 ساعة على الأقل، والراحة الأسبوعية 35 ساعة.",
                    "Перерва зазвичай 1 година, щоденний відпочинок щонайменше 11 годин, щотижневий 35 годин.",
                ),
            },
        ),
    ],
}

MODULE_2 = {
    "slug": "tyoaika-ja-poissaolot",
    "title": L("Työaika ja poissaolot", "Working time and absences", "وقت العمل والغياب", "Робочий час і відсутність"),
    "intro": L(
        "Työaika, ylityö, vuosiloma ja sairauspoissaolo: milloin teet töitä ja milloin saat olla poissa.",
        "Working hours, overtime, annual holidays and sick leave: when you work and when you may be away.",
        "ساعات العمل والعمل الإضافي والإجازة السنوية والإجازة المرضية: متى تعمل ومتى يحق لك الغياب.",
        "Робочий час, понаднормова робота, щорічна відпустка і лікарняний: коли ви працюєте і коли можете "
        "бути відсутні.",
    ),
    "lessons": [LESSON_HOURS, LESSON_HOLIDAYS, LESSON_SICK_LEAVE],
    "quiz": QUIZ_2,
}

MODULES = [MODULE_1, MODULE_2]
