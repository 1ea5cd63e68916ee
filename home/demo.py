"""Demo content for the home page, in Finnish with translations into every content language.

`load_demo` calls `load()`; it only creates what is missing, so running it twice changes nothing.
"""

from django.conf import settings
from wagtail.models import Locale, Page

from .site_setup import ensure_site
from .translation import translate

TITLE = "Tervetuloa Kotopaikkaan"
INTRO = (
    "Lyhyitä verkkokursseja suomalaisesta työelämästä ja monikulttuurisesta työstä. "
    "Opiskele puhelimella, omalla kielelläsi tai selkosuomeksi."
)
HEADING = "Mitä täällä voi tehdä?"
PARAGRAPHS = [
    "Maahan muuttaneille: opi suomalaisen työelämän pelisäännöt – työsopimus, palkka, työajat, lomat ja verot.",
    "Kuntien ja järjestöjen työntekijöille: harjoittele monikulttuurista kohtaamista, selkokieltä ja tulkin kanssa työskentelyä.",
    "Jokainen oppitunti päättyy lyhyeen tehtävään. Edistymisesi tallentuu, kun kirjaudut sisään.",
]

TRANSLATIONS = {
    "en": [
        "Welcome to Kotopaikka",
        "Short online courses on Finnish working life and multicultural work. Study on your phone, in your own language or in plain Finnish.",
        "What can you do here?",
        "For people who have moved to Finland: learn the rules of Finnish working life – the employment contract, pay, working hours, holidays and taxes.",
        "For staff of municipalities and organisations: practise multicultural encounters, plain language and working with an interpreter.",
        "Every lesson ends with a short exercise. Your progress is saved when you sign in.",
    ],
    "sv": [
        "Välkommen till Kotopaikka",
        "Korta webbkurser om finländskt arbetsliv och mångkulturellt arbete. Studera i telefonen, på ditt eget språk eller på lättläst finska.",
        "Vad kan du göra här?",
        "För dig som flyttat till Finland: lär dig spelreglerna i finländskt arbetsliv – arbetsavtal, lön, arbetstid, semester och skatter.",
        "För personal i kommuner och organisationer: öva mångkulturella möten, klarspråk och arbete med tolk.",
        "Varje lektion slutar med en kort uppgift. Dina framsteg sparas när du loggar in.",
    ],
    "ar": [
        "مرحبًا بك في كوتوبايكا",
        "دورات قصيرة عبر الإنترنت عن الحياة العملية في فنلندا والعمل متعدد الثقافات. ادرس على هاتفك، بلغتك أو باللغة الفنلندية المبسطة.",
        "ماذا يمكنك أن تفعل هنا؟",
        "للقادمين الجدد إلى فنلندا: تعلّم قواعد الحياة العملية في فنلندا – عقد العمل، والأجر، وساعات العمل، والإجازات، والضرائب.",
        "لموظفي البلديات والمنظمات: تدرّب على اللقاء بين الثقافات، واللغة المبسطة، والعمل مع المترجم الفوري.",
        "ينتهي كل درس بتمرين قصير. يُحفظ تقدّمك عندما تسجّل الدخول.",
    ],
    "fa": [
        "به کوتوپایکا خوش آمدید",
        "دوره‌های کوتاه آنلاین درباره زندگی کاری در فنلاند و کار چندفرهنگی. با تلفن خود، به زبان خودتان یا به فنلاندی ساده بیاموزید.",
        "اینجا چه کاری می‌توانید انجام دهید؟",
        "برای کسانی که به فنلاند آمده‌اند: قواعد زندگی کاری فنلاند را یاد بگیرید – قرارداد کار، دستمزد، ساعات کار، مرخصی و مالیات.",
        "برای کارکنان شهرداری‌ها و سازمان‌ها: برخورد چندفرهنگی، زبان ساده و کار با مترجم را تمرین کنید.",
        "هر درس با یک تمرین کوتاه پایان می‌یابد. وقتی وارد شوید، پیشرفت شما ذخیره می‌شود.",
    ],
    "so": [
        "Ku soo dhawoow Kotopaikka",
        "Koorsooyin gaaban oo online ah oo ku saabsan nolosha shaqada ee Finland iyo shaqada dhaqamada kala duwan. Ku baro taleefankaaga, luqaddaada ama af-Finnish fudud.",
        "Maxaad halkan ku samayn kartaa?",
        "Dadka u soo guuray Finland: baro xeerarka nolosha shaqada ee Finland – heshiiska shaqada, mushaharka, saacadaha shaqada, fasaxa iyo canshuurta.",
        "Shaqaalaha degmooyinka iyo ururada: ku tababar kulanka dhaqamada kala duwan, luqad fudud iyo la shaqaynta turjubaan.",
        "Cashar kastaa wuxuu ku dhammaadaa layli gaaban. Horumarkaaga waa la kaydiyaa marka aad gasho.",
    ],
    "ru": [
        "Добро пожаловать в Kotopaikka",
        "Короткие онлайн-курсы о трудовой жизни в Финляндии и о работе в многокультурной среде. Учитесь с телефона, на своём языке или на простом финском.",
        "Что здесь можно делать?",
        "Для переехавших в Финляндию: узнайте правила трудовой жизни Финляндии – трудовой договор, зарплата, рабочее время, отпуск и налоги.",
        "Для сотрудников муниципалитетов и организаций: практикуйте межкультурное общение, простой язык и работу с переводчиком.",
        "Каждый урок заканчивается коротким заданием. Ваш прогресс сохраняется, когда вы входите в систему.",
    ],
    "uk": [
        "Ласкаво просимо до Kotopaikka",
        "Короткі онлайн-курси про трудове життя у Фінляндії та роботу в багатокультурному середовищі. Навчайтеся з телефона, своєю мовою або простою фінською.",
        "Що тут можна робити?",
        "Для тих, хто переїхав до Фінляндії: вивчіть правила трудового життя Фінляндії – трудовий договір, зарплата, робочий час, відпустки та податки.",
        "Для працівників муніципалітетів та організацій: тренуйте міжкультурну взаємодію, просту мову та роботу з перекладачем.",
        "Кожен урок закінчується коротким завданням. Ваш поступ зберігається, коли ви входите в систему.",
    ],
    "et": [
        "Tere tulemast Kotopaikkasse",
        "Lühikesed veebikursused Soome tööelust ja mitmekultuurilisest tööst. Õpi telefonis, oma keeles või lihtsas soome keeles.",
        "Mida siin teha saab?",
        "Soome kolinutele: õpi Soome tööelu reegleid – tööleping, palk, tööaeg, puhkused ja maksud.",
        "Omavalitsuste ja organisatsioonide töötajatele: harjuta mitmekultuurilist suhtlust, lihtsat keelt ja tõlgiga töötamist.",
        "Iga õppetund lõpeb lühikese ülesandega. Sinu edusammud salvestatakse, kui logid sisse.",
    ],
    "tr": [
        "Kotopaikka'ya hoş geldiniz",
        "Finlandiya'da çalışma hayatı ve çok kültürlü çalışma üzerine kısa çevrimiçi kurslar. Telefonunuzdan, kendi dilinizde veya sade Fince ile öğrenin.",
        "Burada neler yapabilirsiniz?",
        "Finlandiya'ya taşınanlar için: Fin çalışma hayatının kurallarını öğrenin – iş sözleşmesi, ücret, çalışma saatleri, tatiller ve vergiler.",
        "Belediye ve kuruluş çalışanları için: kültürlerarası karşılaşma, sade dil ve tercümanla çalışma alıştırmaları yapın.",
        "Her ders kısa bir alıştırmayla biter. Giriş yaptığınızda ilerlemeniz kaydedilir.",
    ],
}


# The home page's cards: (title, text, link text) per audience, and the slug of the page
# each leads to (found by slug, so this app imports neither courses nor guide).
CARD_TARGETS = ["tyoelaman-pelisaannot", "monikulttuurinen-kohtaaminen", "polku-toihin", "opas"]
CARDS_HEADING = "Mistä aloitan?"
CARDS = [
    ("Muutit Suomeen?", "Opi suomalaisen työelämän pelisäännöt omalla kielelläsi tai selkosuomeksi.", "Aloita kurssi"),
    ("Työskenteletkö kunnassa?", "Harjoittele monikulttuurista kohtaamista, selkokieltä ja tulkin kanssa työskentelyä.", "Henkilöstön kurssi"),
    ("Oletko työnantaja?", "Katso, miten työkokeilu ja polku töihin toimivat Keski-Suomessa.", "Polku töihin"),
    ("Kotopaikan verkko-opas", "Palvelukartta, hyvät käytännöt, tapahtumat ja materiaalit.", "Avaa opas"),
]
CARD_TRANSLATIONS = {
    "en": ["Where do I start?", "New in Finland?", "Learn the rules of Finnish working life in your own language or in plain Finnish.", "Start the course", "Working for a municipality?", "Practise multicultural encounters, plain language and working with an interpreter.", "Course for staff", "Are you an employer?", "See how the work try-out and the path to work function in Central Finland.", "Path to work", "The Kotopaikka guide", "Service map, good practices, events and materials.", "Open the guide"],
    "sv": ["Var börjar jag?", "Ny i Finland?", "Lär dig spelreglerna i finländskt arbetsliv på ditt eget språk eller på lättläst finska.", "Börja kursen", "Arbetar du i en kommun?", "Öva mångkulturella möten, klarspråk och arbete med tolk.", "Kurs för personal", "Är du arbetsgivare?", "Se hur arbetsprövning och vägen till arbete fungerar i Mellersta Finland.", "Vägen till arbete", "Kotopaikkas webbguide", "Servicekarta, goda rutiner, evenemang och material.", "Öppna guiden"],
    "ar": ["من أين أبدأ؟", "هل أنت جديد في فنلندا؟", "تعلّم قواعد الحياة العملية في فنلندا بلغتك أو باللغة الفنلندية المبسطة.", "ابدأ الدورة", "هل تعمل في بلدية؟", "تدرّب على اللقاء بين الثقافات واللغة المبسطة والعمل مع المترجم الفوري.", "دورة للموظفين", "هل أنت صاحب عمل؟", "تعرّف على تجربة العمل والطريق إلى العمل في وسط فنلندا.", "الطريق إلى العمل", "دليل كوتوبايكا", "خريطة الخدمات، والممارسات الجيدة، والفعاليات، والمواد.", "افتح الدليل"],
    "fa": ["از کجا شروع کنم؟", "تازه به فنلاند آمده‌اید؟", "قواعد زندگی کاری فنلاند را به زبان خودتان یا به فنلاندی ساده یاد بگیرید.", "شروع دوره", "در شهرداری کار می‌کنید؟", "برخورد چندفرهنگی، زبان ساده و کار با مترجم را تمرین کنید.", "دوره برای کارکنان", "کارفرما هستید؟", "ببینید آزمایش کاری و مسیر رسیدن به کار در فنلاند مرکزی چگونه است.", "مسیر رسیدن به کار", "راهنمای کوتوپایکا", "نقشه خدمات، روش‌های خوب، رویدادها و مطالب.", "باز کردن راهنما"],
    "so": ["Halkee ka bilaabaa?", "Ma ku cusub tahay Finland?", "Baro xeerarka nolosha shaqada ee Finland luqaddaada ama af-Finnish fudud.", "Bilow koorsada", "Ma ka shaqaysaa degmo?", "Ku tababar kulanka dhaqamada kala duwan, luqad fudud iyo la shaqaynta turjubaan.", "Koorsada shaqaalaha", "Ma tahay loo-shaqeeye?", "Eeg sida tijaabada shaqada iyo jidka shaqada ay uga shaqeeyaan Bartamaha Finland.", "Jidka shaqada", "Hagaha Kotopaikka", "Khariidadda adeegyada, hababka wanaagsan, munaasabadaha iyo agabka.", "Fur hagaha"],
    "ru": ["С чего начать?", "Вы недавно в Финляндии?", "Узнайте правила трудовой жизни Финляндии на своём языке или на простом финском.", "Начать курс", "Работаете в муниципалитете?", "Практикуйте межкультурное общение, простой язык и работу с переводчиком.", "Курс для сотрудников", "Вы работодатель?", "Узнайте, как работают трудовая проба и путь к работе в Центральной Финляндии.", "Путь к работе", "Путеводитель Kotopaikka", "Карта услуг, хорошие практики, мероприятия и материалы.", "Открыть путеводитель"],
    "uk": ["З чого почати?", "Ви нещодавно у Фінляндії?", "Вивчіть правила трудового життя Фінляндії своєю мовою або простою фінською.", "Почати курс", "Працюєте в муніципалітеті?", "Тренуйте міжкультурну взаємодію, просту мову та роботу з перекладачем.", "Курс для працівників", "Ви роботодавець?", "Дізнайтеся, як працюють трудова проба та шлях до роботи в Центральній Фінляндії.", "Шлях до роботи", "Путівник Kotopaikka", "Карта послуг, добрі практики, події та матеріали.", "Відкрити путівник"],
    "et": ["Kust alustada?", "Oled Soomes uus?", "Õpi Soome tööelu reegleid oma keeles või lihtsas soome keeles.", "Alusta kursust", "Töötad omavalitsuses?", "Harjuta mitmekultuurilist suhtlust, lihtsat keelt ja tõlgiga töötamist.", "Kursus töötajatele", "Oled tööandja?", "Vaata, kuidas tööproov ja tee tööle Kesk-Soomes toimivad.", "Tee tööle", "Kotopaikka veebijuhend", "Teenuste kaart, head tavad, üritused ja materjalid.", "Ava juhend"],
    "tr": ["Nereden başlamalıyım?", "Finlandiya'da yeni misiniz?", "Fin çalışma hayatının kurallarını kendi dilinizde veya sade Fince ile öğrenin.", "Kursa başla", "Bir belediyede mi çalışıyorsunuz?", "Kültürlerarası karşılaşma, sade dil ve tercümanla çalışma alıştırmaları yapın.", "Personel kursu", "İşveren misiniz?", "Orta Finlandiya'da iş denemesinin ve işe giden yolun nasıl işlediğini görün.", "İşe giden yol", "Kotopaikka rehberi", "Hizmet haritası, iyi uygulamalar, etkinlikler ve materyaller.", "Rehberi aç"],
}


def _card_strings():
    return [CARDS_HEADING] + [text for card in CARDS for text in card]


def load(stdout=None):
    """Create the Finnish home page (the parent every other app's demo builds under)."""
    return ensure_site(title=TITLE, intro=INTRO)


def finish(stdout=None):
    """Write the home page once the courses and the guide exist, then translate it.

    Runs after every app's load(), because the audience cards link to their pages. Other
    apps' translations may already have copied the home page into a language (wagtail-localize
    copies parent pages); such a copy still carries the Finnish title and is translated here.
    """
    home = ensure_site(title=TITLE, intro=INTRO)
    targets = {p.slug: p for p in Page.objects.filter(slug__in=CARD_TARGETS, locale=home.locale)}
    if not home.body:
        cards = [
            {"title": title, "text": text, "link_text": link, "page": targets[slug]}
            for (title, text, link), slug in zip(CARDS, CARD_TARGETS, strict=True)
            if slug in targets
        ]
        home.title, home.intro = TITLE, INTRO
        if cards:  # the cards say what the first two paragraphs say, with links
            body = [("audience_cards", {"heading": CARDS_HEADING, "cards": cards}), ("paragraph", f"<p>{PARAGRAPHS[2]}</p>")]
        else:
            body = [("heading", {"text": HEADING, "level": "h2"})] + [("paragraph", f"<p>{t}</p>") for t in PARAGRAPHS]
        home.body = body
        home.body = home.body.stream_block.get_prep_value(home.body.stream_block.to_python(home.body.raw_data))
        home.save_revision().publish()
    sources = [TITLE, INTRO, HEADING, *PARAGRAPHS, *_card_strings()]
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        wanted = TRANSLATIONS[code] + CARD_TRANSLATIONS[code]
        translated = home.get_translation_or_none(Locale.objects.get(language_code=code))
        if translated is not None and translated.title == wanted[0]:
            continue
        translate(home, code, dict(zip(sources, wanted, strict=True)))
        if stdout:
            stdout.write(f"  home page translated into {code}")
    return home
