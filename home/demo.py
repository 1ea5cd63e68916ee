"""Demo content for the home page, in Finnish with translations into every content language.

`load_demo` calls `load()`; it only creates what is missing, so running it twice changes nothing.
"""

from django.conf import settings
from wagtail.models import Locale

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


def home_body():
    """The Finnish home page body as StreamField data."""
    return [("heading", {"text": HEADING, "level": "h2"})] + [
        ("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS
    ]


def load(stdout=None):
    """Create the Finnish home page and its translations, if they are missing."""
    home = ensure_site(title=TITLE, intro=INTRO)
    if not home.body:
        home.title = TITLE
        home.intro = INTRO
        home.body = home_body()
        home.save_revision().publish()
    source_texts = [TITLE, INTRO, HEADING, *PARAGRAPHS]
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        if home.has_translation(locale):
            continue
        translate(home, code, dict(zip(source_texts, TRANSLATIONS[code], strict=True)))
        if stdout:
            stdout.write(f"  home page translated into {code}")
    return home
