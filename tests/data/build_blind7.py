"""Render the seventh blind set (tests/data/articles_blind7.py) into tests/data/blind7.jsonl.

Run `python -m tests.data.build_blind7` from the repository root. The output is deterministic:
the stories are shuffled with a fixed seed, numbered blind7_000..blind7_059 in that order, and
rendered in turn as plain text, as a flattened news page (page text as a scraper keeps it) or as
a complete HTML page in one of three invented site layouts (a national news agency portal, a
city portal, a magazine). Every headline or teaser placed around an article is listed in the
record's "junk" field. This renderer is self-contained and shares nothing with other builders.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from pathlib import Path
from typing import Any

from tests.data.articles_blind7 import BLIND7
from tests.data.model import Item

OUT = Path(__file__).with_name("blind7.jsonl")
SEED = "blind7-kz-2026"
FORMATS = ("text", "flat", "html")

MONTHS = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# Interface words of the invented sites, per language.
UI: dict[str, dict[str, Any]] = {
    "ru": {
        "menu": ["Главная", "Новости", "Политика", "Экономика", "Общество", "Культура", "Кино"]
        + ["Спорт", "Технологии", "Регионы", "Спецпроекты"],
        "home": "Главная",
        "read_also": "Читайте также",
        "trending": "В тренде",
        "popular": "Популярное за неделю",
        "latest": "Последние новости",
        "comments": "Комментарии",
        "no_comments": "Комментариев пока нет. Будьте первым!",
        "comment_btn": "Отправить",
        "share": "Поделиться",
        "tags": "Теги",
        "photo": "Фото",
        "author": "Автор",
        "text_by": "Текст",
        "views": "Просмотров",
        "ad": "Реклама",
        "login": "Вход | Регистрация",
        "weather": "Погода",
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, "
        "вы соглашаетесь с политикой конфиденциальности.",
        "cookie_ok": "Принять",
        "newsletter": "Подпишитесь на рассылку — главные новости дня каждое утро на вашей почте.",
        "app": "Скачайте наше приложение в App Store и Google Play",
        "subscribe": "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "reprint": "При полном или частичном использовании материалов ссылка на {domain} "
        "обязательна.",
        "rights": "Все права защищены.",
        "contacts": "Контакты | Реклама на сайте | Редакция | Правила комментирования",
        "more": "Читать далее",
        "video": "Видео",
        "age": "18+",
    },
    "kk": {
        "menu": ["Басты бет", "Жаңалықтар", "Саясат", "Экономика", "Қоғам", "Мәдениет", "Кино"]
        + ["Спорт", "Технология", "Өңірлер", "Арнайы жоба"],
        "home": "Басты бет",
        "read_also": "Оқи отырыңыз",
        "trending": "Көп оқылғандар",
        "popular": "Апта тақырыптары",
        "latest": "Соңғы жаңалықтар",
        "comments": "Пікірлер",
        "no_comments": "Әзірге пікір жоқ. Алғашқы болып жазыңыз!",
        "comment_btn": "Жіберу",
        "share": "Бөлісу",
        "tags": "Тегтер",
        "photo": "Фото",
        "author": "Авторы",
        "text_by": "Мәтін",
        "views": "Қаралым",
        "ad": "Жарнама",
        "login": "Кіру | Тіркелу",
        "weather": "Ауа райы",
        "cookie": "Біз сайттың жұмысын жақсарту үшін cookie файлдарын қолданамыз. Сайтты "
        "пайдалана отырып, құпиялылық саясатымен келісесіз.",
        "cookie_ok": "Келісемін",
        "newsletter": "Жаңалықтар таратылымына жазылыңыз – күннің басты оқиғалары поштаңызда.",
        "app": "Қосымшамызды App Store және Google Play дүкендерінен жүктеп алыңыз",
        "subscribe": "Telegram-арнамызға жазылып, маңызды жаңалықтарды бірінші біліңіз!",
        "reprint": "Сайт материалдарын пайдаланғанда {domain} сайтына гиперсілтеме міндетті.",
        "rights": "Барлық құқықтар қорғалған.",
        "contacts": "Байланыс | Жарнама | Редакция | Пікір қалдыру ережесі",
        "more": "Толығырақ",
        "video": "Бейне",
        "age": "18+",
    },
    "en": {
        "menu": ["Home", "News", "Politics", "Business", "Society", "Culture", "Film", "Sport"]
        + ["Tech", "Regions", "Opinion"],
        "home": "Home",
        "read_also": "Read also",
        "trending": "Trending",
        "popular": "Most read this week",
        "latest": "Latest news",
        "comments": "Comments",
        "no_comments": "No comments yet. Be the first to comment!",
        "comment_btn": "Post",
        "share": "Share",
        "tags": "Tags",
        "photo": "Photo",
        "author": "By",
        "text_by": "Words",
        "views": "Views",
        "ad": "Advertisement",
        "login": "Sign in | Register",
        "weather": "Weather",
        "cookie": "We use cookies to improve your experience. By continuing to browse the site "
        "you agree to our privacy policy.",
        "cookie_ok": "Accept",
        "newsletter": "Subscribe to our newsletter and get the day's top stories every morning.",
        "app": "Download our app on the App Store and Google Play",
        "subscribe": "Follow our Telegram channel to get the news first!",
        "reprint": "Any use of the materials requires a hyperlink to {domain}.",
        "rights": "All rights reserved.",
        "contacts": "Contacts | Advertise | Editorial team | Comment policy",
        "more": "Read more",
        "video": "Video",
        "age": "18+",
    },
}

WIDGET_CITIES = {
    "ru": ["Алматы", "Астана", "Шымкент", "Караганда", "Актобе", "Павлодар"],
    "kk": ["Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Түркістан"],
    "en": ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Atyrau"],
}

# Typical midday temperature per month for the weather widget.
SEASON_TEMP = [-13, -10, -1, 10, 18, 24, 27, 25, 17, 8, -2, -9]

AUTHORS = {
    "ru": ["Алия Каримова", "Дмитрий Ким", "Жанар Утегенова", "Олег Савченко", "Мадина Сапарова"],
    "kk": ["Айгүл Серікқызы", "Ерлан Жұмабаев", "Гүлмира Ахметова", "Нұрбол Сейітқали"],
    "en": ["Aliya Karimova", "Daniyar Seitov", "Anna Petrova", "Yerzhan Abenov"],
}

# Unrelated headlines for read-also lists, sidebars and inline teasers; some are deliberately
# film-like, prime-minister-like, theatre or gadget headlines.
HEADLINES = {
    "ru": [
        "Названы самые ожидаемые казахстанские фильмы весны",
        "Премьер-министр поручил проверить цены на лекарства в регионах",
        "В ТЮЗе состоится премьера спектакля «Маленький принц»",
        "Премьера смартфона Galaxy S26: что известно о новинке",
        "В Астане открылся кинотеатр на 14 залов",
        "Казахстанский фильм вошёл в лонг-лист «Оскара»",
        "Курс тенге: что будет с долларом в ближайшие недели",
        "Синоптики пообещали потепление до +18 °C на юге",
        "Пенсии в 2026 году: кому повысят выплаты",
        "В Шымкенте задержали продавцов поддельных билетов на концерт",
        "Акимат Алматы объявил о ремонте проспекта Абая",
        "Снегопад закрыл трассу Астана — Караганда",
        "Сериал о жизни аула снимут в Туркестанской области",
        "Кинотеатры покажут советскую классику бесплатно",
        "Премьера оперы «Биржан и Сара» пройдёт в новом составе",
        "Кто станет новым премьер-министром: эксперты о перестановках",
        "Певица представила клип, снятый на смартфон",
        "Тарифы на электроэнергию повысят с 1 апреля",
        "В Караганде открылся новый ледовый дворец",
        "Казахстанский боксёр завоевал титул чемпиона мира",
        "Как оформить налоговый вычет за обучение",
        "Трейлер нового фильма о Томирис набрал миллион просмотров",
        "В Павлодаре запустили новые автобусные маршруты",
        "Цены на бензин: что происходит на АЗС",
        "Минздрав расширил перечень бесплатных лекарств",
        "В Актобе построят новый жилой микрорайон",
        "Названа дата выхода нового альбома популярного певца",
        "Премьера балета «Лебединое озеро» в Астане: билеты распроданы",
        "Отечественный мультфильм выйдет в прокат в апреле",
        "Землетрясение магнитудой 4,1 произошло в 250 км от Алматы",
        "Актёр из Казахстана снимется в голливудском сериале",
        "Аэропорт Алматы изменит схему парковки",
        "Школьникам продлили весенние каникулы",
        "Новый iPhone поступил в продажу в Казахстане",
        "Премьер-министр провёл встречу с инвесторами из Китая",
        "Фестиваль уличной еды пройдёт на выходных в Астане",
    ],
    "kk": [
        "Үкімет басшысы өңірлерге жылу маусымына дайындалуды тапсырды",
        "Премьер-Министр шетелдік инвесторлармен кездесті",
        "Жастар театрында «Абай жолы» спектаклінің премьерасы өтті",
        "Жаңа смартфонның тұсаукесері: бағасы қанша?",
        "Биыл көктемде қандай қазақ фильмдері шығады?",
        "Елордада 12 залды жаңа кинотеатр ашылды",
        "Теңге бағамы: доллар қымбаттай ма?",
        "Синоптиктер күшті жел туралы ескерту жасады",
        "Зейнетақы 2026: кімдерге өседі?",
        "Алматыда жаңа автобус бағыттары іске қосылды",
        "Шымкентте үш мың орындық мектеп салынып жатыр",
        "Қазақстандық боксшы әлем чемпионы атанды",
        "Әнші жаңа альбомының тұсаукесерін өткізеді",
        "Отандық мультфильм сәуірде прокатқа шығады",
        "Жанармай бағасы өсе ме?",
        "Қарағандыда жаңа мұз сарайы ашылды",
        "Наурыз мерекесіне арналған іс-шаралар жоспары бекітілді",
        "Оқушылардың көктемгі демалысы ұзартылды",
        "Жаңа телесериалдың түсірілімі Маңғыстауда басталды",
        "Опера театрында «Біржан – Сара» операсының премьерасы өтеді",
        "Фермерлерге жеңілдетілген несие беру басталды",
        "Павлодарда жол жөндеу жұмыстары басталды",
        "Атырауда су тасқынына дайындық жүріп жатыр",
        "Қостанайда жаңа саябақ ашылды",
        "Тұмар патшайым туралы фильмнің трейлері жарияланды",
    ],
    "en": [
        "Prime Minister meets foreign investors in Astana",
        "Government approves new budget rules",
        "Almaty theatre to stage premiere of 'Hamlet'",
        "New flagship smartphone goes on sale in Kazakhstan",
        "Most anticipated Kazakh films of the spring",
        "New 14-screen cinema opens in Astana",
        "Tenge weakens against the dollar",
        "Forecasters warn of strong winds in the south",
        "Pensions to rise in 2026: who benefits",
        "Almaty launches new bus routes",
        "Kazakh boxer claims world title",
        "Kazakh animated film to hit cinemas in April",
        "Fuel prices: what is happening at petrol stations",
        "Karaganda opens new ice arena",
        "Spring school holidays extended",
        "Series about village life to be filmed in Turkistan region",
        "Astana Ballet announces premiere of 'Swan Lake'",
        "Singer releases new album on streaming platforms",
        "Astana airport to expand its terminal",
        "Flood preparations under way in Atyrau",
        "Kazakh film makes the Oscar longlist",
        "Trailer for Tomyris sequel draws a million views",
        "Kostanay opens a new city park",
        "Central Asian leaders to meet in Astana",
        "Tax code: what changes for small business",
    ],
}

# (title keywords, rubric per language, tags per language) for non-film stories; first match wins.
RUBRICS = [
    (
        ["премьер-министр", "prime minister"],
        {"ru": "Политика", "kk": "Саясат", "en": "Politics"},
        {"ru": ["правительство", "политика"], "kk": ["Үкімет", "саясат"], "en": ["government"]},
    ),
    (
        ["инфляц", "bank", "rate"],
        {"ru": "Экономика", "kk": "Экономика", "en": "Business"},
        {"ru": ["экономика", "финансы"], "kk": ["экономика"], "en": ["economy", "finance"]},
    ),
    (
        ["мороз", "аяз", "погод"],
        {"ru": "Общество", "kk": "Қоғам", "en": "Society"},
        {"ru": ["погода", "Казгидромет"], "kk": ["ауа райы", "Қазгидромет"], "en": ["weather"]},
    ),
    (
        ["смартфон", "smartphone"],
        {"ru": "Технологии", "kk": "Технология", "en": "Tech"},
        {"ru": ["гаджеты", "смартфоны"], "kk": ["гаджет"], "en": ["gadgets", "smartphones"]},
    ),
    (
        ["матч", "league"],
        {"ru": "Спорт", "kk": "Спорт", "en": "Sport"},
        {"ru": ["футбол", "трансляции"], "kk": ["футбол"], "en": ["football", "broadcast"]},
    ),
    (
        ["спектакл", "балет", "симфон", "opera", "клип", "альбом"],
        {"ru": "Культура", "kk": "Мәдениет", "en": "Culture"},
        {"ru": ["культура", "афиша"], "kk": ["мәдениет", "театр"], "en": ["culture", "stage"]},
    ),
]
CITY_RUBRIC = (
    {"ru": "Город", "kk": "Қоғам", "en": "City"},
    {"ru": ["город", "благоустройство"], "kk": ["қала"], "en": ["city life"]},
)
FILM_RUBRIC = (
    {"ru": "Кино", "kk": "Мәдениет", "en": "Culture"},
    {"ru": ["кино", "казахстанское кино"], "kk": ["кино", "отандық кино"], "en": ["film"]},
)

FLAT_SITES = {
    "ru": [("Сарыарка Ньюс", "saryarka-news.kz"), ("Степной вестник", "stepvestnik.kz")],
    "kk": [("Ақиқат Ақпарат", "akikat-akparat.kz"), ("Дала Хабар", "dalahabar.kz")],
    "en": [("Steppe Tribune", "steppetribune.kz"), ("Almaty Daily Wire", "almatydaily.kz")],
}
AGENCY = {
    "ru": ("Информационное агентство «Дала-Пресс»", "Дала-Пресс"),
    "kk": ("«Дала-Пресс» ақпарат агенттігі", "Дала-Пресс"),
    "en": ("DalaPress News Agency", "DalaPress"),
}
PORTAL = {
    "ru": ("Qala24 — новости твоего города", "Qala24"),
    "kk": ("Qala24 — қала жаңалықтары", "Qala24"),
    "en": ("Qala24 City News", "Qala24"),
}
MAGAZINE = {
    "ru": ("Журнал «Кочевник»", "Кочевник"),
    "kk": ("«Көшпенді» журналы", "Көшпенді"),
    "en": ("Nomad Weekly", "Nomad Weekly"),
}


def rubric_and_tags(item: Item) -> tuple[str, list[str]]:
    """Section name and tag list for the page around a story."""
    if item.primary:
        rub, tags = FILM_RUBRIC
        return rub[item.language], tags[item.language]
    low = item.title.lower()
    for keys, rub, tags in RUBRICS:
        if any(k in low for k in keys):
            return rub[item.language], tags[item.language]
    rub, tags = CITY_RUBRIC
    return rub[item.language], tags[item.language]


def human_date(lang: str, day: dt.date, hh: int, mm: int) -> str:
    """A publication stamp as the sites print it."""
    month = MONTHS[lang][day.month - 1]
    if lang == "ru":
        return f"{day.day} {month} {day.year}, {hh:02d}:{mm:02d}"
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}, {hh:02d}:{mm:02d}"
    return f"{month} {day.day}, {day.year} {hh:02d}:{mm:02d}"


def short_date(day: dt.date, hh: int, mm: int) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year} {hh:02d}:{mm:02d}"


class Page:
    """Per-story random choices shared by the renderers."""

    def __init__(self, item: Item, rng: random.Random) -> None:
        self.item = item
        self.lang = item.language
        self.ui = UI[item.language]
        self.rng = rng
        self.paras = item.body.split("\n")
        self.day = dt.date.fromisoformat(item.published)
        self.hh = rng.randint(7, 21)
        self.mm = rng.randint(0, 59)
        self.views = rng.randint(140, 28000)
        self.n_comments = rng.choice([0, 0, 1, 3, 7, 12])
        self.author = rng.choice(AUTHORS[self.lang])
        self.rubric, self.tags = rubric_and_tags(item)
        self.usd = round(rng.uniform(486, 532), 2)
        self.eur = round(self.usd * rng.uniform(1.14, 1.18), 2)
        self.rub = round(rng.uniform(5.9, 6.7), 2)
        self.weather_city = rng.choice(WIDGET_CITIES[self.lang])
        self.today = self.day + dt.timedelta(days=rng.randint(0, 40))
        self.temp = SEASON_TEMP[self.today.month - 1] + rng.randint(-6, 6)
        pool = list(HEADLINES[self.lang])
        rng.shuffle(pool)
        self.pool = pool
        self.junk: list[str] = []

    def take(self, n: int) -> list[str]:
        """Next n unrelated headlines, recorded as junk."""
        got, self.pool = self.pool[:n], self.pool[n:]
        for h in got:
            if h not in self.junk:
                self.junk.append(h)
        return got

    @property
    def stamp(self) -> str:
        return human_date(self.lang, self.day, self.hh, self.mm)

    @property
    def iso(self) -> str:
        return f"{self.item.published}T{self.hh:02d}:{self.mm:02d}:00+05:00"

    def temp_str(self) -> str:
        return f"{self.temp:+d} °C" if self.temp else "0 °C"

    def inline_slots(self) -> dict[int, str]:
        """Junk to insert after body paragraph i: an inline read-also teaser, an ad line."""
        slots: dict[int, str] = {}
        n = len(self.paras)
        if n >= 3:
            slots[1] = "read"
        if n >= 5:
            slots[3] = "ad"
        elif n == 4:
            slots[2] = "ad"
        return slots


# ---------------------------------------------------------------- flat page text


def render_flat(page: Page, variant: int) -> str:
    ui, lang, item = page.ui, page.lang, page.item
    site, domain = FLAT_SITES[lang][variant]
    lines: list[str] = []
    slots = page.inline_slots()
    if variant == 0:
        lines.append(f"{item.title} - {site}")
        lines += [f"  • $ {page.usd:.2f}", f"  • € {page.eur:.2f}", f"  • ₽ {page.rub:.2f}"]
        lines += [page.temp_str(), page.weather_city]
        month = MONTHS[lang][page.today.month - 1]
        lines += [str(page.today.year), f"{page.today.day} {month}"]
        lines += ["  • A"] * 3
        lines += ui["menu"]
        lines += [page.rubric, item.title, "", item.title, ""]
        lines.append(page.paras[0])
        lines += ["", f"  • {page.stamp}", f"  • {page.views}", f"{ui['photo']} - {site}", ""]
        for i, para in enumerate(page.paras[1:], start=1):
            lines.append(para)
            lines.append("")
            kind = slots.get(i)
            if kind == "read":
                lines += [f"{ui['read_also']}: {page.take(1)[0]}", ""]
            elif kind == "ad":
                lines += [ui["ad"], ui["app"], ""]
        lines += [f"{ui['author']}: {page.author}", ui["subscribe"], ""]
        lines.append(f"{ui['tags']}: " + ", ".join(page.tags))
        lines += [ui["share"], "Facebook", "Telegram", "WhatsApp", ""]
        lines.append(f"{ui['trending']}:")
        lines.append("")
        for h in page.take(8):
            lines += [page.rng.choice(ui["menu"][2:]), "", h, ""]
        lines.append(f"{ui['comments']} ({page.n_comments})")
        lines.append(ui["reprint"].format(domain=domain))
        lines.append(f"© 2012–{page.today.year} {site}. {ui['rights']}")
    else:
        lines.append(" | ".join(ui["menu"]))
        lines.append(f"USD {page.usd:.2f}   EUR {page.eur:.2f}   RUB {page.rub:.2f}")
        lines.append(f"{ui['weather']}: {page.weather_city} {page.temp_str()}")
        lines.append(ui["login"])
        lines.append(ui["cookie"])
        lines.append(ui["cookie_ok"])
        lines += [f"{ui['home']} / {page.rubric}", item.title]
        lines.append(
            f"{short_date(page.day, page.hh, page.mm)} | {ui['views']}: {page.views} | "
            f"{ui['comments']}: {page.n_comments}"
        )
        lines.append(f"{ui['author']}: {page.author}")
        for i, para in enumerate(page.paras):
            lines.append(para)
            if i == 0:
                lines.append(f"{ui['photo']}: {domain}")
            kind = slots.get(i)
            if kind == "read":
                lines.append(f"{ui['read_also']}: {page.take(1)[0]}")
            elif kind == "ad":
                lines += [ui["ad"], ui["newsletter"]]
        lines.append(ui["subscribe"])
        lines.append(f"{ui['tags']}: " + " ".join("#" + t.replace(" ", "_") for t in page.tags))
        lines.append(f"{ui['share']}: Facebook · VK · Telegram · WhatsApp · X")
        lines.append(ui["read_also"])
        for h in page.take(6):
            lines.append(h)
        lines.append(ui["latest"])
        for h in page.take(5):
            lines.append(f"{page.rng.randint(8, 23):02d}:{page.rng.randint(0, 59):02d} {h}")
        lines.append(ui["contacts"])
        lines.append(ui["reprint"].format(domain=domain))
        lines.append(f"© {page.today.year} {site}. {ui['rights']} {ui['age']}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- html pages


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def description(page: Page) -> str:
    lead = page.paras[0]
    return lead if len(lead) <= 160 else lead[:157].rsplit(" ", 1)[0] + "…"


def json_ld(page: Page, site: str, domain: str, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.item.title,
        "description": description(page),
        "inLanguage": page.lang,
        "datePublished": page.iso,
        "dateModified": page.iso,
        "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": page.author},
        "publisher": {
            "@type": "Organization",
            "name": site,
            "logo": {"@type": "ImageObject", "url": f"https://{domain}/static/img/logo.png"},
        },
        "image": [f"https://{domain}/uploads/{page.day.year}/{page.day.month:02d}/main.jpg"],
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def head(page: Page, site: str, domain: str, url: str, style: str) -> str:
    title = attr(page.item.title)
    desc = attr(description(page))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{page.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(page.item.title)} | {esc(site)}</title>\n"
        f'<meta name="description" content="{desc}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:description" content="{desc}">\n'
        f'<meta property="og:site_name" content="{attr(site)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:image" content="https://{domain}/uploads/og/{page.views}.jpg">\n'
        f'<meta property="article:published_time" content="{page.iso}">\n'
        f'<meta property="article:section" content="{attr(page.rubric)}">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f'<meta name="twitter:title" content="{title}">\n'
        f'<meta name="twitter:description" content="{desc}">\n'
        f'<link rel="canonical" href="{url}">\n'
        f'<link rel="stylesheet" href="https://{domain}/static/css/app.min.css?v=5.2.{page.mm}">\n'
        f"<style>{style}</style>\n"
        f'<script type="application/ld+json">{json_ld(page, site, domain, url)}</script>\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-KZ7B1ND7');</script>\n"
        '<script async src="https://mc.yandex.ru/metrika/tag.js"></script>\n'
        "</head>\n"
    )


def li_links(headlines: list[str], domain: str, start: int) -> str:
    return "".join(
        f'<li><a href="https://{domain}/news/{start + k}/">{esc(h)}</a></li>\n'
        for k, h in enumerate(headlines)
    )


def video(page: Page) -> str:
    code = "".join(
        page.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789") for _ in range(11)
    )
    return (
        f'<iframe width="640" height="360" src="https://www.youtube.com/embed/{code}" '
        'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; '
        'encrypted-media; picture-in-picture" allowfullscreen></iframe>'
    )


def share_bar(ui: dict[str, Any], url: str) -> str:
    return (
        f'<div class="share"><span>{esc(ui["share"])}:</span>'
        f'<a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
        f'<a class="share__tg" href="https://t.me/share/url?url={url}">Telegram</a>'
        f'<a class="share__wa" href="https://wa.me/?text={url}">WhatsApp</a>'
        f'<a class="share__x" href="https://x.com/intent/tweet?url={url}">X</a></div>\n'
    )


def comments_block(page: Page, tag: str = "div") -> str:
    ui = page.ui
    return (
        f'<{tag} class="comments" id="comments">\n'
        f'<h3 class="comments__title">{esc(ui["comments"])} ({page.n_comments})</h3>\n'
        + (
            f'<p class="comments__empty">{esc(ui["no_comments"])}</p>\n'
            if page.n_comments == 0
            else f'<button class="comments__show" data-count="{page.n_comments}">'
            f"{esc(ui['comments'])} ({page.n_comments}) ▾</button>\n"
        )
        + '<form class="comments__form" method="post" action="/comments/add/">'
        '<textarea name="text" rows="4"></textarea>'
        f'<button type="submit">{esc(ui["comment_btn"])}</button></form>\n'
        f"</{tag}>\n"
    )


def render_agency(page: Page, n: int) -> str:
    """A national news agency portal: div soup, .news-detail, .lead, .text."""
    ui, lang, item = page.ui, page.lang, page.item
    site, short = AGENCY[lang]
    domain = "dalapress.kz"
    slug = page.rng.randint(100000, 999999)
    url = f"https://{domain}/{lang}/news/{slug}"
    style = ".news-detail{max-width:860px}.lead{font-weight:600}.cookie{position:fixed;bottom:0}"
    menu = "".join(
        f'<li><a href="/{lang}/{k}/">{esc(m)}</a></li>' for k, m in enumerate(ui["menu"])
    )
    headline = (
        f'<h1 class="news-detail__title">{esc(item.title)}</h1>'
        if n % 2 == 0
        else f'<div class="news-detail__title headline">{esc(item.title)}</div>'
    )
    slots = page.inline_slots()
    body = []
    for i, para in enumerate(page.paras[1:], start=1):
        body.append(f"<p>{esc(para)}</p>\n")
        kind = slots.get(i)
        if kind == "read":
            h = page.take(1)[0]
            body.append(
                f'<div class="read-also"><div class="read-also__label">{esc(ui["read_also"])}'
                f'</div><a href="/{lang}/news/{slug - 17}">{esc(h)}</a></div>\n'
            )
        elif kind == "ad":
            body.append(
                f'<div class="adv-inline"><span>{esc(ui["ad"])}</span>'
                '<div id="adfox_inline"></div></div>\n'
                f'<div class="video-embed">{video(page)}</div>\n'
            )
    related = page.take(6)
    latest = page.take(5)
    tags = "".join(f'<a href="/{lang}/tag/{k}/">{esc(t)}</a>' for k, t in enumerate(page.tags))
    return (
        head(page, site, domain, url, style)
        + '<body class="page page-news">\n'
        + f'<div class="cookie" id="cookie"><div class="cookie__text">{esc(ui["cookie"])}</div>'
        f'<button class="cookie__btn">{esc(ui["cookie_ok"])}</button></div>\n'
        '<div class="wrapper">\n<div class="header">\n<div class="header__top">\n'
        f'<div class="logo"><a href="/{lang}/"><img src="/static/img/logo.svg" alt="{attr(short)}">'
        "</a></div>\n"
        f'<div class="widget-rates"><span class="cur">USD</span> {page.usd:.2f} '
        f'<span class="cur">EUR</span> {page.eur:.2f} <span class="cur">RUB</span> {page.rub:.2f}'
        "</div>\n"
        f'<div class="widget-weather">{esc(page.weather_city)} {page.temp:+d}°</div>\n'
        f'<div class="header__date">{short_date(page.today, 9, 0)[:10]}</div>\n'
        '<div class="lang-switch"><a href="/kz/">ҚАЗ</a><a href="/ru/">РУС</a>'
        '<a href="/en/">ENG</a></div>\n</div>\n'
        f'<div class="menu"><ul class="menu__list">{menu}</ul></div>\n</div>\n'
        f'<div class="breadcrumbs"><a href="/{lang}/">{esc(ui["home"])}</a> / '
        f'<a href="/{lang}/section/">{esc(page.rubric)}</a></div>\n'
        '<div class="content">\n<div class="content__main">\n<div class="news-detail">\n'
        f'<div class="news-detail__meta"><div class="news-detail__date">{page.stamp}</div>'
        f'<div class="news-detail__views">{page.views}</div></div>\n'
        f"{headline}\n"
        f'<div class="news-detail__img"><img src="/uploads/{slug}.jpg" alt="">'
        f'<div class="img-caption">{esc(ui["photo"])}: {esc(short)}</div></div>\n'
        f'<div class="lead">{esc(page.paras[0])}</div>\n'
        '<div class="text">\n' + "".join(body) + "</div>\n"
        f'<div class="news-detail__author">{esc(ui["author"])}: {esc(page.author)}</div>\n'
        f'<div class="tags"><span>{esc(ui["tags"])}:</span>{tags}</div>\n'
        + share_bar(ui, url)
        + f'<div class="subscribe-tg">{esc(ui["subscribe"])}</div>\n'
        "</div>\n"
        f'<div class="related"><div class="related__title">{esc(ui["read_also"])}</div>\n'
        f'<ul class="related__list">\n{li_links(related, domain, slug - 40)}</ul></div>\n'
        + comments_block(page)
        + "</div>\n"
        f'<div class="sidebar"><div class="sidebar__title">{esc(ui["latest"])}</div>\n'
        f'<ul class="sidebar__list">\n{li_links(latest, domain, slug - 5)}</ul>\n'
        f'<div class="banner-240x400">{esc(ui["ad"])}</div></div>\n'
        "</div>\n"
        f'<div class="footer"><div class="footer__menu">{esc(ui["contacts"])}</div>\n'
        f'<div class="footer__copy">© 2001–{page.today.year} {esc(site)}. {esc(ui["rights"])} '
        f"{esc(ui['reprint'].format(domain=domain))}</div></div>\n"
        "</div>\n"
        f'<script src="https://{domain}/static/js/app.min.js"></script>\n'
        "</body>\n</html>\n"
    )


def render_portal(page: Page, n: int) -> str:
    """A city portal: <section>/<article>, <h2 class="title">, body as <br>-separated text."""
    ui, lang, item = page.ui, page.lang, page.item
    site, short = PORTAL[lang]
    domain = "qala24.kz"
    slug = page.rng.randint(20000, 90000)
    url = f"https://{domain}/{lang}/{page.day.year}/{page.day.month:02d}/{slug}.html"
    style = "article.post{padding:16px}.post-body{line-height:1.6}#cookie-consent{z-index:99}"
    nav = "".join(f'<a href="/{lang}/c/{k}">{esc(m)}</a>' for k, m in enumerate(ui["menu"][:9]))
    slots = page.inline_slots()
    parts = [f"<strong>{esc(page.paras[0])}</strong><br><br>\n"]
    for i, para in enumerate(page.paras[1:], start=1):
        parts.append(f"{esc(para)}<br><br>\n")
        kind = slots.get(i)
        if kind == "read":
            h = page.take(1)[0]
            parts.append(
                f'<div class="inline-read"><b>{esc(ui["read_also"])}:</b> '
                f'<a href="/{lang}/{slug - 3}.html">{esc(h)}</a></div>\n'
            )
        elif kind == "ad":
            parts.append(f'<div class="ad-slot" data-label="{attr(ui["ad"])}"></div>\n')
    popular = page.take(7)
    tags = "".join(
        f'<a href="/{lang}/tag/{k}" rel="tag">#{esc(t)}</a> ' for k, t in enumerate(page.tags)
    )
    return (
        head(page, site, domain, url, style) + "<body>\n"
        f'<div id="cookie-consent" class="consent"><p>{esc(ui["cookie"])}</p>'
        f'<button onclick="acceptCookies()">{esc(ui["cookie_ok"])}</button></div>\n'
        '<header class="site-header">\n'
        f'<a class="brand" href="/{lang}/">{esc(short)}</a>\n'
        f'<nav class="main-nav">{nav}</nav>\n'
        f'<div class="rates">$ {page.usd:.2f} · € {page.eur:.2f}</div>\n'
        f'<div class="weather">{esc(page.weather_city)}: {page.temp_str()}</div>\n'
        f'<a class="login" href="/{lang}/login">{esc(ui["login"])}</a>\n'
        "</header>\n"
        '<main class="page">\n<section class="content">\n'
        f'<nav class="crumbs"><ol><li><a href="/{lang}/">{esc(ui["home"])}</a></li>'
        f'<li><a href="/{lang}/c/3">{esc(page.rubric)}</a></li></ol></nav>\n'
        '<article class="post">\n'
        f'<h2 class="title">{esc(item.title)}</h2>\n'
        f'<div class="post-meta"><time datetime="{page.iso}">{page.stamp}</time> '
        f'<span class="views">👁 {page.views}</span> '
        f'<span class="comments-count">💬 {page.n_comments}</span></div>\n'
        f'<figure class="cover"><img src="/media/{slug}.jpg" alt="">'
        f"<figcaption>{esc(ui['photo'])}: {esc(page.author)} / {esc(short)}</figcaption></figure>\n"
        '<div class="post-body">\n' + "".join(parts) + "</div>\n"
        f'<div class="post-video"><h4>{esc(ui["video"])}</h4>{video(page)}</div>\n'
        f'<div class="post-tags">{tags}</div>\n'
        + share_bar(ui, url)
        + "</article>\n"
        + comments_block(page, "section")
        + "</section>\n"
        f'<aside class="popular"><h3>{esc(ui["popular"])}</h3>\n'
        f"<ul>\n{li_links(popular, domain, slug + 11)}</ul>\n"
        f'<div class="newsletter"><p>{esc(ui["newsletter"])}</p><input type="email">'
        "</div></aside>\n"
        "</main>\n"
        f'<footer class="site-footer"><p>{esc(ui["contacts"])}</p>\n'
        f"<p>{esc(ui['app'])}</p>\n"
        f"<p>© {page.today.year} {esc(site)}. {esc(ui['rights'])}</p></footer>\n"
        "<script>function acceptCookies(){document.getElementById('cookie-consent').remove();}"
        "</script>\n</body>\n</html>\n"
    )


def render_magazine(page: Page, n: int) -> str:
    """A magazine: site name in <h1>, a long sidebar first, the headline in <h2>, nested divs."""
    ui, lang, item = page.ui, page.lang, page.item
    site, short = MAGAZINE[lang]
    domain = "kochevnik-mag.kz"
    slug = f"{page.day.year}{page.day.month:02d}{page.day.day:02d}-{page.rng.randint(10, 99)}"
    url = f"https://{domain}/{lang}/stories/{slug}/"
    style = ".layout{display:flex}.sidebar-left{order:2;width:300px}.main-col{order:1}"
    side_a = page.take(8)
    side_b = page.take(5)
    teasers = "".join(
        f'<div class="teaser"><a href="/{lang}/stories/{k}/"><div class="teaser__title">{esc(h)}'
        f'</div></a><div class="teaser__more">{esc(ui["more"])} →</div></div>\n'
        for k, h in enumerate(side_a)
    )
    slots = page.inline_slots()
    blocks = [
        '<div class="block block--lead"><div class="block__inner"><div class="block__text">'
        f"{esc(page.paras[0])}</div></div></div>\n"
    ]
    for i, para in enumerate(page.paras[1:], start=1):
        blocks.append(
            f'<div class="block"><div class="block__inner"><p>{esc(para)}</p></div></div>\n'
        )
        kind = slots.get(i)
        if kind == "read":
            h = page.take(1)[0]
            blocks.append(
                '<div class="block block--related"><div class="related-inline">'
                f'{esc(ui["read_also"])}: <a href="/{lang}/stories/r{i}/">{esc(h)}</a>'
                "</div></div>\n"
            )
        elif kind == "ad":
            blocks.append(
                '<div class="block block--media"><figure>'
                f"{video(page)}<figcaption>{esc(ui['video'])}: {esc(short)}</figcaption>"
                "</figure></div>\n"
            )
    tags = "".join(
        f'<li><a href="/{lang}/tags/{k}/">{esc(t)}</a></li>' for k, t in enumerate(page.tags)
    )
    menu = "".join(
        f'<li><a href="/{lang}/{k}/">{esc(m)}</a></li>' for k, m in enumerate(ui["menu"])
    )
    return (
        head(page, site, domain, url, style) + '<body class="magazine">\n'
        f'<div class="topbar"><span>{short_date(page.today, 8, 30)[:10]}</span> '
        f"<span>USD {page.usd:.2f}</span> <span>EUR {page.eur:.2f}</span> "
        f"<span>{esc(page.weather_city)} {page.temp_str()}</span></div>\n"
        f'<header class="masthead"><h1 class="logo"><a href="/{lang}/">{esc(short)}</a></h1>\n'
        f'<ul class="nav">{menu}</ul></header>\n'
        '<div class="layout">\n'
        '<aside class="sidebar-left">\n'
        f'<div class="widget"><h3 class="widget__title">{esc(ui["read_also"])}</h3>\n'
        f"{teasers}</div>\n"
        f'<div class="widget widget--ad"><span>{esc(ui["ad"])}</span>'
        '<div class="ad-300x600"></div></div>\n'
        f'<div class="widget"><h3 class="widget__title">{esc(ui["trending"])}</h3>\n'
        f"<ol>\n{li_links(side_b, domain, 500)}</ol></div>\n"
        f'<div class="widget widget--app">{esc(ui["app"])}</div>\n'
        "</aside>\n"
        '<div class="main-col">\n'
        f'<div class="breadcrumbs"><a href="/{lang}/">{esc(ui["home"])}</a> › '
        f"<span>{esc(page.rubric)}</span></div>\n"
        '<div class="article">\n'
        f'<h2 class="article__headline">{esc(item.title)}</h2>\n'
        f'<div class="byline">{esc(ui["text_by"])}: {esc(page.author)} · '
        f'<time datetime="{page.iso}">{page.stamp}</time> · {ui["views"]}: {page.views}</div>\n'
        f'<div class="article__cover"><img src="/img/{slug}.webp" alt="">'
        f'<div class="caption">{esc(ui["photo"])}: {esc(short)}</div></div>\n'
        '<div class="article-body">\n' + "".join(blocks) + "</div>\n"
        f'<ul class="tags">{tags}</ul>\n'
        + share_bar(ui, url)
        + "</div>\n"
        + comments_block(page)
        + "</div>\n</div>\n"
        f'<footer class="footer"><div>{esc(ui["newsletter"])}</div>\n'
        f"<div>{esc(ui['reprint'].format(domain=domain))}</div>\n"
        f"<div>© {page.today.year} {esc(site)}. {esc(ui['rights'])} {ui['age']}</div></footer>\n"
        '<script src="/js/vendor.js" defer></script>\n'
        "</body>\n</html>\n"
    )


LAYOUTS = (render_agency, render_portal, render_magazine)


# ---------------------------------------------------------------- records


def premiere_labels(item: Item) -> dict[str, Any] | None:
    p = item.premiere
    if p is None:
        return None
    return {"titles": list(p.titles), "date": p.date, "city": p.city, "venue": p.venue}


def build() -> list[dict[str, Any]]:
    order = list(range(len(BLIND7)))
    random.Random(SEED).shuffle(order)
    records = []
    n_flat = n_html = 0
    for k, idx in enumerate(order):
        item = BLIND7[idx]
        page = Page(item, random.Random(f"{SEED}-{k}"))
        fmt = FORMATS[k % 3]
        if fmt == "text":
            content = f"{item.title}\n{item.body}\n"
        elif fmt == "flat":
            content = render_flat(page, n_flat % 2)
            n_flat += 1
        else:
            content = LAYOUTS[n_html % 3](page, n_html // 3)
            n_html += 1
        records.append(
            {
                "id": f"blind7_{k:03d}",
                "format": fmt,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": premiere_labels(item),
                "body": item.body,
                "junk": page.junk,
                "content": content,
            }
        )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
