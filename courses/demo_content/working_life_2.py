"""Rules of Finnish working life, part 2: modules 3-4 and the final quiz (format: content-format.md).

Part 1 (working_life_1.py) owns the COURSE and modules 1-2; this part adds "Työsuhteen turva"
(trial period and notice, occupational safety, equality, trade unions) and "Työpaikalla"
(workplace culture, work try-out), plus the final quiz over the whole course.

Every fact comes from shared/content/facts.md (items G1-G4, H1-H4, I1-I5, J1-J4, K1-K4, L1-L3,
and for the final quiz A1, B1-B2, C2-C3, C5, D1, E1-E3, F1, F4). Nothing marked UNCONFIRMED is
taught: the trial period is taught as at most 6 months (G1), and the old 4-month limit is
mentioned only as the rule before 2017 (G2), because learners still meet out-of-date pages.

Finnish strings must be identical wherever their translations are identical: the loader pairs
strings by their Finnish text, so shared feedback ("Oikein.") and the true/false labels are
constants. Plain-Finnish strings are worded differently from the standard-Finnish ones for
the same reason (an identical string would be translated inside the plain version too).
"""

VALID_AS_OF = "2026-11-01"

# Addresses from the Sources list of facts.md, keyed by their S-numbers.
SOURCES = {
    "S3": ("SAK: Employment contract", "https://www.sak.fi/en/working-life/ground-rules-working/employment-contract"),
    "S19": (
        "PAM: Notice periods",
        "https://www.pam.fi/en/working-life/guide-to-working-life/employment-relationships/termination-of-employment/notice-periods/",
    ),
    "S20": (
        "Talentia: Työsopimuslaki muuttui vuodenvaihteessa",
        "https://www.talentia.fi/uutiset/tyosopimuslaki-muuttui-vuodenvaihteessa/",
    ),
    "S21": (
        "Ekonomit: Cancellation during trial period",
        "https://www.ekonomit.fi/en/working-life-databank/termination-of-employment-contract-and-unemployment/cancellation-during-trial-period-2/",
    ),
    "S22": (
        "InfoFinland: Health and safety at work",
        "http://www.infofinland.fi/en/work-and-enterprise/employees-rights-and-obligations/health-and-safety-at-work",
    ),
    "S23": (
        "Työturvallisuuskeskus TTK: Employees' obligations and rights",
        "https://ttk.fi/en/occupational-safety/responsibilities-and-obligations/employees-obligations-and-rights/",
    ),
    "S24": ("Työelämän pelisäännöt: Occupational safety", "https://tyoelamanpelisaannot.fi/en/occupational-safety"),
    "S25": (
        "Tekijä: Time to act for occupational safety",
        "https://tekijalehti.fi/2021/10/13/time-to-act-for-occupational-safety",
    ),
    "S26": (
        "Työsuojelu.fi: Discrimination",
        "https://tyosuojelu.fi/en/employment-relationship/non-discrimination/discrimination",
    ),
    "S27": (
        "Tasa-arvo.fi: Discrimination not based on gender",
        "https://tasa-arvo.fi/en/discrimination-not-based-on-gender",
    ),
    "S28": (
        "Työelämän pelisäännöt: Bullying and harassment at the workplace",
        "https://tyoelamanpelisaannot.fi/en/bullying-and-harassment-at-the-workplace",
    ),
    "S29": ("Työelämään.fi: Equality", "https://tyoelamaan.fi/en/working-life/equality/"),
    "S30": ("TYJ unemployment fund: Becoming a member", "https://tyj.fi/en/liity-kassaan/becoming-a-member"),
    "S31": (
        "A-kassa: Unemployment security weakens, but unemployment fund membership benefits remain",
        "https://a-kassa.fi/en/unemployment-security-weakens-but-unemployment-fund-membership-benefits-remain",
    ),
    "S32": (
        "Suomi.fi: Employee in Finland",
        "https://www.suomi.fi/guides/work-in-finland/before-finland/employee-in-finland",
    ),
    "S33": ("Pro: Employee representatives", "https://proliitto.fi/en/worklife-information/employee-representatives"),
    "S35": (
        "University of Turku: Culture at a Finnish workplace",
        "http://www.utu.fi/en/studying/survival-guide/employment-issues/Pages/culture-at-a-finnish-work-place.aspx",
    ),
    "S36": (
        "Yhteiskuntaorientaatio.fi: Work culture",
        "https://yhteiskuntaorientaatio.fi/en/learning-materials/work/work-culture",
    ),
    "S37": ("Monikulttuuriyhdistys: Finnish work culture", "https://monikulttuuriyhdistys.fi/en/finnish-work-culture"),
    "S38": (
        "Suomi.fi: Work try-out",
        "https://www.suomi.fi/services/work-try-out-te-office/a248b29b-2161-452b-9f47-1b5672e6533c",
    ),
    "S39": ("City of Lappeenranta: Work try-out", "https://lappeenranta.fi/en/services/work-try-out"),
}


def _t(fi, en, ar, uk):
    """One translatable string: Finnish source, English, Arabic (Modern Standard) and Ukrainian."""
    return {"fi": fi, "en": en, "ar": ar, "uk": uk}


def _sources(*keys):
    """The closing sources block of a lesson, citing facts.md sources by their S-number."""
    return (
        "sources",
        {"sources": [{"title": SOURCES[key][0], "url": SOURCES[key][1], "valid_as_of": VALID_AS_OF} for key in keys]},
    )


def _choice(text, correct, feedback):
    return {"text": text, "correct": correct, "feedback": feedback}


CORRECT = _t("Oikein.", "Correct.", "صحيح.", "Правильно.")
TRUE = _t("Tosi", "True", "صحيح", "Правда")
FALSE = _t("Epätosi", "False", "خطأ", "Неправда")


def _true_false(statement_is_true, feedback_if_true, feedback_if_false):
    """The two choices of a true/false question, with the feedback shown for each answer."""
    return [
        _choice(TRUE, statement_is_true, feedback_if_true),
        _choice(FALSE, not statement_is_true, feedback_if_false),
    ]


# --- Module 3: Työsuhteen turva ---------------------------------------------------------------

# Facts G1-G4.
LESSON_TRIAL_AND_NOTICE = {
    "slug": "koeaika-ja-irtisanominen",
    "title": _t(
        "Koeaika ja irtisanominen",
        "Trial period and notice",
        "فترة التجربة وإنهاء العقد بإشعار",
        "Випробувальний термін і строк попередження",
    ),
    "intro": _t(
        "Koeajalla työsuhteen voi purkaa heti. Sen jälkeen noudatetaan irtisanomisaikaa.",
        "During the trial period either side can end the employment at once. After it, notice periods apply.",
        "خلال فترة التجربة يمكن لأي من الطرفين إنهاء العمل فورًا. وبعدها تُطبَّق مهلة الإشعار.",
        "Під час випробувального терміну будь-яка сторона може одразу припинити трудові відносини. Після нього діють строки попередження.",
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Työsuhteen alussa voi olla <b>koeaika</b>. Sen aikana sekä työntekijä että työnantaja voivat purkaa "
                "työsopimuksen heti, ilman irtisanomisaikaa.</p>"
                "<p>Koeaika on enintään kuusi kuukautta. Määräaikaisessa työssä se on enintään puolet sopimuksen kestosta. "
                "Jos olet koeajalla sairaana tai perhevapaalla, koeaikaa voidaan pidentää yhdellä kuukaudella jokaista "
                "30 poissaolopäivää kohti.</p>"
                "<p>Koeajallakaan sopimusta ei saa purkaa syrjivästä tai epäasiallisesta syystä, esimerkiksi raskauden tai "
                "uskonnon vuoksi.</p>",
                "<p>Employment may start with a <b>trial period</b>. During it, either side can end the contract at once, "
                "without a notice period.</p>"
                "<p>The trial period is at most six months. In a fixed-term job it is at most half the length of the contract. "
                "If you are ill or on family leave during the trial period, it can be extended by one month for every "
                "30 days of absence.</p>"
                "<p>Even during the trial period, the contract must not be ended for discriminatory or inappropriate reasons, "
                "such as pregnancy or religion.</p>",
                "<p>قد تبدأ علاقة العمل بـ<b>فترة تجربة</b>. وخلالها يستطيع كلٌّ من العامل وصاحب العمل إنهاء العقد فورًا، "
                "دون مهلة إشعار.</p>"
                "<p>لا تتجاوز فترة التجربة ستة أشهر. وفي العمل المحدد المدة لا تتجاوز نصف مدة العقد. وإذا كنت مريضًا "
                "أو في إجازة عائلية خلال فترة التجربة، فيجوز تمديدها شهرًا واحدًا عن كل 30 يومًا من الغياب.</p>"
                "<p>حتى خلال فترة التجربة، لا يجوز إنهاء العقد لأسباب تمييزية أو غير لائقة، مثل الحمل أو الدين.</p>",
                "<p>Трудові відносини можуть починатися з <b>випробувального терміну</b>. Протягом нього і працівник, "
                "і роботодавець можуть розірвати договір одразу, без строку попередження.</p>"
                "<p>Випробувальний термін триває не більше шести місяців. У строковій роботі — не більше половини "
                "тривалості договору. Якщо під час випробувального терміну ви хворієте або перебуваєте у сімейній "
                "відпустці, його можна продовжити на один місяць за кожні 30 днів відсутності.</p>"
                "<p>Навіть під час випробувального терміну договір не можна розірвати з дискримінаційних чи неналежних "
                "причин, наприклад через вагітність або релігію.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t(
                    "Vanha tieto: 4 kuukautta",
                    "Out-of-date information: 4 months",
                    "معلومة قديمة: 4 أشهر",
                    "Застаріла інформація: 4 місяці",
                ),
                "text": _t(
                    "<p>Ennen vuotta 2017 koeaika oli enintään neljä kuukautta. Enimmäisaika nousi kuuteen kuukauteen "
                    "1.1.2017.</p>",
                    "<p>Before 2017 the trial period was at most four months. The maximum rose to six months on "
                    "1 January 2017.</p>",
                    "<p>قبل عام 2017 كانت فترة التجربة أربعة أشهر كحد أقصى، ثم ارتفع الحد الأقصى إلى ستة أشهر في "
                    "1 يناير 2017.</p>",
                    "<p>До 2017 року випробувальний термін тривав не більше чотирьох місяців. 1 січня 2017 року "
                    "максимум збільшили до шести місяців.</p>",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "koeaika",
                            "trial period (koeaika)",
                            "فترة التجربة (koeaika)",
                            "випробувальний термін (koeaika)",
                        ),
                        "explanation": _t(
                            "Työsuhteen alku, jonka aikana kumpikin voi purkaa sopimuksen heti.",
                            "The start of employment, when either side can end the contract at once.",
                            "بداية علاقة العمل، حين يستطيع أي من الطرفين إنهاء العقد فورًا.",
                            "Початок трудових відносин, коли будь-яка сторона може одразу розірвати договір.",
                        ),
                    },
                    {
                        "term": _t(
                            "irtisanomisaika",
                            "notice period (irtisanomisaika)",
                            "مهلة الإشعار (irtisanomisaika)",
                            "строк попередження (irtisanomisaika)",
                        ),
                        "explanation": _t(
                            "Aika, jonka työ vielä jatkuu, kun toinen osapuoli on päättänyt lopettaa työsuhteen.",
                            "The time the work still goes on after one side has decided to end the employment.",
                            "المدة التي يستمر فيها العمل بعد أن يقرّر أحد الطرفين إنهاء علاقة العمل.",
                            "Час, протягом якого робота ще триває після того, як одна зі сторін вирішила припинити трудові відносини.",
                        ),
                    },
                ],
            },
        ),
        (
            "paragraph",
            _t(
                "<p>Koeajan jälkeen työsuhde päättyy vasta irtisanomisajan kuluttua. Työnantajan irtisanomisaika riippuu "
                "siitä, kuinka kauan työsuhde on kestänyt:</p>"
                "<ul><li>enintään 1 vuosi: 14 päivää</li><li>1–4 vuotta: 1 kuukausi</li><li>4–8 vuotta: 2 kuukautta</li>"
                "<li>8–12 vuotta: 4 kuukautta</li><li>yli 12 vuotta: 6 kuukautta</li></ul>"
                "<p>Työntekijän oma irtisanomisaika on 14 päivää, jos työsuhde on kestänyt enintään 5 vuotta, ja "
                "1 kuukausi, jos se on kestänyt yli 5 vuotta.</p>",
                "<p>After the trial period, the employment ends only when the notice period is over. The employer's notice "
                "period depends on how long the employment has lasted:</p>"
                "<ul><li>up to 1 year: 14 days</li><li>1–4 years: 1 month</li><li>4–8 years: 2 months</li>"
                "<li>8–12 years: 4 months</li><li>over 12 years: 6 months</li></ul>"
                "<p>The employee's own notice period is 14 days if the employment has lasted up to 5 years, and "
                "1 month after more than 5 years.</p>",
                "<p>بعد فترة التجربة لا تنتهي علاقة العمل إلا بانقضاء مهلة الإشعار. وتتوقف مهلة الإشعار التي يلتزم بها "
                "صاحب العمل على مدة علاقة العمل:</p>"
                "<ul><li>حتى سنة واحدة: 14 يومًا</li><li>من سنة إلى 4 سنوات: شهر واحد</li><li>من 4 إلى 8 سنوات: شهران</li>"
                "<li>من 8 إلى 12 سنة: 4 أشهر</li><li>أكثر من 12 سنة: 6 أشهر</li></ul>"
                "<p>أما مهلة الإشعار التي يلتزم بها العامل نفسه فهي 14 يومًا إذا استمرت علاقة العمل 5 سنوات أو أقل، "
                "وشهر واحد إذا زادت على 5 سنوات.</p>",
                "<p>Після випробувального терміну трудові відносини закінчуються лише тоді, коли мине строк попередження. "
                "Строк попередження для роботодавця залежить від того, скільки тривали трудові відносини:</p>"
                "<ul><li>до 1 року: 14 днів</li><li>1–4 роки: 1 місяць</li><li>4–8 років: 2 місяці</li>"
                "<li>8–12 років: 4 місяці</li><li>понад 12 років: 6 місяців</li></ul>"
                "<p>Власний строк попередження працівника — 14 днів, якщо трудові відносини тривали до 5 років, і "
                "1 місяць, якщо понад 5 років.</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t(
                    "Amina vaihtaa työpaikkaa", "Amina changes jobs", "أمينة تغيّر عملها", "Аміна змінює роботу"
                ),
                "situation": _t(
                    "Amina on ollut siivoojana samassa yrityksessä kaksi vuotta. Hän on saanut uuden työpaikan.",
                    "Amina has cleaned for the same company for two years and has found a new job.",
                    "تعمل أمينة منظِّفةً في الشركة نفسها منذ سنتين، وقد حصلت على عمل جديد.",
                    "Аміна два роки працює прибиральницею в одній компанії. Вона знайшла нову роботу.",
                ),
                "lines": [
                    {
                        "speaker": _t("Amina", "Amina", "أمينة", "Аміна"),
                        "text": _t(
                            "Haluan irtisanoutua. Milloin on viimeinen työpäiväni?",
                            "I want to resign. When is my last working day?",
                            "أريد أن أستقيل. متى سيكون آخر يوم عمل لي؟",
                            "Я хочу звільнитися. Коли мій останній робочий день?",
                        ),
                    },
                    {
                        "speaker": _t("Esihenkilö", "Supervisor", "المشرفة", "Керівниця"),
                        "text": _t(
                            "Työsuhteesi on kestänyt alle viisi vuotta, joten irtisanomisaikasi on 14 päivää.",
                            "Your employment has lasted less than five years, so your notice period is 14 days.",
                            "استمرت علاقة عملك أقل من خمس سنوات، لذلك مهلة إشعارك 14 يومًا.",
                            "Ваші трудові відносини тривали менше п'яти років, тому ваш строк попередження — 14 днів.",
                        ),
                    },
                ],
                "question": _t(
                    "Mikä olisi työnantajan irtisanomisaika, jos se irtisanoisi Aminan kahden vuoden jälkeen?",
                    "What would the employer's notice period be if it dismissed Amina after two years?",
                    "ما مهلة الإشعار التي يلتزم بها صاحب العمل لو أنهى عقد أمينة بعد سنتين؟",
                    "Яким був би строк попередження для роботодавця, якби він звільнив Аміну через два роки?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Muista", "Remember", "تذكّر", "Пам'ятайте"),
                "items": [
                    _t(
                        "Tarkista työsopimuksesta, onko siinä koeaika ja kuinka pitkä se on.",
                        "Check your contract for a trial period and its length.",
                        "تحقّق في عقدك مما إذا كانت هناك فترة تجربة وما مدتها.",
                        "Перевірте в договорі, чи є випробувальний термін і скільки він триває.",
                    ),
                    _t(
                        "Kun irtisanoudut, kerro siitä ajoissa ja tee irtisanomisaika loppuun.",
                        "When you resign, say so in good time and work until your notice period ends.",
                        "عندما تستقيل، أبلغ بذلك مبكرًا واستمر في العمل حتى نهاية مهلة الإشعار.",
                        "Коли звільняєтеся, повідомте завчасно і працюйте до кінця строку попередження.",
                    ),
                ],
            },
        ),
        _sources("S3", "S21", "S20", "S19"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Työn alussa voi olla <b>koeaika</b>. Silloin työntekijä ja työnantaja katsovat, sopiiko työ. "
            "Koeajalla kumpi tahansa voi lopettaa työn heti.</p>"
            "<p>Koeaika on korkeintaan 6 kuukautta. Ennen vuotta 2017 se oli korkeintaan 4 kuukautta.</p>"
            "<p>Jos työ päättyy tiettynä päivänä, koeaika on korkeintaan puolet työn ajasta.</p>"
            "<p>Jos olet koeajalla sairas tai perhevapaalla, koeaika voi olla pidempi. Se pitenee 1 kuukauden "
            "jokaista 30 poissaolon päivää kohti.</p>"
            "<p>Koeajallakaan työtä ei saa lopettaa väärästä syystä. Esimerkiksi raskaus tai uskonto ei ole sallittu syy.</p>",
        ),
        (
            "key_terms",
            {
                "heading": "Tärkeät sanat",
                "terms": [
                    {"term": "Koeaika", "explanation": "Työn alku. Silloin työn voi lopettaa heti."},
                    {"term": "Irtisanomisaika", "explanation": "Aika, jonka teet vielä työtä, kun työ on loppumassa."},
                ],
            },
        ),
        (
            "paragraph",
            "<p>Koeajan jälkeen työ ei lopu heti. Työ jatkuu vielä irtisanomisajan.</p>"
            "<ul><li>Jos työnantaja lopettaa työsi, aika on 14 päivää, 1 kuukausi, 2 kuukautta, 4 kuukautta tai "
            "6 kuukautta. Se riippuu siitä, kuinka monta vuotta olet ollut töissä.</li>"
            "<li>Jos sinä lopetat työn, aika on 14 päivää. Jos olet ollut töissä yli 5 vuotta, aika on 1 kuukausi.</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Tarkista päivämäärä",
                "text": "<p>Vanhoissa ohjeissa lukee, että koeaika on 4 kuukautta. Se ei pidä enää paikkaansa. Nyt koeaika on "
                "korkeintaan 6 kuukautta.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Muista nämä",
                "items": ["Katso työsopimuksesta, onko siinä koeaika.", "Kerro ajoissa, jos haluat lopettaa työn."],
            },
        ),
        _sources("S3", "S21", "S20", "S19"),
    ],
}

# Facts H1-H4.
LESSON_SAFETY = {
    "slug": "tyoturvallisuus",
    "title": _t("Työturvallisuus", "Occupational safety", "السلامة المهنية", "Охорона праці"),
    "intro": _t(
        "Työnantaja vastaa turvallisuudesta, mutta myös työntekijällä on velvollisuuksia ja oikeuksia.",
        "The employer is responsible for safety, but the employee also has duties and rights.",
        "صاحب العمل مسؤول عن السلامة، لكن للعامل أيضًا واجبات وحقوق.",
        "За безпеку відповідає роботодавець, але працівник також має обов'язки і права.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Työnantaja vastaa siitä, että työ on turvallista. Työnantajan pitää perehdyttää sinut työhön, antaa "
                "turvallisuusohjeet ja maksaa tarvittavat suojavarusteet.</p>"
                "<p>Työntekijän pitää noudattaa ohjeita ja käyttää suojavarusteita. Jos työ aiheuttaa vakavaa vaaraa "
                "hengelle tai terveydelle, saat kieltäytyä siitä.</p>",
                "<p>The employer is responsible for making work safe. The employer must give you an orientation to the "
                "work, give safety instructions and pay for the protective equipment you need.</p>"
                "<p>The employee must follow the instructions and use the protective equipment. If a task poses a serious "
                "danger to life or health, you may refuse to do it.</p>",
                "<p>صاحب العمل مسؤول عن جعل العمل آمنًا. وعليه أن يعرّفك بالعمل، وأن يعطيك تعليمات السلامة، وأن يدفع ثمن "
                "معدات الحماية اللازمة.</p>"
                "<p>وعلى العامل أن يتّبع التعليمات ويستخدم معدات الحماية. وإذا كانت مهمة ما تشكّل خطرًا جسيمًا على الحياة "
                "أو الصحة، فيحق لك رفض القيام بها.</p>",
                "<p>Роботодавець відповідає за те, щоб робота була безпечною. Він повинен провести для вас вступний "
                "інструктаж, дати інструкції з безпеки та оплатити потрібні засоби захисту.</p>"
                "<p>Працівник повинен дотримуватися інструкцій і користуватися засобами захисту. Якщо завдання становить "
                "серйозну небезпеку для життя чи здоров'я, ви можете відмовитися його виконувати.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "perehdytys",
                            "orientation (perehdytys)",
                            "التعريف بالعمل (perehdytys)",
                            "вступний інструктаж (perehdytys)",
                        ),
                        "explanation": _t(
                            "Opastus työhön, työvälineisiin ja turvallisiin työtapoihin.",
                            "Guidance on the job, the tools and safe ways of working.",
                            "إرشاد حول العمل وأدواته وطرق العمل الآمنة.",
                            "Ознайомлення з роботою, інструментами та безпечними способами роботи.",
                        ),
                    },
                    {
                        "term": _t(
                            "työsuojeluvaltuutettu",
                            "OSH representative (työsuojeluvaltuutettu)",
                            "ممثل السلامة المهنية (työsuojeluvaltuutettu)",
                            "уповноважений з охорони праці (työsuojeluvaltuutettu)",
                        ),
                        "explanation": _t(
                            "Työntekijöiden valitsema edustaja turvallisuusasioissa. Hänet valitaan työpaikalle, jossa on "
                            "vähintään 10 vakituista työntekijää, yleensä kahdeksi vuodeksi.",
                            "The employees' elected representative in safety matters. One is elected at workplaces with at "
                            "least 10 regular employees, usually for two years.",
                            "ممثل ينتخبه العاملون في شؤون السلامة. يُنتخب في أماكن العمل التي تضم 10 عاملين دائمين على الأقل، "
                            "وعادةً لمدة سنتين.",
                            "Представник, якого працівники обирають для питань безпеки. Його обирають на робочих місцях, де є "
                            "щонайменше 10 постійних працівників, зазвичай на два роки.",
                        ),
                    },
                    {
                        "term": _t(
                            "tapaturmavakuutus",
                            "accident insurance (tapaturmavakuutus)",
                            "تأمين حوادث العمل (tapaturmavakuutus)",
                            "страхування від нещасних випадків (tapaturmavakuutus)",
                        ),
                        "explanation": _t(
                            "Vakuutus työtapaturmien ja ammattitautien varalta. Työnantajan on pakko ottaa se. Se koskee "
                            "myös matkaa kotoa töihin ja takaisin.",
                            "Insurance against accidents at work and occupational diseases. The employer must take it out. "
                            "It also covers the journey between home and work.",
                            "تأمين ضد حوادث العمل والأمراض المهنية، ويجب على صاحب العمل إبرامه. ويشمل أيضًا الطريق بين "
                            "المنزل والعمل ذهابًا وإيابًا.",
                            "Страхування на випадок нещасних випадків на роботі та професійних захворювань. Роботодавець "
                            "зобов'язаний його оформити. Воно охоплює й дорогу з дому на роботу і назад.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t(
                    "Saat sanoa ei vaaralliselle työlle",
                    "You may say no to dangerous work",
                    "يحق لك رفض العمل الخطِر",
                    "Ви можете відмовитися від небезпечної роботи",
                ),
                "text": _t(
                    "<p>Suomessa työntekijä saa kieltäytyä työstä, joka on vakavasti vaarallinen hengelle tai terveydelle. "
                    "Kerro esihenkilölle, miksi työ on vaarallinen.</p>",
                    "<p>In Finland an employee may refuse work that seriously endangers life or health. Tell your "
                    "supervisor why the work is dangerous.</p>",
                    "<p>في فنلندا يحق للعامل رفض العمل الذي يعرّض الحياة أو الصحة لخطر جسيم. أخبر المشرف عليك لماذا "
                    "يُعدّ العمل خطيرًا.</p>",
                    "<p>У Фінляндії працівник може відмовитися від роботи, яка становить серйозну небезпеку для життя чи "
                    "здоров'я. Поясніть своєму керівникові, чому робота небезпечна.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": _t(
                    "Uusi työ varastossa", "A new job in a warehouse", "عمل جديد في مستودع", "Нова робота на складі"
                ),
                "situation": _t(
                    "Omar aloittaa työt varastossa. Hän nostaa laatikoita, joissa on terävät reunat, mutta hänelle ei ole "
                    "annettu suojakäsineitä.",
                    "Omar starts work in a warehouse. He lifts boxes with sharp edges, but he has not been given "
                    "protective gloves.",
                    "يبدأ عمر العمل في مستودع. وهو يرفع صناديق ذات حواف حادة، لكنه لم يُعطَ قفازات واقية.",
                    "Омар починає працювати на складі. Він піднімає коробки з гострими краями, але йому не дали захисних "
                    "рукавичок.",
                ),
                "lines": [
                    {
                        "speaker": _t("Omar", "Omar", "عمر", "Омар"),
                        "text": _t(
                            "Tarvitsen suojakäsineet. Kuka ne maksaa?",
                            "I need protective gloves. Who pays for them?",
                            "أحتاج إلى قفازات واقية. من يدفع ثمنها؟",
                            "Мені потрібні захисні рукавички. Хто за них платить?",
                        ),
                    },
                    {
                        "speaker": _t("Esihenkilö", "Supervisor", "المشرف", "Керівник"),
                        "text": _t(
                            "Työnantaja maksaa tarvittavat suojavarusteet. Haetaan ne nyt.",
                            "The employer pays for the protective equipment you need. Let's get them now.",
                            "صاحب العمل يدفع ثمن معدات الحماية اللازمة. لنُحضرها الآن.",
                            "Роботодавець оплачує потрібні засоби захисту. Ходімо по них зараз.",
                        ),
                    },
                ],
                "question": _t(
                    "Kenen puoleen Omar voisi kääntyä, jos hän ei saisi suojavarusteita?",
                    "Who could Omar turn to if he did not get the protective equipment?",
                    "إلى من يمكن أن يلجأ عمر لو لم يحصل على معدات الحماية؟",
                    "До кого Омар міг би звернутися, якби не отримав засобів захисту?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Turvallisesti töissä", "Safe at work", "العمل بأمان", "Безпечно на роботі"),
                "items": [
                    _t(
                        "Pyydä perehdytys, jos et ole saanut sitä.",
                        "Ask for an orientation if you have not had one.",
                        "اطلب التعريف بالعمل إن لم تحصل عليه.",
                        "Попросіть вступний інструктаж, якщо ви його не отримали.",
                    ),
                    _t(
                        "Käytä suojavarusteita aina, kun ohjeet niin sanovat.",
                        "Always use protective equipment when the instructions say so.",
                        "استخدم معدات الحماية دائمًا عندما تنص التعليمات على ذلك.",
                        "Завжди користуйтеся засобами захисту, коли цього вимагають інструкції.",
                    ),
                    _t(
                        "Selvitä, kuka on työpaikkasi työsuojeluvaltuutettu.",
                        "Find out who your workplace's OSH representative is.",
                        "اعرف من هو ممثل السلامة المهنية في مكان عملك.",
                        "Дізнайтеся, хто уповноважений з охорони праці на вашому робочому місці.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Mitä vaaroja omassa työssäsi tai alallasi voi olla? Miten niiltä suojaudutaan?",
                    "What dangers can there be in your own job or field? How do people protect themselves from them?",
                    "ما المخاطر التي قد توجد في عملك أو مجالك؟ وكيف يحمي الناس أنفسهم منها؟",
                    "Які небезпеки можуть бути у вашій роботі чи галузі? Як від них захищаються?",
                )
            },
        ),
        _sources("S22", "S23", "S24", "S25"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Työnantaja vastaa siitä, että työ on turvallista.</p>"
            "<ul><li>Työnantaja opettaa sinulle työn. Tätä sanotaan perehdytykseksi.</li>"
            "<li>Työnantaja antaa ohjeet, miten työ tehdään turvallisesti.</li>"
            "<li>Työnantaja maksaa suojavarusteet, joita työssä tarvitaan.</li>"
            "<li>Työnantaja vakuuttaa sinut. Vakuutus auttaa, jos sinulle sattuu tapaturma tai saat sairauden työstä. "
            "Vakuutus koskee myös matkaa kotoa töihin.</li></ul>"
            "<p>Sinun pitää tehdä työ ohjeiden mukaan ja käyttää suojavarusteita.</p>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Vaarallinen työ",
                "text": "<p>Jos työ on hyvin vaarallista hengelle tai terveydelle, saat sanoa ei. Kerro esihenkilölle, "
                "mikä työssä on vaarallista.</p>",
            },
        ),
        (
            "key_terms",
            {
                "heading": "Tärkeä sana",
                "terms": [
                    {
                        "term": "Työsuojeluvaltuutettu",
                        "explanation": "Työntekijöiden edustaja turvallisuusasioissa. Jos työpaikalla on vähintään 10 "
                        "vakituista työntekijää, he valitsevat edustajan. Hän on tehtävässä yleensä 2 vuotta.",
                    }
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Muista nämä",
                "items": ["Pyydä perehdytys.", "Käytä suojavarusteita.", "Kysy, kuka on työsuojeluvaltuutettu."],
            },
        ),
        _sources("S22", "S23", "S24", "S25"),
    ],
}

# Facts I1-I5.
LESSON_EQUALITY = {
    "slug": "yhdenvertaisuus",
    "title": _t(
        "Yhdenvertaisuus ja syrjintä",
        "Equality and non-discrimination",
        "المساواة وعدم التمييز",
        "Рівність і недискримінація",
    ),
    "intro": _t(
        "Ketään ei saa syrjiä työelämässä. Opi, mitä syrjintä on ja mistä saat apua.",
        "No one may be discriminated against in working life. Learn what discrimination is and where to get help.",
        "لا يجوز التمييز ضد أي شخص في الحياة العملية. تعرّف على معنى التمييز وأين تجد المساعدة.",
        "Нікого не можна дискримінувати у трудовому житті. Дізнайтеся, що таке дискримінація і де отримати допомогу.",
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Yhdenvertaisuuslaki (1325/2014) kieltää syrjinnän. Ketään ei saa kohdella huonommin esimerkiksi iän, "
                "alkuperän, kansalaisuuden, kielen, uskonnon, vakaumuksen, mielipiteen, poliittisen toiminnan, "
                "ammattiyhdistystoiminnan, perhesuhteiden, terveydentilan, vammaisuuden, seksuaalisen suuntautumisen tai "
                "muun henkilöön liittyvän syyn perusteella.</p>"
                "<p>Kielto koskee työhönottoa, työsuhteen aikaa ja irtisanomista.</p>",
                "<p>The Non-discrimination Act (1325/2014) bans discrimination. No one may be treated worse because of, "
                "for example, age, origin, nationality, language, religion, belief, opinion, political activity, "
                "trade-union activity, family relationships, health, disability, sexual orientation or another personal "
                "characteristic.</p>"
                "<p>The ban covers recruitment, the employment itself and dismissal.</p>",
                "<p>يحظر قانون عدم التمييز (1325/2014) التمييز. فلا يجوز معاملة أي شخص معاملة أسوأ بسبب العمر أو الأصل "
                "أو الجنسية أو اللغة أو الدين أو المعتقد أو الرأي أو النشاط السياسي أو النشاط النقابي أو العلاقات "
                "الأسرية أو الحالة الصحية أو الإعاقة أو التوجه الجنسي أو أي سبب آخر يتعلق بشخصه، على سبيل المثال.</p>"
                "<p>ويشمل الحظر التوظيف، وفترة العمل نفسها، وإنهاء العمل.</p>",
                "<p>Закон про недискримінацію (1325/2014) забороняє дискримінацію. Нікого не можна ставити в гірше "
                "становище, наприклад, через вік, походження, громадянство, мову, релігію, переконання, думку, політичну "
                "діяльність, профспілкову діяльність, сімейні стосунки, стан здоров'я, інвалідність, сексуальну "
                "орієнтацію або іншу особисту ознаку.</p>"
                "<p>Заборона стосується прийому на роботу, самих трудових відносин і звільнення.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "välillinen syrjintä",
                            "indirect discrimination (välillinen syrjintä)",
                            "التمييز غير المباشر (välillinen syrjintä)",
                            "непряма дискримінація (välillinen syrjintä)",
                        ),
                        "explanation": _t(
                            "Sääntö näyttää kaikille samalta, mutta asettaa jonkun huonompaan asemaan. Esimerkki: vaaditaan "
                            "täydellistä suomea, vaikka työ ei sitä tarvitse.",
                            "A rule looks the same for everyone but puts someone at a disadvantage. Example: demanding "
                            "perfect Finnish when the job does not need it.",
                            "قاعدة تبدو واحدة للجميع لكنها تضع شخصًا ما في وضع أسوأ. مثال: اشتراط إتقان اللغة الفنلندية "
                            "إتقانًا تامًا مع أن العمل لا يحتاج إلى ذلك.",
                            "Правило виглядає однаковим для всіх, але ставить когось у гірше становище. Приклад: вимагати "
                            "досконалої фінської, хоча для роботи вона не потрібна.",
                        ),
                    },
                    {
                        "term": _t(
                            "tasa-arvosuunnitelma",
                            "equality plan (tasa-arvosuunnitelma)",
                            "خطة المساواة (tasa-arvosuunnitelma)",
                            "план рівності (tasa-arvosuunnitelma)",
                        ),
                        "explanation": _t(
                            "Kirjallinen suunnitelma, jonka tasa-arvolaki vaatii työnantajalta, jolla on vähintään "
                            "30 työntekijää.",
                            "A written plan that the Equality Act requires from employers with at least 30 employees.",
                            "خطة مكتوبة يفرضها قانون المساواة على أصحاب العمل الذين لديهم 30 عاملًا على الأقل.",
                            "Письмовий план, якого Закон про рівність вимагає від роботодавців, що мають щонайменше "
                            "30 працівників.",
                        ),
                    },
                    {
                        "term": _t(
                            "työsuojeluviranomainen",
                            "OSH authority (työsuojeluviranomainen)",
                            "سلطة السلامة المهنية (työsuojeluviranomainen)",
                            "орган охорони праці (työsuojeluviranomainen)",
                        ),
                        "explanation": _t(
                            "Aluehallintovirastojen (AVI) työsuojeluviranomaiset valvovat syrjinnän kieltoa työelämässä. "
                            "Työelämän ulkopuoliset asiat kuuluvat yhdenvertaisuusvaltuutetulle.",
                            "The OSH authorities of the Regional State Administrative Agencies (AVI) supervise the ban on "
                            "discrimination at work. Matters outside working life belong to the Non-Discrimination Ombudsman.",
                            "تتولى سلطات السلامة المهنية في الوكالات الإقليمية لإدارة الدولة (AVI) الرقابة على حظر التمييز "
                            "في العمل. أما المسائل خارج الحياة العملية فهي من اختصاص أمين المظالم المعني بعدم التمييز.",
                            "Органи охорони праці регіональних державних адміністративних агенцій (AVI) наглядають за "
                            "забороною дискримінації на роботі. Справи поза трудовим життям належать до компетенції "
                            "Омбудсмана з питань недискримінації.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Työpaikkailmoitus", "A job advertisement", "إعلان وظيفة", "Оголошення про вакансію"),
                "situation": _t(
                    "Lin hakee työtä tehtaan pakkaamosta. Työssä pakataan tuotteita kuvallisten ohjeiden mukaan, mutta "
                    "ilmoituksessa vaaditaan täydellistä suomen kieltä.",
                    "Lin applies for a job in a factory's packing department. The work is packing products by following "
                    "picture instructions, but the advert demands perfect Finnish.",
                    "تتقدّم لين لوظيفة في قسم التغليف بأحد المصانع. العمل هو تغليف المنتجات باتباع تعليمات مصوّرة، لكن "
                    "الإعلان يشترط إتقان اللغة الفنلندية إتقانًا تامًا.",
                    "Лін подає заявку на роботу у відділі пакування на фабриці. Робота полягає в пакуванні товарів за "
                    "інструкціями з малюнками, але в оголошенні вимагають досконалої фінської.",
                ),
                "question": _t(
                    "Voiko vaatimus olla välillistä syrjintää? Miksi?",
                    "Could the requirement be indirect discrimination? Why?",
                    "هل يمكن أن يكون هذا الشرط تمييزًا غير مباشر؟ لماذا؟",
                    "Чи може ця вимога бути непрямою дискримінацією? Чому?",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t(
                    "Jos kohtaat syrjintää",
                    "If you face discrimination",
                    "إذا تعرّضت للتمييز",
                    "Якщо ви зіткнулися з дискримінацією",
                ),
                "text": _t(
                    "<p>Toimi tässä järjestyksessä:</p><ul><li>Pyydä työnantajaa puuttumaan asiaan.</li>"
                    "<li>Ota yhteyttä luottamusmieheen tai ammattiliittoon.</li>"
                    "<li>Käänny työterveyshuollon tai työsuojeluviranomaisen puoleen.</li></ul>",
                    "<p>Act in this order:</p><ul><li>Ask the employer to step in.</li>"
                    "<li>Contact the shop steward or your trade union.</li>"
                    "<li>Turn to occupational health care or the OSH authority.</li></ul>",
                    "<p>تصرّف بهذا الترتيب:</p><ul><li>اطلب من صاحب العمل أن يتدخّل.</li>"
                    "<li>تواصل مع المندوب النقابي أو مع نقابتك.</li>"
                    "<li>توجّه إلى الرعاية الصحية المهنية أو إلى سلطة السلامة المهنية.</li></ul>",
                    "<p>Дійте в такому порядку:</p><ul><li>Попросіть роботодавця втрутитися.</li>"
                    "<li>Зверніться до профспілкового представника або до своєї профспілки.</li>"
                    "<li>Зверніться до служби медицини праці (työterveyshuolto) або до органу охорони праці.</li></ul>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Muista oikeutesi", "Know your rights", "اعرف حقوقك", "Знайте свої права"),
                "items": [
                    _t(
                        "Syrjintä on kielletty jo työnhaussa, ei vasta työssä.",
                        "Discrimination is banned already in recruitment, not only at work.",
                        "التمييز محظور منذ مرحلة التوظيف، لا في أثناء العمل فقط.",
                        "Дискримінація заборонена вже під час прийому на роботу, а не лише на самій роботі.",
                    ),
                    _t(
                        "Jos työpaikallasi on vähintään 30 työntekijää, kysy sen tasa-arvosuunnitelmasta.",
                        "If your workplace has at least 30 employees, ask about its equality plan.",
                        "إذا كان في مكان عملك 30 عاملًا على الأقل، فاسأل عن خطة المساواة فيه.",
                        "Якщо на вашому робочому місці щонайменше 30 працівників, запитайте про його план рівності.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Mieti tilannetta, jossa jotakuta kohdeltiin eri tavalla kuin muita. Oliko syy työn kannalta perusteltu?",
                    "Think of a situation where someone was treated differently from others. Was the reason justified by "
                    "the work?",
                    "فكّر في موقف عومل فيه شخص ما بطريقة مختلفة عن الآخرين. هل كان للسبب ما يبرّره من ناحية العمل؟",
                    "Згадайте ситуацію, коли з кимось поводилися інакше, ніж з іншими. Чи була причина виправдана "
                    "потребами роботи?",
                )
            },
        ),
        _sources("S27", "S26", "S29", "S28"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Työpaikalla ketään ei saa syrjiä. Syrjintä tarkoittaa, että joku saa huonomman kohtelun kuin muut "
            "ilman hyvää syytä.</p>"
            "<p>Laki kieltää syrjinnän esimerkiksi näiden asioiden vuoksi: ikä, alkuperä, kansalaisuus, kieli, uskonto "
            "tai vakaumus, mielipide, poliittinen toiminta, ammattiliiton toiminta, perhe, terveys, vamma ja seksuaalinen "
            "suuntautuminen.</p>"
            "<p>Laki koskee työnhakua, työn aikaa ja työn loppumista.</p>",
        ),
        (
            "key_terms",
            {
                "heading": "Tärkeät sanat",
                "terms": [
                    {
                        "term": "Välillinen syrjintä",
                        "explanation": "Sääntö on sama kaikille, mutta se on jollekin epäreilu. Esimerkki: työssä ei "
                        "tarvita täydellistä suomea, mutta työnantaja vaatii sitä.",
                    },
                    {
                        "term": "Tasa-arvosuunnitelma",
                        "explanation": "Kirjallinen suunnitelma tasa-arvosta. Työnantajalla pitää olla se, jos työntekijöitä "
                        "on vähintään 30.",
                    },
                    {
                        "term": "AVI",
                        "explanation": "Aluehallintovirasto. Sen työsuojelu valvoo, ettei työpaikoilla syrjitä. Muissa "
                        "kuin työasioissa valvoja on yhdenvertaisuusvaltuutettu.",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Jos sinua syrjitään",
                "text": "<ul><li>Pyydä ensin työnantajaa korjaamaan asia.</li>"
                "<li>Jos se ei auta, puhu luottamusmiehen tai ammattiliiton kanssa.</li>"
                "<li>Sitten ota yhteys työterveyshuoltoon tai työsuojeluun.</li></ul>",
            },
        ),
        _sources("S27", "S26", "S29", "S28"),
    ],
}

# Facts J1-J4.
LESSON_UNIONS = {
    "slug": "ammattiliitot",
    "title": _t(
        "Ammattiliitot ja työttömyyskassat",
        "Trade unions and unemployment funds",
        "النقابات العمالية وصناديق البطالة",
        "Профспілки та каси з безробіття",
    ),
    "intro": _t(
        "Liitto auttaa työsuhteen riidoissa, ja kassa turvaa toimeentulosi, jos jäät työttömäksi.",
        "A union helps in employment disputes, and a fund secures your income if you become unemployed.",
        "تساعدك النقابة في نزاعات العمل، ويضمن لك الصندوق دخلًا إذا أصبحت عاطلًا عن العمل.",
        "Профспілка допомагає у трудових спорах, а каса забезпечує ваш дохід, якщо ви залишитеся без роботи.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Jokainen saa liittyä ammattiliittoon ja työttömyyskassaan. Ammattiliitto auttaa, jos palkasta tai "
                "työehdoista tulee riitaa.</p>"
                "<p>Jos jäät työttömäksi, <b>ansiosidonnaista päivärahaa</b> saavat vain työttömyyskassan jäsenet. Muut "
                "saavat Kelan peruspäivärahaa, joka oli vuonna 2025 noin 800 euroa kuukaudessa.</p>",
                "<p>Everyone may join a trade union and an unemployment fund. The union helps if there is a dispute about "
                "pay or terms of employment.</p>"
                "<p>If you become unemployed, only members of an unemployment fund get the <b>earnings-related "
                "allowance</b>. Others get Kela's basic allowance, which was about €800 a month in 2025.</p>",
                "<p>يحق لكل شخص الانضمام إلى نقابة عمالية وإلى صندوق بطالة. وتساعدك النقابة إذا نشأ نزاع حول الأجر أو "
                "شروط العمل.</p>"
                "<p>إذا أصبحت عاطلًا عن العمل، فلا يحصل على <b>إعانة البطالة المرتبطة بالدخل</b> إلا أعضاء صندوق "
                "البطالة. أما غيرهم فيحصلون على الإعانة الأساسية من Kela، وكانت نحو 800 يورو شهريًا في عام 2025.</p>",
                "<p>Кожен може вступити до профспілки та каси з безробіття. Профспілка допомагає, якщо виникає спір щодо "
                "зарплати чи умов праці.</p>"
                "<p>Якщо ви втратите роботу, <b>допомогу, що залежить від заробітку</b>, отримують лише члени каси з "
                "безробіття. Інші отримують базову допомогу від Kela — у 2025 році близько 800 євро на місяць.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t("Työssäoloehto", "The employment condition", "شرط العمل", "Умова трудового стажу"),
                "text": _t(
                    "<p>Ansiosidonnainen päiväraha edellyttää myös työssäoloehtoa. 2.9.2024 alkaen ehto on 12 kuukautta "
                    "työtä viimeisten 28 kuukauden aikana, ja palkkaa on pitänyt olla vähintään 930 euroa kuukaudessa.</p>",
                    "<p>The earnings-related allowance also requires the employment condition. Since 2 September 2024 it "
                    "is 12 months of work within the previous 28 months, with eligible earnings of at least €930 a month.</p>",
                    "<p>تتطلب الإعانة المرتبطة بالدخل أيضًا استيفاء شرط العمل. فمنذ 2 سبتمبر 2024 أصبح الشرط 12 شهرًا من "
                    "العمل خلال الأشهر الثمانية والعشرين السابقة، بدخل محتسَب لا يقل عن 930 يورو شهريًا.</p>",
                    "<p>Для допомоги, що залежить від заробітку, потрібно також виконати умову трудового стажу. З 2 вересня "
                    "2024 року це 12 місяців роботи протягом попередніх 28 місяців із зарахованим заробітком щонайменше "
                    "930 євро на місяць.</p>",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "ammattiliitto",
                            "trade union (ammattiliitto)",
                            "النقابة العمالية (ammattiliitto)",
                            "профспілка (ammattiliitto)",
                        ),
                        "explanation": _t(
                            "Työntekijöiden järjestö, joka neuvoo ja auttaa jäseniään työsuhdeasioissa.",
                            "An organisation of employees that advises and helps its members in employment matters.",
                            "منظمة للعاملين تقدّم المشورة والمساعدة لأعضائها في شؤون العمل.",
                            "Організація працівників, яка консультує своїх членів і допомагає їм у трудових питаннях.",
                        ),
                    },
                    {
                        "term": _t(
                            "työttömyyskassa",
                            "unemployment fund (työttömyyskassa)",
                            "صندوق البطالة (työttömyyskassa)",
                            "каса з безробіття (työttömyyskassa)",
                        ),
                        "explanation": _t(
                            "Kassa, joka maksaa jäsenilleen ansiosidonnaista päivärahaa.",
                            "A fund that pays the earnings-related allowance to its members.",
                            "صندوق يدفع لأعضائه إعانة البطالة المرتبطة بالدخل.",
                            "Каса, яка виплачує своїм членам допомогу, що залежить від заробітку.",
                        ),
                    },
                    {
                        "term": _t(
                            "luottamusmies",
                            "shop steward (luottamusmies)",
                            "المندوب النقابي (luottamusmies)",
                            "профспілковий представник (luottamusmies)",
                        ),
                        "explanation": _t(
                            "Edustaa työpaikan liiton jäseniä. Kausi on yleensä kolme vuotta.",
                            "Represents the union members at the workplace. The term is usually three years.",
                            "يمثّل أعضاء النقابة في مكان العمل، ومدة ولايته عادةً ثلاث سنوات.",
                            "Представляє членів профспілки на робочому місці. Строк повноважень зазвичай три роки.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t("Onko palkka oikein?", "Is the pay right?", "هل الأجر صحيح؟", "Чи правильна зарплата?"),
                "situation": _t(
                    "Dmytro huomaa, että hänen palkkansa on pienempi kuin työkaverilla, joka tekee samaa työtä.",
                    "Dmytro notices that his pay is lower than that of a co-worker who does the same work.",
                    "يلاحظ دميترو أن أجره أقل من أجر زميله الذي يقوم بالعمل نفسه.",
                    "Дмитро помічає, що його зарплата менша, ніж у колеги, який виконує ту саму роботу.",
                ),
                "lines": [
                    {
                        "speaker": _t("Dmytro", "Dmytro", "دميترو", "Дмитро"),
                        "text": _t(
                            "Olen liiton jäsen. Voitko tarkistaa palkkani?",
                            "I'm a union member. Can you check my pay?",
                            "أنا عضو في النقابة. هل يمكنك أن تتحقق من أجري؟",
                            "Я член профспілки. Можете перевірити мою зарплату?",
                        ),
                    },
                    {
                        "speaker": _t(
                            "Luottamusmies Jari",
                            "Jari, shop steward",
                            "جاري، المندوب النقابي",
                            "Ярі, профспілковий представник",
                        ),
                        "text": _t(
                            "Totta kai. Katsotaan palkkalaskelmasi ja työehtosopimus yhdessä.",
                            "Of course. Let's look at your payslip and the collective agreement together.",
                            "بالتأكيد. لننظر معًا في كشف راتبك واتفاقية العمل الجماعية.",
                            "Звісно. Подивімося разом на ваш розрахунковий лист і колективний договір.",
                        ),
                    },
                ],
                "question": _t(
                    "Kenen puoleen sinä kääntyisit samanlaisessa tilanteessa?",
                    "Who would you turn to in a similar situation?",
                    "إلى من ستلجأ في موقف مشابه؟",
                    "До кого б ви звернулися в подібній ситуації?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Tee nämä", "Do these", "افعل ما يلي", "Зробіть це"),
                "items": [
                    _t(
                        "Kysy, kuka on työpaikkasi luottamusmies.",
                        "Ask who the shop steward at your workplace is.",
                        "اسأل من هو المندوب النقابي في مكان عملك.",
                        "Запитайте, хто профспілковий представник на вашому робочому місці.",
                    ),
                    _t(
                        "Liity kassaan ajoissa: vain jäsenet saavat ansiosidonnaista päivärahaa.",
                        "Join a fund in good time: only members get the earnings-related allowance.",
                        "انضم إلى صندوق البطالة مبكرًا: فالأعضاء وحدهم يحصلون على الإعانة المرتبطة بالدخل.",
                        "Вступіть до каси завчасно: допомогу, що залежить від заробітку, отримують лише її члени.",
                    ),
                    _t(
                        "Ota yhteyttä liittoon, jos palkasta tai työehdoista tulee riitaa.",
                        "Contact your union if there is a dispute about pay or terms of employment.",
                        "تواصل مع نقابتك إذا نشأ نزاع حول الأجر أو شروط العمل.",
                        "Зверніться до профспілки, якщо виникне спір щодо зарплати чи умов праці.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Mikä ammattiliitto voisi sopia sinun alallesi? Miten voisit selvittää sen?",
                    "Which trade union might suit your field? How could you find out?",
                    "أي نقابة عمالية قد تناسب مجال عملك؟ وكيف يمكنك أن تعرف ذلك؟",
                    "Яка профспілка могла б підійти для вашої галузі? Як ви могли б це з'ясувати?",
                )
            },
        ),
        _sources("S32", "S30", "S31", "S33"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Kuka tahansa saa liittyä ammattiliittoon. Ammattiliitto auttaa, jos sinulla on ongelma palkan tai "
            "työehtojen kanssa.</p>"
            "<p>Kuka tahansa saa liittyä myös työttömyyskassaan. Jos jäät ilman työtä, kassa maksaa jäsenelle rahaa. "
            "Summa riippuu siitä, kuinka paljon olet ansainnut. Tätä rahaa sanotaan ansiosidonnaiseksi päivärahaksi.</p>"
            "<p>Jos et ole kassan jäsen, saat Kelalta peruspäivärahaa. Se oli vuonna 2025 noin 800 euroa kuukaudessa.</p>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Tarpeeksi työtä",
                "text": "<p>Ansiosidonnaista päivärahaa saa vain, jos on tehnyt tarpeeksi työtä. Sinulla pitää olla "
                "12 kuukautta työtä viimeisen 28 kuukauden aikana. Palkan pitää olla vähintään 930 euroa kuukaudessa. "
                "Tämä sääntö on ollut voimassa 2.9.2024 alkaen.</p>",
            },
        ),
        (
            "key_terms",
            {
                "heading": "Tärkeä sana",
                "terms": [
                    {
                        "term": "Luottamusmies",
                        "explanation": "Ihminen, joka edustaa työpaikalla liiton jäseniä. Hän on tehtävässä yleensä 3 vuotta.",
                    }
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Muista nämä",
                "items": ["Selvitä, kuka on työpaikkasi luottamusmies.", "Liity kassaan ajoissa."],
            },
        ),
        _sources("S32", "S30", "S31", "S33"),
    ],
}


# --- Module 4: Työpaikalla --------------------------------------------------------------------

# Facts K1-K4.
LESSON_CULTURE = {
    "slug": "tyokulttuuri",
    "title": _t(
        "Suomalainen työkulttuuri", "Finnish workplace culture", "ثقافة العمل في فنلندا", "Фінська культура праці"
    ),
    "intro": _t(
        "Täsmällisyys, matala hierarkia ja suora puhe kuuluvat suomalaiseen työelämään.",
        "Punctuality, a low hierarchy and direct speech are part of Finnish working life.",
        "الالتزام بالمواعيد، وقلة التراتبية، والكلام المباشر جزء من الحياة العملية في فنلندا.",
        "Пунктуальність, слабка ієрархія і прямота — частина фінського трудового життя.",
    ),
    "estimated_minutes": 5,
    "body": [
        (
            "paragraph",
            _t(
                "<p>Suomalaisella työpaikalla aikatauluista pidetään kiinni. Kun työ alkaa kello 8.00, se alkaa kello 8.00 "
                "eikä 8.10. Jos myöhästyt, kerro siitä esihenkilölle.</p>"
                "<p>Hierarkia on matala. Kaikkia puhutellaan etunimellä asemasta riippumatta. Esihenkilö ei valvo työtä "
                "koko ajan, vaan odottaa, että teet työtä itsenäisesti ja oma-aloitteisesti.</p>",
                "<p>At a Finnish workplace, timetables are kept. When work starts at 8:00, it starts at 8:00, not 8:10. If "
                "you are going to be late, tell your supervisor.</p>"
                "<p>The hierarchy is low. Everyone is called by their first name, whatever their position. The supervisor "
                "does not watch your work all the time but expects you to work independently and take the initiative.</p>",
                "<p>في أماكن العمل الفنلندية يُلتزَم بالمواعيد. فإذا كان العمل يبدأ الساعة 8:00، فهو يبدأ الساعة 8:00 "
                "وليس 8:10. وإذا كنت ستتأخر، فأخبر المشرف عليك.</p>"
                "<p>التراتبية قليلة، ويُنادى الجميع بأسمائهم الأولى مهما كانت مناصبهم. ولا يراقب المشرف عملك طوال الوقت، "
                "بل يتوقع منك أن تعمل باستقلالية وأن تبادر من تلقاء نفسك.</p>",
                "<p>На фінському робочому місці дотримуються розкладу. Якщо робота починається о 8:00, вона починається "
                "о 8:00, а не о 8:10. Якщо ви запізнюєтеся, повідомте керівника.</p>"
                "<p>Ієрархія слабка. До всіх звертаються на ім'я, незалежно від посади. Керівник не стежить за вашою "
                "роботою весь час, а очікує, що ви працюватимете самостійно і виявлятимете ініціативу.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t(
                    "Suora puhe on rehellisyyttä",
                    "Direct speech is honesty",
                    "الكلام المباشر صدق",
                    "Прямота — це чесність",
                ),
                "text": _t(
                    "<p>Suomessa viestintä on suoraa. Kun sanot, ettet ymmärrä tai ettei sinulla ole aikaa, sitä pidetään "
                    "rehellisyytenä. Sovitusta pidetään kiinni, myös suullisesti sovitusta.</p>",
                    "<p>In Finland communication is direct. Saying that you don't understand, or that you don't have time, "
                    "is seen as honesty. Agreements are kept, spoken ones too.</p>",
                    "<p>في فنلندا يكون التواصل مباشرًا. فإذا قلت إنك لا تفهم أو إنه ليس لديك وقت، يُعدّ ذلك صدقًا. "
                    "ويُلتزَم بالاتفاقات، حتى الشفهية منها.</p>",
                    "<p>У Фінляндії спілкуються прямо. Якщо ви кажете, що не розумієте або не маєте часу, це сприймають "
                    "як чесність. Домовленостей дотримуються, навіть усних.</p>",
                ),
            },
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "esihenkilö", "supervisor (esihenkilö)", "المشرف (esihenkilö)", "керівник (esihenkilö)"
                        ),
                        "explanation": _t(
                            "Henkilö, joka johtaa työtäsi. Häntäkin puhutellaan etunimellä.",
                            "The person who leads your work. You call them by their first name too.",
                            "الشخص الذي يدير عملك. وتناديه أيضًا باسمه الأول.",
                            "Людина, яка керує вашою роботою. До неї теж звертаються на ім'я.",
                        ),
                    },
                    {
                        "term": _t(
                            "oma-aloitteisuus",
                            "initiative (oma-aloitteisuus)",
                            "روح المبادرة (oma-aloitteisuus)",
                            "ініціативність (oma-aloitteisuus)",
                        ),
                        "explanation": _t(
                            "Huomaat itse, mitä pitää tehdä, ja teet sen ilman, että kukaan käskee.",
                            "You notice yourself what needs doing and do it without being told.",
                            "أن تلاحظ بنفسك ما يجب فعله وتقوم به دون أن يطلب منك أحد.",
                            "Ви самі помічаєте, що треба зробити, і робите це без вказівок.",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": _t(
                    "Ohje jäi epäselväksi",
                    "The instruction was unclear",
                    "التعليمات لم تكن واضحة",
                    "Інструкція була незрозумілою",
                ),
                "situation": _t(
                    "Esihenkilö Sanna antaa Fatimalle uuden tehtävän. Fatima ei ymmärrä kaikkea.",
                    "Sanna, the supervisor, gives Fatima a new task. Fatima does not understand everything.",
                    "تعطي المشرفة سانا فاطمةَ مهمة جديدة، لكن فاطمة لا تفهم كل شيء.",
                    "Керівниця Санна дає Фатімі нове завдання. Фатіма розуміє не все.",
                ),
                "lines": [
                    {
                        "speaker": _t("Fatima", "Fatima", "فاطمة", "Фатіма"),
                        "text": _t(
                            "Sanna, en ymmärtänyt toista vaihetta. Voitko näyttää sen vielä kerran?",
                            "Sanna, I didn't understand the second step. Could you show it once more?",
                            "سانا، لم أفهم الخطوة الثانية. هل يمكنك أن تريني إياها مرة أخرى؟",
                            "Санно, я не зрозуміла другий крок. Можеш показати ще раз?",
                        ),
                    },
                    {
                        "speaker": _t("Sanna", "Sanna", "سانا", "Санна"),
                        "text": _t(
                            "Hyvä, että kysyit. Katsotaan yhdessä.",
                            "Good that you asked. Let's look at it together.",
                            "جيد أنكِ سألتِ. لننظر فيها معًا.",
                            "Добре, що ти запитала. Подивімося разом.",
                        ),
                    },
                ],
                "question": _t(
                    "Miksi Fatiman kysymys oli hyvä asia?",
                    "Why was Fatima's question a good thing?",
                    "لماذا كان سؤال فاطمة أمرًا جيدًا؟",
                    "Чому запитання Фатіми було добрим кроком?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Hyvä työkaveri", "A good co-worker", "زميل العمل الجيد", "Добрий колега"),
                "items": [
                    _t(
                        "Tulee ajoissa ja kertoo, jos myöhästyy.",
                        "Arrives on time and says so if they will be late.",
                        "يصل في الموعد ويُخبر إذا كان سيتأخر.",
                        "Приходить вчасно і попереджає, якщо запізнюється.",
                    ),
                    _t(
                        "Kysyy, kun ei ymmärrä.",
                        "Asks when they don't understand.",
                        "يسأل عندما لا يفهم.",
                        "Запитує, коли не розуміє.",
                    ),
                    _t(
                        "Pitää kiinni siitä, mitä on sovittu.",
                        "Keeps to what has been agreed.",
                        "يلتزم بما اتُّفق عليه.",
                        "Дотримується домовленостей.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Miten suomalainen työkulttuuri eroaa siitä, mihin olet tottunut aiemmin?",
                    "How does Finnish work culture differ from what you have been used to before?",
                    "كيف تختلف ثقافة العمل الفنلندية عمّا اعتدت عليه من قبل؟",
                    "Чим фінська культура праці відрізняється від того, до чого ви звикли раніше?",
                )
            },
        ),
        _sources("S35", "S36", "S37"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Suomessa tullaan töihin ajoissa. Jos työ alkaa kello 8.00, ole valmis kello 8.00. Jos tiedät, että "
            "myöhästyt, kerro siitä esihenkilölle.</p>"
            "<p>Työpaikalla kaikki sanovat toisiaan etunimellä. Myös johtajaa sanotaan etunimellä.</p>"
            "<p>Esihenkilö ei katso työtäsi koko ajan. Hän odottaa, että teet työtä itse.</p>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Sano suoraan",
                "text": "<p>Suomessa puhutaan suoraan. Voit sanoa: ”En ymmärrä.” tai ”Minulla ei ole aikaa.” Se on rehellistä.</p>"
                "<p>Kun jotain sovitaan, siitä pidetään kiinni. Tämä koskee myös asioita, jotka on sovittu vain puhumalla.</p>",
            },
        ),
        (
            "key_terms",
            {
                "heading": "Tärkeät sanat",
                "terms": [
                    {"term": "Esihenkilö", "explanation": "Ihminen, joka johtaa työtäsi."},
                    {"term": "Oma-aloitteinen", "explanation": "Teet työtä itse. Et odota, että joku käskee."},
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Muista nämä",
                "items": ["Tule ajoissa.", "Kysy, jos et ymmärrä.", "Tee se, mitä olet luvannut."],
            },
        ),
        _sources("S35", "S36", "S37"),
    ],
}

# Facts L1-L3.
LESSON_TRY_OUT = {
    "slug": "tyokokeilu",
    "title": _t("Työkokeilu", "Work try-out", "تجربة العمل", "Трудова проба"),
    "intro": _t(
        "Työkokeilussa voit kokeilla työtä tai alaa. Se ei ole työsuhde.",
        "In a work try-out you can try out a job or a field. It is not employment.",
        "في تجربة العمل يمكنك أن تجرّب عملًا أو مجالًا ما، وهي ليست علاقة عمل.",
        "Під час трудової проби ви можете спробувати роботу чи галузь. Це не трудові відносини.",
    ),
    "estimated_minutes": 4,
    "body": [
        (
            "paragraph",
            _t(
                "<p><b>Työkokeilu</b> ei ole työsuhde. Työnantaja ei maksa sinulle palkkaa. Saat kuitenkin pitää "
                "työttömyysetuutesi, ja voit saada kulukorvausta.</p>"
                "<p>Työkokeilu kestää enintään kuusi kuukautta. Sitä tehdään 1–5 päivänä viikossa ja 4–8 tuntia päivässä.</p>",
                "<p>A <b>work try-out</b> is not employment. The employer does not pay you a wage. You do keep your "
                "unemployment benefit, and you may get an expense allowance.</p>"
                "<p>A work try-out lasts at most six months. It is done 1–5 days a week and 4–8 hours a day.</p>",
                "<p><b>تجربة العمل</b> ليست علاقة عمل، ولا يدفع لك صاحب العمل أجرًا. لكنك تحتفظ بإعانة البطالة التي "
                "تتلقاها، وقد تحصل على بدل للنفقات.</p>"
                "<p>تستمر تجربة العمل ستة أشهر كحد أقصى، من يوم إلى خمسة أيام في الأسبوع، ومن 4 إلى 8 ساعات في اليوم.</p>",
                "<p><b>Трудова проба</b> — це не трудові відносини. Роботодавець не платить вам зарплати. Але ви "
                "зберігаєте свою допомогу з безробіття і можете отримувати компенсацію витрат.</p>"
                "<p>Трудова проба триває не більше шести місяців, 1–5 днів на тиждень і 4–8 годин на день.</p>",
            ),
        ),
        (
            "key_terms",
            {
                "heading": _t("Sanasto", "Key terms", "مصطلحات أساسية", "Ключові терміни"),
                "terms": [
                    {
                        "term": _t(
                            "työttömyysetuus",
                            "unemployment benefit (työttömyysetuus)",
                            "إعانة البطالة (työttömyysetuus)",
                            "допомога з безробіття (työttömyysetuus)",
                        ),
                        "explanation": _t(
                            "Raha, jota saat, kun olet työtön. Saat sitä myös työkokeilun aikana.",
                            "Money you get when you are unemployed. You also get it during a work try-out.",
                            "المال الذي تحصل عليه عندما تكون عاطلًا عن العمل، وتحصل عليه أيضًا خلال تجربة العمل.",
                            "Гроші, які ви отримуєте, коли не маєте роботи. Ви отримуєте їх і під час трудової проби.",
                        ),
                    },
                    {
                        "term": _t(
                            "kulukorvaus",
                            "expense allowance (kulukorvaus)",
                            "بدل النفقات (kulukorvaus)",
                            "компенсація витрат (kulukorvaus)",
                        ),
                        "explanation": _t(
                            "Korvaus kuluista, joita työkokeiluun osallistumisesta tulee.",
                            "A payment towards the costs of taking part in the try-out.",
                            "مبلغ يعوّض عن التكاليف الناتجة عن المشاركة في تجربة العمل.",
                            "Виплата на покриття витрат, пов'язаних з участю у трудовій пробі.",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": _t(
                    "Kuka voi järjestää työkokeilun?",
                    "Who can organise a work try-out?",
                    "من يمكنه تنظيم تجربة العمل؟",
                    "Хто може організувати трудову пробу?",
                ),
                "text": _t(
                    "<p>Työkokeilua ei voi tehdä nykyisellä työnantajallasi. Yksityishenkilö ei voi järjestää työkokeilua.</p>",
                    "<p>You cannot do a work try-out at your current employer. A private individual cannot organise a "
                    "work try-out.</p>",
                    "<p>لا يمكنك القيام بتجربة العمل لدى صاحب عملك الحالي. ولا يجوز لفرد عادي أن ينظّم تجربة عمل.</p>",
                    "<p>Трудову пробу не можна проходити у вашого теперішнього роботодавця. Приватна особа не може "
                    "організувати трудову пробу.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": _t("Kokeilu kahvilassa", "A try-out in a café", "تجربة في مقهى", "Проба в кав'ярні"),
                "situation": _t(
                    "Olena on työtön ja haluaa tietää, sopiiko kahvilatyö hänelle. Kahvila tarjoaa hänelle työkokeilua "
                    "neljäksi kuukaudeksi, neljänä päivänä viikossa.",
                    "Olena is unemployed and wants to find out whether café work suits her. A café offers her a work "
                    "try-out for four months, four days a week.",
                    "أولينا عاطلة عن العمل وتريد أن تعرف هل يناسبها العمل في مقهى. يعرض عليها مقهى تجربة عمل لمدة أربعة "
                    "أشهر، أربعة أيام في الأسبوع.",
                    "Олена безробітна і хоче з'ясувати, чи підходить їй робота в кав'ярні. Кав'ярня пропонує їй трудову "
                    "пробу на чотири місяці, чотири дні на тиждень.",
                ),
                "lines": [
                    {
                        "speaker": _t("Olena", "Olena", "أولينا", "Олена"),
                        "text": _t(
                            "Maksatteko minulle palkkaa?",
                            "Will you pay me a wage?",
                            "هل ستدفعون لي أجرًا؟",
                            "Ви платитимете мені зарплату?",
                        ),
                    },
                    {
                        "speaker": _t("Kahvilan omistaja", "Café owner", "صاحبة المقهى", "Власниця кав'ярні"),
                        "text": _t(
                            "Emme maksa palkkaa, koska tämä ei ole työsuhde. Saat kuitenkin pitää työttömyysetuutesi.",
                            "We don't pay a wage, because this is not employment. But you keep your unemployment benefit.",
                            "لا ندفع أجرًا لأن هذه ليست علاقة عمل، لكنكِ تحتفظين بإعانة البطالة.",
                            "Ми не платимо зарплати, бо це не трудові відносини. Але ви зберігаєте свою допомогу з безробіття.",
                        ),
                    },
                ],
                "question": _t(
                    "Sopivatko kokeilun pituus ja päivien määrä viikossa sääntöihin? Mitä Olena saa kokeilun ajalta?",
                    "Do the length of the try-out and the number of days a week fit the rules? What does Olena get during the try-out?",
                    "هل تتوافق مدة التجربة وعدد أيامها في الأسبوع مع القواعد؟ وماذا تحصل عليه أولينا خلال التجربة؟",
                    "Чи відповідають тривалість проби і кількість днів на тиждень правилам? Що Олена отримує під час проби?",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Ennen työkokeilua", "Before a work try-out", "قبل تجربة العمل", "Перед трудовою пробою"),
                "items": [
                    _t(
                        "Tarkista, että kokeilu kestää enintään 6 kuukautta.",
                        "Check that the try-out lasts at most 6 months.",
                        "تحقّق من أن التجربة لا تتجاوز 6 أشهر.",
                        "Перевірте, що проба триває не більше 6 місяців.",
                    ),
                    _t(
                        "Tarkista päivät ja tunnit: 1–5 päivää viikossa, 4–8 tuntia päivässä.",
                        "Check the days and hours: 1–5 days a week, 4–8 hours a day.",
                        "تحقّق من الأيام والساعات: من يوم إلى 5 أيام أسبوعيًا، ومن 4 إلى 8 ساعات يوميًا.",
                        "Перевірте дні та години: 1–5 днів на тиждень, 4–8 годин на день.",
                    ),
                    _t(
                        "Kysy, saatko kulukorvausta.",
                        "Ask whether you will get an expense allowance.",
                        "اسأل هل ستحصل على بدل النفقات.",
                        "Запитайте, чи отримуватимете компенсацію витрат.",
                    ),
                    _t(
                        "Muista, että työkokeilu ei ole työsuhde eikä siitä makseta palkkaa.",
                        "Remember that a work try-out is not employment and no wage is paid for it.",
                        "تذكّر أن تجربة العمل ليست علاقة عمل، ولا يُدفع عنها أجر.",
                        "Пам'ятайте, що трудова проба — це не трудові відносини і зарплату за неї не платять.",
                    ),
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": _t(
                    "Mitä alaa tai työtä haluaisit kokeilla? Miksi?",
                    "Which field or job would you like to try? Why?",
                    "أي مجال أو عمل تودّ أن تجرّبه؟ ولماذا؟",
                    "Яку галузь чи роботу ви хотіли б спробувати? Чому?",
                )
            },
        ),
        _sources("S38", "S39"),
    ],
    "plain_body": [
        (
            "paragraph",
            "<p>Työkokeilussa voit kokeilla, sopiiko työ tai ala sinulle.</p>"
            "<p>Työkokeilu ei ole työsuhde. Et saa palkkaa. Saat kuitenkin pitää työttömyysetuuden. Voit saada myös "
            "kulukorvausta. Se on rahaa kuluihin, joita kokeilusta tulee.</p>"
            "<ul><li>Työkokeilu kestää korkeintaan 6 kuukautta.</li><li>Se on 1–5 päivää viikossa.</li>"
            "<li>Se on 4–8 tuntia päivässä.</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "working_life",
                "title": "Missä kokeilun voi tehdä?",
                "text": "<p>Et voi tehdä työkokeilua siellä, missä olet nyt töissä. Yksityinen ihminen ei voi järjestää "
                "työkokeilua.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Kysy ennen kokeilua",
                "items": [
                    "Kuinka kauan kokeilu kestää?",
                    "Montako päivää viikossa ja montako tuntia päivässä?",
                    "Saanko kulukorvausta?",
                ],
            },
        ),
        _sources("S38", "S39"),
    ],
}


# --- Quizzes ------------------------------------------------------------------------------------

QUIZ_SECURITY = {
    "slug": "tyosuhteen-turva-tehtavat",
    "title": _t(
        "Tehtävät: Työsuhteen turva",
        "Exercises: Security at work",
        "تمارين: الحماية في العمل",
        "Завдання: Захист на роботі",
    ),
    "intro": _t(
        "Tarkista, mitä opit koeajasta, työturvallisuudesta, yhdenvertaisuudesta ja ammattiliitoista. "
        "Hyväksymisraja on 80 %.",
        "Check what you have learnt about the trial period, occupational safety, equality and trade unions. "
        "The pass mark is 80%.",
        "تحقّق مما تعلّمته عن فترة التجربة والسلامة المهنية والمساواة والنقابات العمالية. درجة النجاح 80٪.",
        "Перевірте, що ви дізналися про випробувальний термін, охорону праці, рівність і профспілки. "
        "Прохідний бал — 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        # G1, G2
        (
            "single_choice",
            {
                "question": _t(
                    "Kuinka pitkä koeaika voi enintään olla?",
                    "What is the maximum length of a trial period?",
                    "ما الحد الأقصى لمدة فترة التجربة؟",
                    "Якою може бути максимальна тривалість випробувального терміну?",
                ),
                "choices": [
                    _choice(
                        _t("4 kuukautta", "4 months", "4 أشهر", "4 місяці"),
                        False,
                        _t(
                            "Näin oli ennen vuotta 2017.",
                            "That was the rule before 2017.",
                            "كان هذا هو الحد قبل عام 2017.",
                            "Так було до 2017 року.",
                        ),
                    ),
                    _choice(_t("6 kuukautta", "6 months", "6 أشهر", "6 місяців"), True, CORRECT),
                    _choice(
                        _t("12 kuukautta", "12 months", "12 شهرًا", "12 місяців"),
                        False,
                        _t("Liian pitkä.", "Too long.", "هذه مدة أطول من المسموح.", "Це забагато."),
                    ),
                ],
                "explanation": _t(
                    "Koeaika on enintään 6 kuukautta, määräaikaisessa työssä enintään puolet sopimuksen kestosta. Ennen "
                    "vuotta 2017 enimmäisaika oli 4 kuukautta.",
                    "The trial period is at most 6 months, and in fixed-term work at most half the contract's length. "
                    "Before 2017 the maximum was 4 months.",
                    "لا تتجاوز فترة التجربة 6 أشهر، وفي العمل المحدد المدة لا تتجاوز نصف مدة العقد. وقبل عام 2017 كان "
                    "الحد الأقصى 4 أشهر.",
                    "Випробувальний термін — не більше 6 місяців, а в строковій роботі — не більше половини тривалості "
                    "договору. До 2017 року максимум становив 4 місяці.",
                ),
            },
        ),
        # G3
        (
            "true_false",
            {
                "question": _t(
                    "Koeajalla työnantaja saa purkaa työsopimuksen sillä perusteella, että työntekijä on raskaana.",
                    "During the trial period, the employer may end the contract because the employee is pregnant.",
                    "خلال فترة التجربة يجوز لصاحب العمل إنهاء العقد لأن العاملة حامل.",
                    "Під час випробувального терміну роботодавець може розірвати договір через те, що працівниця вагітна.",
                ),
                "choices": _true_false(
                    False,
                    _t(
                        "Väärin. Syrjivä syy on kielletty myös koeajalla.",
                        "Wrong. Discriminatory reasons are banned during the trial period too.",
                        "خطأ. الأسباب التمييزية محظورة حتى خلال فترة التجربة.",
                        "Неправильно. Дискримінаційні причини заборонені й під час випробувального терміну.",
                    ),
                    _t(
                        "Oikein. Raskaus on syrjivä peruste.",
                        "Correct. Pregnancy is a discriminatory ground.",
                        "صحيح. الحمل سبب تمييزي.",
                        "Правильно. Вагітність — дискримінаційна підстава.",
                    ),
                ),
                "explanation": _t(
                    "Koeajalla kumpikin voi purkaa sopimuksen heti, mutta ei syrjivästä tai epäasiallisesta syystä, kuten "
                    "raskauden tai uskonnon vuoksi.",
                    "During the trial period either side may end the contract at once, but not on discriminatory or "
                    "inappropriate grounds such as pregnancy or religion.",
                    "خلال فترة التجربة يجوز لأي من الطرفين إنهاء العقد فورًا، ولكن ليس لأسباب تمييزية أو غير لائقة مثل "
                    "الحمل أو الدين.",
                    "Під час випробувального терміну будь-яка сторона може одразу розірвати договір, але не з "
                    "дискримінаційних чи неналежних причин, як-от вагітність або релігія.",
                ),
            },
        ),
        # H1, H4
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä ovat työnantajan velvollisuuksia työturvallisuudessa? Valitse kaikki oikeat.",
                    "Which are the employer's duties in occupational safety? Choose all correct answers.",
                    "ما واجبات صاحب العمل في مجال السلامة المهنية؟ اختر كل الإجابات الصحيحة.",
                    "Які обов'язки роботодавця в охороні праці? Виберіть усі правильні відповіді.",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Perehdyttää työntekijä työhön",
                            "Give the employee an orientation to the work",
                            "تعريف العامل بالعمل",
                            "Провести для працівника вступний інструктаж",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Maksaa tarvittavat suojavarusteet",
                            "Pay for the necessary protective equipment",
                            "دفع ثمن معدات الحماية اللازمة",
                            "Оплатити потрібні засоби захисту",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Vakuuttaa työntekijät työtapaturmien varalta, myös työmatkalla",
                            "Insure employees against accidents at work, on the commute too",
                            "تأمين العاملين ضد حوادث العمل، بما في ذلك في الطريق إلى العمل",
                            "Застрахувати працівників від нещасних випадків на роботі, зокрема й по дорозі на роботу",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Periä suojavarusteiden hinta työntekijän palkasta",
                            "Deduct the cost of protective equipment from the employee's pay",
                            "خصم ثمن معدات الحماية من أجر العامل",
                            "Утримувати вартість засобів захисту із зарплати працівника",
                        ),
                        False,
                        _t(
                            "Väärin. Työnantaja maksaa tarvittavat suojavarusteet.",
                            "Wrong. The employer pays for the necessary protective equipment.",
                            "خطأ. صاحب العمل هو من يدفع ثمن معدات الحماية اللازمة.",
                            "Неправильно. Потрібні засоби захисту оплачує роботодавець.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Työnantaja vastaa turvallisuudesta: perehdytys, turvallisuusohjeet, tarvittavat suojavarusteet ja "
                    "tapaturmavakuutus, joka koskee myös työmatkoja.",
                    "The employer is responsible for safety: orientation, safety instructions, the necessary protective "
                    "equipment and accident insurance that also covers the commute.",
                    "صاحب العمل مسؤول عن السلامة: التعريف بالعمل، وتعليمات السلامة، ومعدات الحماية اللازمة، وتأمين "
                    "الحوادث الذي يشمل أيضًا الطريق إلى العمل.",
                    "Роботодавець відповідає за безпеку: вступний інструктаж, інструкції з безпеки, потрібні засоби захисту "
                    "та страхування від нещасних випадків, яке охоплює й дорогу на роботу.",
                ),
            },
        ),
        # H3
        (
            "single_choice",
            {
                "question": _t(
                    "Kuinka monta vakituista työntekijää työpaikalla pitää olla, jotta sinne valitaan "
                    "työsuojeluvaltuutettu?",
                    "How many regular employees must a workplace have for an OSH representative to be elected?",
                    "كم عاملًا دائمًا يجب أن يكون في مكان العمل حتى يُنتخَب ممثل للسلامة المهنية؟",
                    "Скільки постійних працівників має бути на робочому місці, щоб там обрали уповноваженого з охорони "
                    "праці?",
                ),
                "choices": [
                    _choice(
                        _t("Vähintään 5", "At least 5", "5 على الأقل", "Щонайменше 5"),
                        False,
                        _t("Liian vähän.", "Too few.", "هذا عدد أقل من المطلوب.", "Замало."),
                    ),
                    _choice(_t("Vähintään 10", "At least 10", "10 على الأقل", "Щонайменше 10"), True, CORRECT),
                    _choice(
                        _t("Vähintään 50", "At least 50", "50 على الأقل", "Щонайменше 50"),
                        False,
                        _t("Liian paljon.", "Too many.", "هذا عدد أكبر من المطلوب.", "Забагато."),
                    ),
                ],
                "explanation": _t(
                    "Työpaikalla, jossa on vähintään 10 vakituista työntekijää, valitaan työsuojeluvaltuutettu, yleensä "
                    "kahdeksi vuodeksi.",
                    "Workplaces with at least 10 regular employees elect an OSH representative, usually for two years.",
                    "في أماكن العمل التي تضم 10 عاملين دائمين على الأقل يُنتخَب ممثل للسلامة المهنية، وعادةً لمدة سنتين.",
                    "На робочих місцях, де є щонайменше 10 постійних працівників, обирають уповноваженого з охорони праці, "
                    "зазвичай на два роки.",
                ),
            },
        ),
        # I3
        (
            "single_choice",
            {
                "question": _t(
                    "Kuka valvoo syrjinnän kieltoa työelämässä?",
                    "Who supervises the ban on discrimination in working life?",
                    "من يراقب حظر التمييز في الحياة العملية؟",
                    "Хто наглядає за забороною дискримінації у трудовому житті?",
                ),
                "choices": [
                    _choice(
                        _t("Poliisi", "The police", "الشرطة", "Поліція"),
                        False,
                        _t(
                            "Ei. Työelämässä valvoja on työsuojeluviranomainen.",
                            "No. In working life the OSH authority supervises it.",
                            "لا. في الحياة العملية تتولى الرقابة سلطة السلامة المهنية.",
                            "Ні. У трудовому житті наглядає орган охорони праці.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Aluehallintoviraston (AVI) työsuojeluviranomainen",
                            "The OSH authority of the Regional State Administrative Agency (AVI)",
                            "سلطة السلامة المهنية في الوكالة الإقليمية لإدارة الدولة (AVI)",
                            "Орган охорони праці регіональної державної адміністративної агенції (AVI)",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t("Kela", "Kela", "Kela", "Kela"),
                        False,
                        _t(
                            "Ei. Kela maksaa etuuksia, mutta ei valvo syrjintää.",
                            "No. Kela pays benefits but does not supervise discrimination.",
                            "لا. Kela تدفع الإعانات لكنها لا تراقب التمييز.",
                            "Ні. Kela виплачує допомоги, але не наглядає за дискримінацією.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Työelämässä syrjinnän kieltoa valvovat aluehallintovirastojen työsuojeluviranomaiset. "
                    "Yhdenvertaisuusvaltuutettu hoitaa työelämän ulkopuolisia asioita.",
                    "In working life the OSH authorities of the Regional State Administrative Agencies supervise the ban. "
                    "The Non-Discrimination Ombudsman covers matters outside working life.",
                    "في الحياة العملية تراقب سلطات السلامة المهنية في الوكالات الإقليمية لإدارة الدولة حظر التمييز. أما "
                    "أمين المظالم المعني بعدم التمييز فيختص بالمسائل خارج الحياة العملية.",
                    "У трудовому житті за забороною наглядають органи охорони праці регіональних державних "
                    "адміністративних агенцій. Омбудсман з питань недискримінації займається справами поза трудовим "
                    "життям.",
                ),
            },
        ),
        # I5
        (
            "ordering",
            {
                "question": _t(
                    "Koet syrjintää työpaikalla. Järjestä toimet suositeltuun järjestykseen.",
                    "You face discrimination at work. Put the steps in the recommended order.",
                    "تتعرّض للتمييز في العمل. رتّب الخطوات بالترتيب الموصى به.",
                    "Ви зіткнулися з дискримінацією на роботі. Розташуйте кроки в рекомендованому порядку.",
                ),
                "items": [
                    {
                        "text": _t(
                            "Pyydä työnantajaa puuttumaan asiaan",
                            "Ask the employer to step in",
                            "اطلب من صاحب العمل أن يتدخّل",
                            "Попросіть роботодавця втрутитися",
                        )
                    },
                    {
                        "text": _t(
                            "Ota yhteyttä luottamusmieheen tai ammattiliittoon",
                            "Contact the shop steward or the union",
                            "تواصل مع المندوب النقابي أو النقابة",
                            "Зверніться до профспілкового представника або профспілки",
                        )
                    },
                    {
                        "text": _t(
                            "Käänny työterveyshuollon tai työsuojeluviranomaisen puoleen",
                            "Turn to occupational health care or the OSH authority",
                            "توجّه إلى الرعاية الصحية المهنية أو سلطة السلامة المهنية",
                            "Зверніться до служби медицини праці або органу охорони праці",
                        )
                    },
                ],
                "explanation": _t(
                    "Asiaa yritetään ensin ratkaista työpaikalla. Jos se ei auta, apua saa luottamusmieheltä tai liitosta "
                    "ja sen jälkeen työterveyshuollosta tai työsuojeluviranomaiselta.",
                    "First try to solve the matter at the workplace. If that does not help, get help from the shop steward "
                    "or union, and after that from occupational health care or the OSH authority.",
                    "حاول أولًا حل المسألة في مكان العمل. وإن لم ينفع ذلك، فاطلب المساعدة من المندوب النقابي أو النقابة، "
                    "ثم من الرعاية الصحية المهنية أو سلطة السلامة المهنية.",
                    "Спершу спробуйте розв'язати питання на робочому місці. Якщо це не допоможе, зверніться по допомогу до "
                    "профспілкового представника чи профспілки, а потім до служби медицини праці або органу охорони праці.",
                ),
            },
        ),
        # J2, J3
        (
            "single_choice",
            {
                "question": _t(
                    "Mitä tarvitset, jotta saat ansiosidonnaista työttömyyspäivärahaa?",
                    "What do you need to get the earnings-related unemployment allowance?",
                    "ما الذي تحتاج إليه للحصول على إعانة البطالة المرتبطة بالدخل؟",
                    "Що потрібно, щоб отримувати допомогу з безробіття, що залежить від заробітку?",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Työttömyyskassan jäsenyyden ja täytetyn työssäoloehdon",
                            "Membership of an unemployment fund and a fulfilled employment condition",
                            "العضوية في صندوق بطالة واستيفاء شرط العمل",
                            "Членство в касі з безробіття і виконану умову трудового стажу",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t("Suomen kansalaisuuden", "Finnish citizenship", "الجنسية الفنلندية", "Фінське громадянство"),
                        False,
                        _t(
                            "Ei. Kuka tahansa voi liittyä kassaan.",
                            "No. Anyone may join a fund.",
                            "لا. يحق لأي شخص الانضمام إلى الصندوق.",
                            "Ні. Будь-хто може вступити до каси.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Ei mitään: kaikki saavat sitä",
                            "Nothing: everyone gets it",
                            "لا شيء: الجميع يحصلون عليها",
                            "Нічого: її отримують усі",
                        ),
                        False,
                        _t(
                            "Ei. Muut kuin kassan jäsenet saavat Kelan peruspäivärahaa.",
                            "No. People who are not fund members get Kela's basic allowance.",
                            "لا. من ليسوا أعضاء في الصندوق يحصلون على الإعانة الأساسية من Kela.",
                            "Ні. Ті, хто не є членами каси, отримують базову допомогу від Kela.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Vain kassan jäsenet saavat ansiosidonnaista päivärahaa. Lisäksi 2.9.2024 alkaen vaaditaan 12 kuukautta "
                    "työtä viimeisten 28 kuukauden aikana, vähintään 930 euroa kuukaudessa.",
                    "Only fund members get the earnings-related allowance. In addition, since 2 September 2024, 12 months of "
                    "work with at least €930 a month within the previous 28 months is required.",
                    "لا يحصل على الإعانة المرتبطة بالدخل إلا أعضاء الصندوق. وإضافة إلى ذلك، يُشترط منذ 2 سبتمبر 2024 العمل "
                    "12 شهرًا بدخل لا يقل عن 930 يورو شهريًا خلال الأشهر الثمانية والعشرين السابقة.",
                    "Допомогу, що залежить від заробітку, отримують лише члени каси. Крім того, з 2 вересня 2024 року "
                    "потрібно мати 12 місяців роботи із заробітком щонайменше 930 євро на місяць протягом попередніх "
                    "28 місяців.",
                ),
            },
        ),
    ],
}

QUIZ_WORKPLACE = {
    "slug": "tyopaikalla-tehtavat",
    "title": _t(
        "Tehtävät: Työpaikalla", "Exercises: At the workplace", "تمارين: في مكان العمل", "Завдання: На робочому місці"
    ),
    "intro": _t(
        "Tarkista, mitä opit suomalaisesta työkulttuurista ja työkokeilusta. Hyväksymisraja on 80 %.",
        "Check what you have learnt about Finnish workplace culture and the work try-out. The pass mark is 80%.",
        "تحقّق مما تعلّمته عن ثقافة العمل الفنلندية وتجربة العمل. درجة النجاح 80٪.",
        "Перевірте, що ви дізналися про фінську культуру праці та трудову пробу. Прохідний бал — 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        # K1
        (
            "single_choice",
            {
                "question": _t(
                    "Työvuorosi alkaa kello 8.00. Bussi on myöhässä, ja olet perillä vasta 8.10. Mitä teet?",
                    "Your shift starts at 8:00. The bus is late, and you will only arrive at 8:10. What do you do?",
                    "تبدأ نوبتك الساعة 8:00. الحافلة متأخرة، ولن تصل إلا الساعة 8:10. ماذا تفعل؟",
                    "Ваша зміна починається о 8:00. Автобус запізнюється, і ви будете на місці лише о 8:10. Що ви робите?",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Ilmoitan esihenkilölle heti, että myöhästyn",
                            "I tell my supervisor at once that I will be late",
                            "أُخبر المشرف فورًا بأنني سأتأخر",
                            "Одразу повідомляю керівника, що запізнюся",
                        ),
                        True,
                        _t(
                            "Oikein. Myöhästymisestä kerrotaan esihenkilölle.",
                            "Correct. You tell your supervisor if you will be late.",
                            "صحيح. يجب إبلاغ المشرف بالتأخر.",
                            "Правильно. Про запізнення повідомляють керівника.",
                        ),
                    ),
                    _choice(
                        _t(
                            "En sano mitään, koska 10 minuuttia ei haittaa",
                            "I say nothing, because 10 minutes doesn't matter",
                            "لا أقول شيئًا، لأن عشر دقائق لا تهمّ",
                            "Нічого не кажу, бо 10 хвилин — це дрібниця",
                        ),
                        False,
                        _t(
                            "Väärin. Kello 8.00 tarkoittaa 8.00 eikä 8.10.",
                            "Wrong. 8:00 means 8:00, not 8:10.",
                            "خطأ. الساعة 8:00 تعني 8:00 وليس 8:10.",
                            "Неправильно. 8:00 означає 8:00, а не 8:10.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Jään koko päiväksi pois töistä",
                            "I stay away from work for the whole day",
                            "أتغيّب عن العمل طوال اليوم",
                            "Не йду на роботу цілий день",
                        ),
                        False,
                        _t(
                            "Väärin. Kerro myöhästymisestä ja tule töihin.",
                            "Wrong. Say that you will be late and come to work.",
                            "خطأ. أبلغ بأنك ستتأخر واحضر إلى العمل.",
                            "Неправильно. Повідомте про запізнення і приходьте на роботу.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Suomessa täsmällisyys on tärkeää. Jos myöhästyt, kerro siitä esihenkilölle.",
                    "Punctuality matters in Finland. If you are going to be late, tell your supervisor.",
                    "الالتزام بالمواعيد مهم في فنلندا. إذا كنت ستتأخر، فأخبر المشرف عليك.",
                    "У Фінляндії пунктуальність важлива. Якщо запізнюєтеся, повідомте керівника.",
                ),
            },
        ),
        # K2
        (
            "true_false",
            {
                "question": _t(
                    "Suomalaisella työpaikalla esihenkilöä puhutellaan yleensä etunimellä.",
                    "At a Finnish workplace the supervisor is usually called by their first name.",
                    "في أماكن العمل الفنلندية يُنادى المشرف عادةً باسمه الأول.",
                    "На фінському робочому місці до керівника зазвичай звертаються на ім'я.",
                ),
                "choices": _true_false(
                    True,
                    _t(
                        "Oikein. Hierarkia on matala.",
                        "Correct. The hierarchy is low.",
                        "صحيح. التراتبية قليلة.",
                        "Правильно. Ієрархія слабка.",
                    ),
                    _t(
                        "Väärin. Etunimeä käytetään asemasta riippumatta.",
                        "Wrong. First names are used whatever the position.",
                        "خطأ. تُستخدم الأسماء الأولى مهما كان المنصب.",
                        "Неправильно. На ім'я звертаються незалежно від посади.",
                    ),
                ),
                "explanation": _t(
                    "Suomessa hierarkia on matala, ja kaikkia puhutellaan etunimellä.",
                    "Finland has a low hierarchy, and everyone goes by their first name.",
                    "التراتبية في فنلندا قليلة، ويُنادى الجميع بأسمائهم الأولى.",
                    "У Фінляндії ієрархія слабка, і до всіх звертаються на ім'я.",
                ),
            },
        ),
        # K2, K3, K4
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet kuvaavat suomalaista työkulttuuria? Valitse kaikki oikeat.",
                    "Which statements describe Finnish workplace culture? Choose all correct answers.",
                    "أي العبارات تصف ثقافة العمل الفنلندية؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження описують фінську культуру праці? Виберіть усі правильні відповіді.",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Kun sanot, ettet ymmärrä, sitä pidetään rehellisyytenä.",
                            "Saying that you don't understand is seen as honesty.",
                            "قولك إنك لا تفهم يُعدّ صدقًا.",
                            "Коли ви кажете, що не розумієте, це вважають чесністю.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Suullisesti sovituista asioista pidetään kiinni.",
                            "Spoken agreements are kept.",
                            "يُلتزَم بالاتفاقات الشفهية.",
                            "Усних домовленостей дотримуються.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Esihenkilö odottaa itsenäistä ja oma-aloitteista työtä.",
                            "The supervisor expects independent work and initiative.",
                            "يتوقع المشرف عملًا مستقلًا وروح مبادرة.",
                            "Керівник очікує самостійної роботи й ініціативи.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Esihenkilö valvoo työtä koko ajan.",
                            "The supervisor watches your work all the time.",
                            "يراقب المشرف عملك طوال الوقت.",
                            "Керівник постійно стежить за вашою роботою.",
                        ),
                        False,
                        _t(
                            "Väärin. Esihenkilö ei valvo työtä jatkuvasti.",
                            "Wrong. Supervisors do not monitor work constantly.",
                            "خطأ. المشرف لا يراقب العمل باستمرار.",
                            "Неправильно. Керівник не стежить за роботою постійно.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Viestintä on suoraa, sovitusta pidetään kiinni ja työtä tehdään itsenäisesti.",
                    "Communication is direct, agreements are kept and work is done independently.",
                    "التواصل مباشر، ويُلتزَم بالاتفاقات، ويُنجَز العمل باستقلالية.",
                    "Спілкування пряме, домовленостей дотримуються, а працюють самостійно.",
                ),
            },
        ),
        # K1
        (
            "ordering",
            {
                "question": _t(
                    "Huomaat aamulla, että myöhästyt töistä. Järjestä toimet oikeaan järjestykseen.",
                    "In the morning you realise you will be late for work. Put the steps in the right order.",
                    "تدرك في الصباح أنك ستتأخر عن العمل. رتّب الخطوات بالترتيب الصحيح.",
                    "Уранці ви розумієте, що запізнитеся на роботу. Розташуйте кроки в правильному порядку.",
                ),
                "items": [
                    {
                        "text": _t(
                            "Huomaat, ettet ehdi ajoissa",
                            "You notice you will not make it in time",
                            "تلاحظ أنك لن تصل في الموعد",
                            "Ви помічаєте, що не встигаєте вчасно",
                        )
                    },
                    {
                        "text": _t(
                            "Kerrot esihenkilölle, että myöhästyt",
                            "You tell your supervisor that you will be late",
                            "تُخبر المشرف بأنك ستتأخر",
                            "Ви повідомляєте керівника, що запізнитеся",
                        )
                    },
                    {
                        "text": _t(
                            "Tulet töihin niin pian kuin pääset",
                            "You come to work as soon as you can",
                            "تحضر إلى العمل في أسرع وقت ممكن",
                            "Ви приходите на роботу якнайшвидше",
                        )
                    },
                ],
                "explanation": _t(
                    "Kerro myöhästymisestä esihenkilölle heti, kun tiedät siitä, ja tule sitten töihin.",
                    "Tell your supervisor as soon as you know you will be late, and then come to work.",
                    "أخبر المشرف بتأخرك فور علمك به، ثم احضر إلى العمل.",
                    "Повідомте керівника про запізнення, щойно дізнаєтеся про нього, а потім приходьте на роботу.",
                ),
            },
        ),
        # L1, L3
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet työkokeilusta pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about the work try-out are true? Choose all correct answers.",
                    "أي العبارات عن تجربة العمل صحيحة؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження про трудову пробу правильні? Виберіть усі правильні відповіді.",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Työkokeilu ei ole työsuhde.",
                            "A work try-out is not employment.",
                            "تجربة العمل ليست علاقة عمل.",
                            "Трудова проба — це не трудові відносини.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Saat pitää työttömyysetuutesi.",
                            "You keep your unemployment benefit.",
                            "تحتفظ بإعانة البطالة.",
                            "Ви зберігаєте допомогу з безробіття.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Työnantaja maksaa sinulle palkkaa.",
                            "The employer pays you a wage.",
                            "يدفع لك صاحب العمل أجرًا.",
                            "Роботодавець платить вам зарплату.",
                        ),
                        False,
                        _t(
                            "Väärin. Työkokeilussa ei makseta palkkaa.",
                            "Wrong. No wage is paid in a work try-out.",
                            "خطأ. لا يُدفع أجر في تجربة العمل.",
                            "Неправильно. Під час трудової проби зарплату не платять.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Voit tehdä työkokeilun nykyisellä työnantajallasi.",
                            "You can do a work try-out at your current employer.",
                            "يمكنك القيام بتجربة العمل لدى صاحب عملك الحالي.",
                            "Ви можете пройти трудову пробу у свого теперішнього роботодавця.",
                        ),
                        False,
                        _t(
                            "Väärin. Nykyisellä työnantajalla työkokeilu ei ole mahdollinen.",
                            "Wrong. A try-out is not possible at your current employer.",
                            "خطأ. لا يمكن القيام بالتجربة لدى صاحب العمل الحالي.",
                            "Неправильно. У теперішнього роботодавця пройти пробу не можна.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Työkokeilu ei ole työsuhde, eikä siitä makseta palkkaa. Pidät työttömyysetuutesi ja voit saada "
                    "kulukorvausta. Kokeilua ei voi tehdä nykyisellä työnantajalla.",
                    "A work try-out is not employment, and no wage is paid. You keep your unemployment benefit and may get "
                    "an expense allowance. It cannot be done at your current employer.",
                    "تجربة العمل ليست علاقة عمل، ولا يُدفع عنها أجر. تحتفظ بإعانة البطالة وقد تحصل على بدل للنفقات. ولا "
                    "يمكن القيام بها لدى صاحب العمل الحالي.",
                    "Трудова проба — це не трудові відносини, і зарплату за неї не платять. Ви зберігаєте допомогу з "
                    "безробіття і можете отримувати компенсацію витрат. Проходити пробу у теперішнього роботодавця не можна.",
                ),
            },
        ),
        # L2
        (
            "single_choice",
            {
                "question": _t(
                    "Kuinka pitkä työkokeilu voi enintään olla?",
                    "How long can a work try-out last at most?",
                    "ما أقصى مدة لتجربة العمل؟",
                    "Скільки максимально може тривати трудова проба?",
                ),
                "choices": [
                    _choice(
                        _t("3 kuukautta", "3 months", "3 أشهر", "3 місяці"),
                        False,
                        _t("Liian lyhyt.", "Too short.", "هذه مدة أقصر من الحد الأقصى.", "Це закоротко."),
                    ),
                    _choice(_t("6 kuukautta", "6 months", "6 أشهر", "6 місяців"), True, CORRECT),
                    _choice(
                        _t("2 vuotta", "2 years", "سنتان", "2 роки"),
                        False,
                        _t("Liian pitkä.", "Too long.", "هذه مدة أطول من المسموح.", "Це забагато."),
                    ),
                ],
                "explanation": _t(
                    "Työkokeilu kestää enintään 6 kuukautta, 1–5 päivää viikossa ja 4–8 tuntia päivässä.",
                    "A work try-out lasts at most 6 months, 1–5 days a week and 4–8 hours a day.",
                    "تستمر تجربة العمل 6 أشهر كحد أقصى، من يوم إلى 5 أيام في الأسبوع، ومن 4 إلى 8 ساعات في اليوم.",
                    "Трудова проба триває не більше 6 місяців, 1–5 днів на тиждень і 4–8 годин на день.",
                ),
            },
        ),
    ],
}

# The final quiz covers all eleven topics of the course; the fact IDs of facts.md are noted per question.
FINAL_QUIZ = {
    "slug": "loppukoe",
    "title": _t(
        "Loppukoe: Suomalaisen työelämän pelisäännöt",
        "Final quiz: Rules of Finnish working life",
        "الاختبار النهائي: قواعد الحياة العملية في فنلندا",
        "Підсумковий тест: Правила фінського трудового життя",
    ),
    "intro": _t(
        "Kahdeksan kysymystä koko kurssista. Hyväksymisraja on 80 %.",
        "Eight questions on the whole course. The pass mark is 80%.",
        "ثمانية أسئلة عن الدورة كلها. درجة النجاح 80٪.",
        "Вісім запитань з усього курсу. Прохідний бал — 80 %.",
    ),
    "pass_mark": 80,
    "questions": [
        # Pay: B1, B2
        (
            "single_choice",
            {
                "question": _t(
                    "Mikä on Suomen lakisääteinen vähimmäispalkka?",
                    "What is Finland's statutory minimum wage?",
                    "ما الحد الأدنى للأجور الذي يحدده القانون في فنلندا؟",
                    "Яка у Фінляндії мінімальна зарплата, встановлена законом?",
                ),
                "choices": [
                    _choice(
                        _t("10 euroa tunnissa", "€10 an hour", "10 يورو في الساعة", "10 євро на годину"),
                        False,
                        _t(
                            "Ei. Suomessa ei ole vähimmäispalkkalakia.",
                            "No. Finland has no minimum-wage law.",
                            "لا. لا يوجد في فنلندا قانون للحد الأدنى للأجور.",
                            "Ні. У Фінляндії немає закону про мінімальну зарплату.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Sitä ei ole: vähimmäispalkat sovitaan työehtosopimuksissa",
                            "There is none: minimum pay is set in collective agreements",
                            "لا يوجد: فالحد الأدنى للأجر تحدده اتفاقيات العمل الجماعية",
                            "Її немає: мінімальну оплату встановлюють колективні договори",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t("1 500 euroa kuukaudessa", "€1,500 a month", "1500 يورو شهريًا", "1500 євро на місяць"),
                        False,
                        _t(
                            "Ei. Suomessa ei ole vähimmäispalkkalakia.",
                            "No. Finland has no minimum-wage law.",
                            "لا. لا يوجد في فنلندا قانون للحد الأدنى للأجور.",
                            "Ні. У Фінляндії немає закону про мінімальну зарплату.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Suomessa ei ole vähimmäispalkkalakia. Alan työehtosopimus (TES) määrää vähimmäispalkan, eikä "
                    "työsopimuksessa voi sopia sitä huonommin.",
                    "Finland has no minimum-wage law. The sector's collective agreement (TES) sets minimum pay, and an "
                    "individual contract cannot offer less.",
                    "لا يوجد في فنلندا قانون للحد الأدنى للأجور. تحدد اتفاقية العمل الجماعية للقطاع (TES) الحد الأدنى "
                    "للأجر، ولا يجوز أن يمنح عقد العمل الفردي أقل منه.",
                    "У Фінляндії немає закону про мінімальну зарплату. Мінімальну оплату встановлює галузевий колективний "
                    "договір (TES), і індивідуальний договір не може передбачати меншого.",
                ),
            },
        ),
        # Employment contract: A1
        (
            "true_false",
            {
                "question": _t(
                    "Suullinen työsopimus on Suomessa pätevä.",
                    "An oral employment contract is valid in Finland.",
                    "عقد العمل الشفهي صالح في فنلندا.",
                    "Усний трудовий договір у Фінляндії є дійсним.",
                ),
                "choices": _true_false(
                    True,
                    _t(
                        "Oikein. Kirjallinen sopimus on silti suositeltava.",
                        "Correct. A written contract is still recommended.",
                        "صحيح. ومع ذلك يُنصح بعقد مكتوب.",
                        "Правильно. Проте письмовий договір рекомендується.",
                    ),
                    _t(
                        "Väärin. Sopimus voi olla suullinen, kirjallinen tai sähköinen.",
                        "Wrong. A contract can be oral, written or electronic.",
                        "خطأ. يمكن أن يكون العقد شفهيًا أو مكتوبًا أو إلكترونيًا.",
                        "Неправильно. Договір може бути усним, письмовим або електронним.",
                    ),
                ),
                "explanation": _t(
                    "Työsopimus voi olla suullinen, kirjallinen tai sähköinen, mutta kirjallinen on suositeltava. Jos "
                    "kirjallista sopimusta ei ole, työnantajan pitää antaa kirjallinen selvitys tärkeimmistä ehdoista.",
                    "A contract can be oral, written or electronic, but a written one is recommended. If there is no "
                    "written contract, the employer must give a written account of the main terms.",
                    "يمكن أن يكون عقد العمل شفهيًا أو مكتوبًا أو إلكترونيًا، لكن يُنصح بالعقد المكتوب. وإذا لم يكن هناك "
                    "عقد مكتوب، فيجب على صاحب العمل أن يقدّم بيانًا مكتوبًا بأهم شروط العمل.",
                    "Трудовий договір може бути усним, письмовим або електронним, але рекомендується письмовий. Якщо "
                    "письмового договору немає, роботодавець повинен надати письмовий виклад основних умов праці.",
                ),
            },
        ),
        # Taxes: F1, F4
        (
            "single_choice",
            {
                "question": _t(
                    "Et anna työnantajalle verokorttia. Kuinka paljon palkastasi pidätetään veroa?",
                    "You do not give your employer a tax card. How much tax is withheld from your pay?",
                    "لم تقدّم بطاقتك الضريبية إلى صاحب العمل. ما نسبة الضريبة التي تُقتطع من أجرك؟",
                    "Ви не дали роботодавцю податкову картку. Скільки податку утримають із вашої зарплати?",
                ),
                "choices": [
                    _choice(
                        _t("0 %", "0%", "0٪", "0 %"),
                        False,
                        _t(
                            "Ei. Ilman verokorttia pidätys on 60 %.",
                            "No. Without a tax card, 60% is withheld.",
                            "لا. من دون بطاقة ضريبية يُقتطع 60٪.",
                            "Ні. Без податкової картки утримують 60 %.",
                        ),
                    ),
                    _choice(
                        _t("35 %", "35%", "35٪", "35 %"),
                        False,
                        _t(
                            "Ei. 35 % on lähdevero enintään 6 kuukauden oleskelussa.",
                            "No. 35% is the tax at source for stays of 6 months or less.",
                            "لا. نسبة 35٪ هي الضريبة المقتطعة من المصدر للإقامات التي لا تتجاوز 6 أشهر.",
                            "Ні. 35 % — це податок біля джерела для перебування до 6 місяців.",
                        ),
                    ),
                    _choice(_t("60 %", "60%", "60٪", "60 %"), True, CORRECT),
                ],
                "explanation": _t(
                    "Jokainen palkansaaja tarvitsee verokortin. Jos työnantajalla ei ole verokorttiasi, palkasta "
                    "pidätetään 60 %.",
                    "Everyone who earns a salary needs a tax card. If the employer does not have your tax card, 60% is "
                    "withheld from your pay.",
                    "كل من يتقاضى أجرًا يحتاج إلى بطاقة ضريبية. وإذا لم تكن بطاقتك الضريبية لدى صاحب العمل، يُقتطع 60٪ "
                    "من أجرك.",
                    "Кожному, хто отримує зарплату, потрібна податкова картка. Якщо в роботодавця немає вашої податкової "
                    "картки, із зарплати утримують 60 %.",
                ),
            },
        ),
        # Working hours: C2, C3, C5; holidays and sick leave: D1, E2
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet työajasta, lomista ja sairauslomasta pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about working hours, holidays and sick leave are true? Choose all correct answers.",
                    "أي العبارات عن ساعات العمل والإجازات والإجازة المرضية صحيحة؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження про робочий час, відпустки та лікарняні правильні? Виберіть усі правильні відповіді.",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Vuorokautisen ylityön kahdelta ensimmäiseltä tunnilta maksetaan palkka 50 %:lla korotettuna.",
                            "The first two hours of daily overtime are paid at +50%.",
                            "تُدفع الساعتان الأوليان من العمل الإضافي اليومي بزيادة 50٪.",
                            "За перші дві години щоденної понаднормової роботи платять на 50 % більше.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Ensimmäisen vuoden jälkeen lomaa kertyy 2,5 päivää kuukaudessa.",
                            "After the first year, holiday accrues at 2.5 days a month.",
                            "بعد السنة الأولى تتراكم الإجازة بمعدل يومين ونصف في الشهر.",
                            "Після першого року відпустка накопичується по 2,5 дня на місяць.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Lain mukainen sairausajan palkka kattaa sairastumispäivän ja 9 seuraavaa päivää.",
                            "Statutory sick pay covers the day you fall ill and the next 9 days.",
                            "يغطي أجر الإجازة المرضية وفق القانون يوم بدء المرض والأيام التسعة التالية له.",
                            "Оплата лікарняних за законом охоплює день, коли ви захворіли, і 9 наступних днів.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Työsopimuksessa voi hyväksyä kaikki tulevat ylityöt kerralla.",
                            "The employment contract can approve all future overtime in one go.",
                            "يمكن في عقد العمل الموافقة مسبقًا على كل العمل الإضافي المستقبلي دفعة واحدة.",
                            "У трудовому договорі можна наперед погодитися на всю майбутню понаднормову роботу.",
                        ),
                        False,
                        _t(
                            "Väärin. Ylityöhön tarvitaan työntekijän suostumus joka kerta erikseen.",
                            "Wrong. Overtime needs the employee's consent separately each time.",
                            "خطأ. يحتاج العمل الإضافي إلى موافقة العامل في كل مرة على حدة.",
                            "Неправильно. Для понаднормової роботи щоразу потрібна окрема згода працівника.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Työvuorojen välissä riittää yleensä 8 tunnin lepo.",
                            "As a rule, 8 hours' rest between shifts is enough.",
                            "كقاعدة عامة تكفي راحة مدتها 8 ساعات بين نوبتي عمل.",
                            "Як правило, між змінами достатньо 8 годин відпочинку.",
                        ),
                        False,
                        _t(
                            "Väärin. Vuorokausilepo on yleensä vähintään 11 tuntia.",
                            "Wrong. Daily rest is as a rule at least 11 hours.",
                            "خطأ. الراحة اليومية 11 ساعة على الأقل كقاعدة عامة.",
                            "Неправильно. Щоденний відпочинок, як правило, — щонайменше 11 годин.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Vuorokautisen ylityön kahdesta ensimmäisestä tunnista maksetaan +50 % (työehtosopimukset vaihtelevat), "
                    "ja ylityöhön tarvitaan suostumus joka kerta. Vuorokausilepo on yleensä vähintään 11 tuntia. Lomaa "
                    "kertyy ensimmäisen vuoden jälkeen 2,5 päivää kuukaudessa. Sairausajan palkka kattaa sairastumispäivän "
                    "ja 9 seuraavaa päivää.",
                    "The first two hours of daily overtime are paid at +50% (collective agreements vary), and overtime "
                    "needs consent each time. Daily rest is as a rule at least 11 hours. After the first year, holiday "
                    "accrues at 2.5 days a month. Sick pay covers the day you fall ill and the next 9 days.",
                    "تُدفع الساعتان الأوليان من العمل الإضافي اليومي بزيادة 50٪ (وتختلف اتفاقيات العمل الجماعية في ذلك)، "
                    "ويحتاج العمل الإضافي إلى الموافقة في كل مرة. والراحة اليومية 11 ساعة على الأقل كقاعدة عامة. وبعد "
                    "السنة الأولى تتراكم الإجازة بمعدل يومين ونصف في الشهر. ويغطي أجر الإجازة المرضية يوم بدء المرض "
                    "والأيام التسعة التالية له.",
                    "Перші дві години щоденної понаднормової роботи оплачують на 50 % більше (колективні договори "
                    "відрізняються), і на понаднормову роботу щоразу потрібна згода. Щоденний відпочинок, як правило, — "
                    "щонайменше 11 годин. Після першого року відпустка накопичується по 2,5 дня на місяць. Оплата "
                    "лікарняних охоплює день захворювання і 9 наступних днів.",
                ),
            },
        ),
        # Sick leave: E1, E2, E3
        (
            "ordering",
            {
                "question": _t(
                    "Sairastut. Järjestä asiat siihen järjestykseen, jossa ne tapahtuvat.",
                    "You fall ill. Put these in the order in which they happen.",
                    "مرضت. رتّب هذه الأمور بحسب ترتيب حدوثها.",
                    "Ви захворіли. Розташуйте ці події в тому порядку, в якому вони відбуваються.",
                ),
                "items": [
                    {
                        "text": _t(
                            "Ilmoitat sairastumisesta heti työnantajalle",
                            "You tell your employer at once that you are ill",
                            "تُبلغ صاحب العمل فورًا بمرضك",
                            "Ви одразу повідомляєте роботодавця про хворобу",
                        )
                    },
                    {
                        "text": _t(
                            "Työnantaja maksaa sairausajan palkkaa sairastumispäivältä ja 9 seuraavalta päivältä",
                            "The employer pays sick pay for the day you fell ill and the next 9 days",
                            "يدفع صاحب العمل أجر الإجازة المرضية عن يوم بدء المرض والأيام التسعة التالية",
                            "Роботодавець оплачує лікарняні за день захворювання і 9 наступних днів",
                        )
                    },
                    {
                        "text": _t(
                            "Jos sairaus jatkuu, Kela maksaa sairauspäivärahaa",
                            "If the illness goes on, Kela pays sickness allowance",
                            "إذا استمر المرض، تدفع Kela إعانة المرض",
                            "Якщо хвороба триває, Kela виплачує допомогу з хвороби",
                        )
                    },
                ],
                "explanation": _t(
                    "Ilmoita sairastumisesta heti; työnantaja voi vaatia lääkärintodistuksen. Sairausajan palkka kattaa "
                    "sairastumispäivän ja 9 seuraavaa päivää, ja se on täysi palkka, jos työsuhde on kestänyt vähintään "
                    "kuukauden. Sen jälkeen Kela maksaa sairauspäivärahaa, tarvittaessa noin vuoden ajan.",
                    "Report your illness at once; the employer may require a medical certificate. Sick pay covers the day "
                    "you fall ill and the next 9 days, at full pay if the employment has lasted at least a month. After "
                    "that Kela pays sickness allowance, for about a year if needed.",
                    "أبلغ عن مرضك فورًا، ويجوز لصاحب العمل أن يطلب شهادة طبية. يغطي أجر الإجازة المرضية يوم بدء المرض "
                    "والأيام التسعة التالية، ويكون أجرًا كاملًا إذا استمرت علاقة العمل شهرًا على الأقل. وبعد ذلك تدفع "
                    "Kela إعانة المرض، لمدة سنة تقريبًا عند الحاجة.",
                    "Повідомте про хворобу одразу; роботодавець може вимагати медичну довідку. Оплата лікарняних охоплює "
                    "день захворювання і 9 наступних днів, і це повна зарплата, якщо трудові відносини тривали щонайменше "
                    "місяць. Після цього Kela виплачує допомогу з хвороби, за потреби приблизно рік.",
                ),
            },
        ),
        # Trial period and notice: G4
        (
            "single_choice",
            {
                "question": _t(
                    "Työntekijä on ollut samassa työpaikassa 2 vuotta ja irtisanoutuu. Kuinka pitkä on hänen "
                    "irtisanomisaikansa?",
                    "An employee has worked at the same workplace for 2 years and resigns. How long is their notice period?",
                    "عمل موظف في مكان العمل نفسه سنتين ثم استقال. كم تبلغ مهلة الإشعار التي يلتزم بها؟",
                    "Працівник два роки працює на тому самому місці і звільняється за власним бажанням. Який його строк "
                    "попередження?",
                ),
                "choices": [
                    _choice(_t("14 päivää", "14 days", "14 يومًا", "14 днів"), True, CORRECT),
                    _choice(
                        _t("1 kuukausi", "1 month", "شهر واحد", "1 місяць"),
                        False,
                        _t(
                            "Ei. Työntekijän irtisanomisaika on kuukausi vasta, kun työsuhde on kestänyt yli 5 vuotta.",
                            "No. The employee's notice period is one month only after more than 5 years of employment.",
                            "لا. تصبح مهلة إشعار العامل شهرًا واحدًا فقط بعد أكثر من 5 سنوات من العمل.",
                            "Ні. Строк попередження працівника становить місяць лише після понад 5 років роботи.",
                        ),
                    ),
                    _choice(
                        _t(
                            "Ei irtisanomisaikaa", "No notice period", "لا توجد مهلة إشعار", "Строку попередження немає"
                        ),
                        False,
                        _t(
                            "Ei. Koeajan jälkeen myös työntekijän irtisanoutumisessa on irtisanomisaika.",
                            "No. After the trial period, an employee who resigns also has a notice period.",
                            "لا. بعد فترة التجربة، يلتزم العامل الذي يستقيل أيضًا بمهلة إشعار.",
                            "Ні. Після випробувального терміну працівник, який звільняється, теж має строк попередження.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Työntekijän irtisanomisaika on 14 päivää, jos työsuhde on kestänyt enintään 5 vuotta, ja 1 kuukausi, "
                    "jos yli 5 vuotta.",
                    "The employee's notice period is 14 days if the employment has lasted up to 5 years, and 1 month if "
                    "longer than 5 years.",
                    "مهلة إشعار العامل 14 يومًا إذا استمرت علاقة العمل 5 سنوات أو أقل، وشهر واحد إذا زادت على 5 سنوات.",
                    "Строк попередження працівника — 14 днів, якщо трудові відносини тривали до 5 років, і 1 місяць, якщо "
                    "понад 5 років.",
                ),
            },
        ),
        # Safety: H2; equality: I1; unions: J2; work try-out: L1
        (
            "multiple_choice",
            {
                "question": _t(
                    "Mitkä väitteet työntekijän oikeuksista pitävät paikkansa? Valitse kaikki oikeat.",
                    "Which statements about an employee's rights are true? Choose all correct answers.",
                    "أي العبارات عن حقوق العامل صحيحة؟ اختر كل الإجابات الصحيحة.",
                    "Які твердження про права працівника правильні? Виберіть усі правильні відповіді.",
                ),
                "choices": [
                    _choice(
                        _t(
                            "Saat kieltäytyä työstä, joka on vakavasti vaarallinen hengellesi tai terveydellesi.",
                            "You may refuse work that seriously endangers your life or health.",
                            "يحق لك رفض العمل الذي يعرّض حياتك أو صحتك لخطر جسيم.",
                            "Ви можете відмовитися від роботи, яка становить серйозну небезпеку для вашого життя чи здоров'я.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Sinua ei saa syrjiä kielesi tai alkuperäsi vuoksi.",
                            "You must not be discriminated against because of your language or origin.",
                            "لا يجوز التمييز ضدك بسبب لغتك أو أصلك.",
                            "Вас не можна дискримінувати через мову чи походження.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Ansiosidonnaista päivärahaa saavat vain työttömyyskassan jäsenet.",
                            "Only members of an unemployment fund get the earnings-related allowance.",
                            "لا يحصل على إعانة البطالة المرتبطة بالدخل إلا أعضاء صندوق البطالة.",
                            "Допомогу, що залежить від заробітку, отримують лише члени каси з безробіття.",
                        ),
                        True,
                        CORRECT,
                    ),
                    _choice(
                        _t(
                            "Työkokeilussa työnantaja maksaa sinulle palkkaa.",
                            "In a work try-out, the employer pays you a wage.",
                            "في تجربة العمل يدفع لك صاحب العمل أجرًا.",
                            "Під час трудової проби роботодавець платить вам зарплату.",
                        ),
                        False,
                        _t(
                            "Väärin. Työkokeilu ei ole työsuhde: palkkaa ei makseta, mutta pidät työttömyysetuutesi.",
                            "Wrong. A work try-out is not employment: no wage is paid, but you keep your unemployment benefit.",
                            "خطأ. تجربة العمل ليست علاقة عمل: لا يُدفع أجر، لكنك تحتفظ بإعانة البطالة.",
                            "Неправильно. Трудова проба — не трудові відносини: зарплату не платять, але ви зберігаєте "
                            "допомогу з безробіття.",
                        ),
                    ),
                ],
                "explanation": _t(
                    "Vakavasti vaarallisesta työstä saa kieltäytyä, syrjintä esimerkiksi kielen tai alkuperän vuoksi on "
                    "kiellettyä, ja ansiosidonnaista päivärahaa saavat vain kassan jäsenet. Työkokeilussa palkkaa ei makseta.",
                    "You may refuse seriously dangerous work, discrimination because of language or origin, for example, "
                    "is banned, and only fund members get the earnings-related allowance. No wage is paid in a work try-out.",
                    "يحق لك رفض العمل الخطِر جدًا، والتمييز بسبب اللغة أو الأصل مثلًا محظور، ولا يحصل على الإعانة "
                    "المرتبطة بالدخل إلا أعضاء الصندوق. ولا يُدفع أجر في تجربة العمل.",
                    "Від серйозно небезпечної роботи можна відмовитися, дискримінацію, наприклад, через мову чи походження "
                    "заборонено, а допомогу, що залежить від заробітку, отримують лише члени каси. Під час трудової проби "
                    "зарплату не платять.",
                ),
            },
        ),
        # Workplace culture: K3
        (
            "true_false",
            {
                "question": _t(
                    "Suomalaisella työpaikalla on epäkohteliasta sanoa, ettei ymmärrä.",
                    "At a Finnish workplace it is impolite to say that you don't understand.",
                    "في أماكن العمل الفنلندية يُعدّ من غير اللائق أن تقول إنك لا تفهم.",
                    "На фінському робочому місці неввічливо казати, що ви не розумієте.",
                ),
                "choices": _true_false(
                    False,
                    _t(
                        "Väärin. Sitä pidetään rehellisyytenä.",
                        "Wrong. It is seen as honesty.",
                        "خطأ. يُعدّ ذلك صدقًا.",
                        "Неправильно. Це вважають чесністю.",
                    ),
                    _t(
                        "Oikein. Suora puhe on rehellisyyttä.",
                        "Correct. Speaking directly is seen as honesty.",
                        "صحيح. الكلام المباشر يُعدّ صدقًا.",
                        "Правильно. Пряму розмову сприймають як чесність.",
                    ),
                ),
                "explanation": _t(
                    "Suomessa viestintä on suoraa. Kun sanot, ettet ymmärrä tai ettei sinulla ole aikaa, sitä pidetään "
                    "rehellisyytenä.",
                    "Communication in Finland is direct. Saying that you don't understand, or that you don't have time, is "
                    "seen as honesty.",
                    "التواصل في فنلندا مباشر. فإذا قلت إنك لا تفهم أو إنه ليس لديك وقت، يُعدّ ذلك صدقًا.",
                    "У Фінляндії спілкуються прямо. Якщо ви кажете, що не розумієте або не маєте часу, це вважають "
                    "чесністю.",
                ),
            },
        ),
    ],
}


# --- Modules --------------------------------------------------------------------------------

MODULES = [
    {
        "slug": "tyosuhteen-turva",
        "title": _t("Työsuhteen turva", "Security at work", "الحماية في العمل", "Захист на роботі"),
        "intro": _t(
            "Koeaika ja irtisanominen, työturvallisuus, yhdenvertaisuus sekä ammattiliitot ja työttömyyskassat.",
            "The trial period and notice, occupational safety, equality, and trade unions and unemployment funds.",
            "فترة التجربة وإنهاء العقد، والسلامة المهنية، والمساواة، والنقابات العمالية وصناديق البطالة.",
            "Випробувальний термін і звільнення, охорона праці, рівність, профспілки та каси з безробіття.",
        ),
        "lessons": [LESSON_TRIAL_AND_NOTICE, LESSON_SAFETY, LESSON_EQUALITY, LESSON_UNIONS],
        "quiz": QUIZ_SECURITY,
    },
    {
        "slug": "tyopaikalla",
        "title": _t("Työpaikalla", "At the workplace", "في مكان العمل", "На робочому місці"),
        "intro": _t(
            "Suomalainen työkulttuuri ja työkokeilu.",
            "Finnish workplace culture and the work try-out.",
            "ثقافة العمل الفنلندية وتجربة العمل.",
            "Фінська культура праці та трудова проба.",
        ),
        "lessons": [LESSON_CULTURE, LESSON_TRY_OUT],
        "quiz": QUIZ_WORKPLACE,
    },
]
