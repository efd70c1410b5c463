"""Build tests/data/blind8.jsonl from BLIND8 (run: python -m tests.data.build_blind8).

Each story is rendered in one of three shapes, cycling text/flat/html over a seeded shuffle:
plain text, a whole news page as a scraper flattens it, or a complete HTML page in one of three
invented site layouts (a state newspaper built of tables, an afisha portal with film cards, an
AMP business outlet). The renderer is self-contained and deterministic.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from pathlib import Path
from typing import Any

from tests.data.articles_blind8 import BLIND8
from tests.data.model import Item

OUT = Path(__file__).with_name("blind8.jsonl")
SEED = 8_2026_03
FORMATS = ("text", "flat", "html")
LAYOUTS = ("state", "afisha", "amp")

MONTHS = {
    "ru": [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ],
    "kk": [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}  # fmt: skip

# Unrelated headlines placed around the stories: general news plus traps that look like
# film, prime-minister, theatre, music or gadget news.
HEADLINES = {
    "ru": [
        "Премьер-министр поручил ускорить строительство школ в регионах",
        "В Астане прошла премьера спектакля «Гамлет» на казахском языке",
        "Премьера смартфона Orion S9: цены и характеристики новинки",
        "Названы самые кассовые фильмы прошедшего уикенда",
        "Казахстанский фильм отобрали в конкурс фестиваля в Роттердаме",
        "Трейлер комедии «Сваты в Дубае» набрал миллион просмотров за сутки",
        "В Шымкенте открылся кинотеатр на восемь залов",
        "Курс доллара: сколько стоит валюта в обменниках Алматы",
        "Синоптики пообещали потепление до +12 градусов",
        "В Алматы подорожала аренда однокомнатных квартир",
        "Водителей предупредили о перекрытии проспекта Абая",
        "Как оформить пособие по уходу за ребёнком в 2026 году",
        "Пенсии в 2026 году: кому и насколько повысят выплаты",
        "В Караганде ограничат въезд грузовиков в центр города",
        "Штрафы выросли: за какие нарушения придётся платить больше",
        "Слабое землетрясение ощутили жители Алматы",
        "Казахстанский боксёр завоевал чемпионский пояс в Лас-Вегасе",
        "Премьер-министр провёл совещание по подготовке к паводкам",
        "Премьера нового сезона шоу «Голос степи» состоится в воскресенье",
        "Звезда фильма «Поезд в Туркестан» рассказала о новой роли",
        "В Павлодаре открыли каток под открытым небом",
        "Опера «Кыз Жибек» вернётся на сцену в новой постановке",
        "Налоговый кодекс: что изменится для индивидуальных предпринимателей",
        "В Астане открылась выставка современного искусства",
        "Билеты на концерт рок-группы раскупили за сутки",
        "Премьера клипа: рэпер снял видео в горах Алатау",
        "В Актобе выпал первый снег",
        "Фильм казахстанского режиссёра купил международный стриминг",
        "В Усть-Каменогорске ищут хозяина потерявшегося алабая",
        "Цены на бензин АИ-92 снова выросли",
        "В Астане показали новый кроссовер казахстанской сборки",
        "Кинотеатры Алматы продлили скидки на утренние сеансы",
        "Студенты сняли фильм о жизни в общежитии и выиграли грант",
        "В Шымкенте открыли новую школу на 1200 мест",
        "ЕНПФ: как узнать сумму пенсионных накоплений",
        "Балет «Лебединое озеро» покажут в новой редакции",
        "Вице-премьер проверил ход ремонта трассы Алматы — Усть-Каменогорск",
        "Мошенники начали звонить от имени банков по новой схеме",
        "В Атырау отремонтируют набережную Урала",
        "Сериал о студентах-медиках выйдет весной",
        "Туристов эвакуировали из горного ущелья под Алматы",
        "Казахстанская актриса снимется в голливудском фильме",
    ],
    "kk": [
        "Премьер-министр өңірлердегі мектеп құрылысын жеделдетуді тапсырды",
        "Астанада «Абай» операсының жаңа қойылымы көрсетіледі",
        "Жаңа смартфонның премьерасы: бағасы мен сипаттамалары",
        "Демалыс күндері ең көп көрермен жинаған фильмдер аталды",
        "Қазақстандық фильм халықаралық фестиваль бағдарламасына енді",
        "Алматыда жалға берілетін пәтер бағасы өсті",
        "Синоптиктер аптаның соңында күн жылынатынын хабарлады",
        "Теңге бағамы: доллар қанша тұрады",
        "Зейнетақы 2026: төлемдер қаншаға өседі",
        "Шымкентте 1200 орындық жаңа мектеп ашылды",
        "Жаңа комедияның трейлері бір тәулікте миллион қаралым жинады",
        "Мұхтар Әуезов театры жаңа маусымды ашты",
        "Әнші жаңа альбомының тұсаукесерін өткізді",
        "Астанада жол жөндеу жұмыстары басталды",
        "Ақтөбеде алғашқы қар жауды",
        "Қарағандыда жүк көліктерінің қала орталығына кіруі шектеледі",
        "Қазақстандық боксшы чемпиондық белдікті жеңіп алды",
        "Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды",
        "Премьер-министрдің орынбасары су тасқынына дайындықты тексерді",
        "Жас режиссердің қысқаметражды фильмі грант жеңіп алды",
        "Алаяқтар банк атынан жаңа тәсілмен қоңырау шалуда",
        "Атырауда Жайық жағалауы жөнделеді",
        "Кинотеатрлар таңғы сеанстарға жеңілдік жариялады",
        "Балалар лагеріне жолдаманы қалай алуға болады",
        "Ескі қазақ фильмдері цифрлық форматта қалпына келтірілді",
        "Павлодарда ашық аспан астындағы мұз айдыны ашылды",
        "Елордада заманауи өнер көрмесі ашылды",
        "Жаңа маусымда телешоудың премьерасы жексенбіде көрсетіледі",
    ],
    "en": [
        "Prime Minister calls for faster flood preparations in northern regions",
        "Deputy Prime Minister inspects Almaty ring road construction",
        "New smartphone premiere: what we know about the Nova X9",
        "Kazakh film selected for Rotterdam festival competition",
        "Weekend box office: family comedy stays on top",
        "Tenge firms against the dollar as oil prices climb",
        "Almaty rents climb for third month in a row",
        "Astana Opera opens season with 'La Traviata'",
        "Warm spell expected across the south this weekend",
        "Kazakhstan's wheat exports hit five-year high",
        "New metro stations to open in Almaty next year",
        "Trailer for Kazakh sci-fi epic breaks YouTube records",
        "Kazakh boxer wins world title in Las Vegas",
        "Government approves new tax code amendments",
        "Shymkent opens eight-screen cinema in new mall",
        "Air carrier adds flights to Seoul and Tokyo",
        "Kazakh actress cast in Hollywood thriller",
        "Pension payments to rise from January: what changes",
        "Rock band's new album premieres on streaming platforms",
        "Central bank warns of new phone scams",
        "KASE index closes at record high",
        "Student filmmakers win grant for campus drama",
        "Theatre premiere: 'Hamlet' staged in Kazakh for the first time",
        "Aktobe sees first snowfall of the season",
        "Startup raises $5 million to expand delivery across Central Asia",
        "Kazakhstan to host regional investment forum in Astana",
        "Streaming service adds 40 Kazakh films to its catalogue",
        "Banks report record quarterly profits",
    ],
}

# Film-like teaser cards of the afisha portal (none of these films is in the set).
CARDS = {
    "ru": [
        "«Ночной патруль» — триллер, 18+. Скоро в кино",
        "«Пятый сезон» — мелодрама, 16+. Купить билет",
        "«Сваты в Дубае» — комедия, 12+. Премьера недели",
        "«Медвежий угол» — приключения, 6+. Сеансы сегодня",
        "«Код степи» — боевик, 16+. Расписание сеансов",
        "«Ледяной принц» — мультфильм, 0+. Купить билет",
        "«Дорога домой» — драма, 12+. Сеансы в вашем городе",
        "Спектакль «Гамлет» — афиша театров на неделю",
        "Концерт симфонического оркестра: билеты в продаже",
    ],
    "kk": [
        "«Түнгі күзет» — триллер, 18+. Жақында кинотеатрларда",
        "«Бесінші маусым» — мелодрама, 16+. Билет сатып алу",
        "«Құдалар Анталияда» — комедия, 12+. Аптаның премьерасы",
        "«Аю мекені» — шытырман оқиға, 6+. Бүгінгі сеанстар",
        "«Дала коды» — экшн, 16+. Сеанстар кестесі",
        "«Мұз ханзадасы» — мультфильм, 0+. Билет сатып алу",
        "«Үйге қайтар жол» — драма, 12+. Қалаңыздағы сеанстар",
        "«Абай» операсы — театр афишасы",
    ],
    "en": [
        "'Night Patrol' — thriller, 18+. Coming soon",
        "'Fifth Season' — romance, 16+. Buy tickets",
        "'Matchmakers in Antalya' — comedy, 12+. Premiere of the week",
        "'Bear Corner' — adventure, 6+. Showtimes today",
        "'Steppe Code' — action, 16+. Showtimes",
        "'The Ice Prince' — animation, 0+. Buy tickets",
        "'The Road Home' — drama, 12+. Showtimes near you",
        "'La Traviata' at the opera house — tickets",
    ],
}

LABELS: dict[str, dict[str, Any]] = {
    "ru": {
        "home": "Главная",
        "news": "Новости",
        "menu": [
            "Новости", "Политика", "Экономика", "Общество", "Культура",
            "Кино", "Спорт", "Происшествия", "Мир", "Видео",
        ],
        "read_also": "Читайте также",
        "trending": "В тренде",
        "popular": "Самое читаемое",
        "more": "Ещё новости",
        "tags": "Теги",
        "share": "Поделиться",
        "comments": "Комментарии",
        "no_comments": "Комментариев пока нет. Будьте первым!",
        "login": "Чтобы оставить комментарий, войдите на сайт.",
        "cookie": (
            "Мы используем файлы cookie, чтобы сайт работал лучше. "
            "Продолжая пользоваться сайтом, вы соглашаетесь с этим."
        ),
        "accept": "Принять",
        "app": "Скачайте наше приложение в App Store и Google Play",
        "subscribe": "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "newsletter": "Подпишитесь на рассылку: главное за день в вашей почте",
        "email": "Ваш e-mail",
        "rights": (
            "Все права защищены. При использовании материалов гиперссылка на {domain} "
            "обязательна."
        ),
        "author": "Автор: {}",
        "photo": "Фото",
        "views": "просмотров",
        "ad": "Реклама",
        "error": "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
        "generic_tag": "Новости Казахстана",
        "now_in_cinema": "Сейчас в кино",
        "weekend": "Афиша на выходные",
        "video": "Видео",
        "year_word": "Год",
        "search": "Поиск",
        "age": "Материал предназначен для лиц старше 16 лет",
        "authors": ["Алия Султанова", "Дмитрий Ким", "Жанна Ахметова", "Сергей Волков"],
        "captions": [
            "Фото: {domain}",
            "Фото - {site}",
            "Фото: архив редакции",
            "Фото: пресс-служба",
            "Иллюстративное фото: {domain}",
        ],
        "rubrics": [
            "Пенсия 2026", "Алматы", "Курс валют", "Погода", "Налоги",
            "Астана", "Футбол", "Шымкент", "Закон", "Туризм",
        ],
    },
    "kk": {
        "home": "Басты бет",
        "news": "Жаңалықтар",
        "menu": [
            "Жаңалықтар", "Саясат", "Экономика", "Қоғам", "Мәдениет",
            "Кино", "Спорт", "Оқиға", "Әлем", "Бейне",
        ],
        "read_also": "Оқи отырыңыз",
        "trending": "Көп оқылғандар",
        "popular": "Ең көп оқылған",
        "more": "Басқа жаңалықтар",
        "tags": "Тегтер",
        "share": "Бөлісу",
        "comments": "Пікірлер",
        "no_comments": "Әзірге пікір жоқ. Алғашқы болып жазыңыз!",
        "login": "Пікір қалдыру үшін сайтқа кіріңіз.",
        "cookie": (
            "Біз сайттың жұмысын жақсарту үшін cookie файлдарын пайдаланамыз. "
            "Сайтты пайдалануды жалғастыра отырып, сіз бұған келісесіз."
        ),
        "accept": "Келісемін",
        "app": "Қосымшамызды App Store және Google Play дүкендерінен жүктеп алыңыз",
        "subscribe": "Telegram-арнамызға жазылып, маңызды жаңалықтарды бірінші біліңіз!",
        "newsletter": "Күннің басты жаңалықтарын поштаңызға алыңыз",
        "email": "Электрондық пошта",
        "rights": (
            "Барлық құқықтар қорғалған. Материалдарды пайдаланған кезде {domain} сайтына "
            "гиперсілтеме міндетті."
        ),
        "author": "Авторы: {}",
        "photo": "Фото",
        "views": "қаралым",
        "ad": "Жарнама",
        "error": "Қате таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз",
        "generic_tag": "Қазақстан жаңалықтары",
        "now_in_cinema": "Қазір кинотеатрларда",
        "weekend": "Демалыс күндерінің афишасы",
        "video": "Бейне",
        "year_word": "жыл",
        "search": "Іздеу",
        "age": "Материал 16 жастан асқандарға арналған",
        "authors": ["Айгерім Сәрсенова", "Ерлан Бекұлы", "Гүлнұр Тәжіқызы", "Нұрлан Омаров"],
        "captions": [
            "Фото: {domain}",
            "Фото ашық дереккөздерден алынды",
            "Сурет: {site}",
            "Фото: баспасөз қызметі",
        ],
        "rubrics": [
            "Зейнетақы", "Алматы", "Валюта бағамы", "Ауа райы", "Салық",
            "Астана", "Футбол", "Шымкент", "Заң", "Туризм",
        ],
    },
    "en": {
        "home": "Home",
        "news": "News",
        "menu": [
            "News", "Politics", "Business", "Markets", "Society",
            "Culture", "Film", "Sport", "World", "Opinion",
        ],
        "read_also": "Read also",
        "trending": "Trending",
        "popular": "Most read",
        "more": "More news",
        "tags": "Tags",
        "share": "Share",
        "comments": "Comments",
        "no_comments": "No comments yet. Be the first to comment!",
        "login": "Log in to leave a comment.",
        "cookie": (
            "We use cookies to improve your experience. By continuing to browse the site "
            "you agree to our use of cookies."
        ),
        "accept": "Accept",
        "app": "Download our app on the App Store and Google Play",
        "subscribe": "Follow us on Telegram and be the first to know the main news!",
        "newsletter": "Sign up for our daily newsletter",
        "email": "Your email",
        "rights": "All rights reserved. Republishing is allowed only with a link to {domain}.",
        "author": "By {}",
        "photo": "Photo",
        "views": "views",
        "ad": "Advertisement",
        "error": "Found a typo? Select the text and press Ctrl+Enter",
        "generic_tag": "Kazakhstan news",
        "now_in_cinema": "Now in cinemas",
        "weekend": "What's on this weekend",
        "video": "Video",
        "year_word": "",
        "search": "Search",
        "age": "This article is intended for readers aged 16 and over",
        "authors": ["Aliya Suleimenova", "Daniyar Serikov", "Anna Petrova", "Marat Ospanov"],
        "captions": [
            "Photo: {domain}",
            "Photo: press service",
            "Photo courtesy of the organisers",
            "Illustrative photo: {site}",
        ],
        "rubrics": [
            "Pensions", "Almaty", "Tenge", "Weather", "Taxes",
            "Astana", "Football", "Shymkent", "Law", "Travel",
        ],
    },
}  # fmt: skip

FLAT_SITES = {
    "ru": [("Степной курьер", "stepcourier.kz"), ("Вечерний Жайык", "zhaiyk-vecher.kz")],
    "kk": [("Айна ақпарат", "aina-aqparat.kz"), ("Дала тынысы", "dalatynysy.kz")],
    "en": [("Almaty Wire", "almatywire.kz"), ("Steppe Times", "steppetimes.kz")],
}
HTML_SITES = {
    "state": {
        "ru": ("Степная правда", "stepnaya-pravda.kz"),
        "kk": ("Ел жаршысы", "eljarshy.kz"),
        "en": ("The Steppe Herald", "steppeherald.kz"),
    },
    "afisha": {
        "ru": ("Кинокарта", "kinokarta.kz"),
        "kk": ("Көрермен", "korermen.kz"),
        "en": ("ScreenHub KZ", "screenhub.kz"),
    },
    "amp": {
        "ru": ("Деловой курс", "delkurs.kz"),
        "kk": ("Іскер әлем", "iskeralem.kz"),
        "en": ("Tenge Business Daily", "tengebiz.kz"),
    },
}

CITY_TAGS = {
    "ru": [
        ("Алматы", "Алмат"), ("Астана", "Астан"), ("Шымкент", "Шымкент"),
        ("Караганда", "Караганд"), ("Актобе", "Актобе"), ("Павлодар", "Павлодар"),
        ("Усть-Каменогорск", "Усть-Каменогорск"), ("Атырау", "Атырау"), ("Тараз", "Тараз"),
        ("Семей", "Семе"),
    ],
    "kk": [
        ("Алматы", "Алматы"), ("Астана", "Астана"), ("Шымкент", "Шымкент"),
        ("Қарағанды", "Қарағанды"), ("Ақтөбе", "Ақтөбе"),
    ],
    "en": [
        ("Almaty", "Almaty"), ("Astana", "Astana"), ("Shymkent", "Shymkent"),
        ("Karaganda", "Karaganda"), ("Kostanay", "Kostanay"),
    ],
}  # fmt: skip
WEATHER_CITIES = {
    "ru": ["Алматы", "Астана", "Шымкент", "Караганда"],
    "kk": ["Алматы", "Астана", "Шымкент", "Қарағанды"],
    "en": ["Almaty", "Astana", "Shymkent", "Karaganda"],
}


def _date_text(lang: str, day: dt.date) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "ru":
        return f"{day.day} {month} {day.year}"
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{month} {day.day}, {day.year}"


class Page:
    """Random chrome for one story: site, dates, rates, weather, headlines around it."""

    def __init__(self, item: Item, rng: random.Random, site: tuple[str, str]) -> None:
        self.item = item
        self.rng = rng
        self.lang = item.language
        self.lab = LABELS[item.language]
        self.site, self.domain = site
        self.pub = dt.date.fromisoformat(item.published)
        self.seen = self.pub + dt.timedelta(days=rng.randint(0, 2))
        self.time = f"{rng.randint(8, 21):02d}:{rng.choice([0, 5, 12, 20, 34, 41, 48, 55]):02d}"
        self.views = rng.randint(120, 48_000)
        self.n_comments = rng.choice([0, 0, 1, 3, 7, 12])
        self.usd = rng.uniform(494, 526)
        self.eur = self.usd * rng.uniform(1.08, 1.18)
        self.rub = rng.uniform(5.9, 6.6)
        winter = self.seen.month in (11, 12, 1, 2, 3)
        self.temp = rng.randint(-18, 2) if winter else rng.randint(8, 31)
        self.weather_city = rng.choice(WEATHER_CITIES[self.lang])
        self.author = rng.choice(self.lab["authors"])
        self.caption = rng.choice(self.lab["captions"]).format(site=self.site, domain=self.domain)
        self.slug = f"{self.pub:%Y/%m/%d}/news-{rng.randint(100_000, 999_999)}"
        self.junk: list[str] = []
        pool = [h for h in HEADLINES[self.lang] if h != item.title]
        rng.shuffle(pool)
        self._pool = pool

    def headlines(self, k: int) -> list[str]:
        """Take k fresh unrelated headlines and record them as junk."""
        taken, self._pool = self._pool[:k], self._pool[k:]
        self.junk.extend(taken)
        return taken

    def cards(self, k: int) -> list[str]:
        taken = self.rng.sample(CARDS[self.lang], k)
        self.junk.extend(taken)
        return taken

    def date_text(self, day: dt.date | None = None) -> str:
        return _date_text(self.lang, day or self.pub)

    def stamp(self) -> str:
        return f"{self.pub.isoformat()}T{self.time}:00+05:00"

    def tags(self) -> list[str]:
        text = self.item.title + "\n" + self.item.body
        found = [name for name, stem in CITY_TAGS[self.lang] if stem in text]
        return [self.lab["generic_tag"], *found]

    def rights(self) -> str:
        notice = str(self.lab["rights"]).format(domain=self.domain)
        return f"© 2011–{self.seen.year} {self.site}. {notice}"

    def paragraphs(self) -> list[str]:
        return self.item.body.split("\n")

    def inline_slot(self) -> int:
        """Index of the paragraph after which an inline read-also block goes."""
        n = len(self.paragraphs())
        return self.rng.randint(1, n - 2) if n >= 3 else 0


# ------------------------------------------------------------------------------------ flat


def render_flat(item: Item, rng: random.Random) -> tuple[str, list[str]]:
    page = Page(item, rng, rng.choice(FLAT_SITES[item.language]))
    lab = page.lab
    paras = page.paragraphs()
    lines: list[str] = []
    variant = rng.randint(0, 1)
    if variant == 0:
        # Like an old portal: rates and weather as bullets, the headline repeated.
        lines += [f"{item.title} - {page.site}"]
        lines += [f"  • $ {page.usd:.2f}", f"  • € {page.eur:.2f}", f"  • ₽ {page.rub:.2f}"]
        lines += [f"{page.temp:+d} °C", page.weather_city]
        lines += [f"{page.seen.year} {lab['year_word']}".strip()]
        lines += [f"{page.seen.day} {MONTHS[page.lang][page.seen.month - 1]}"]
        lines += ["  • A"] * 3
        lines += [item.title, "", item.title, ""]
        lines += [paras[0], ""]
        lines += [f"  • {page.date_text()}", f"  • {page.views}", page.caption, ""]
        body_start = 1
    else:
        # A modern portal: menu, cookie bar, breadcrumbs, byline with counters.
        lines += [page.site, "  ".join(lab["menu"]), lab["search"]]
        lines += [f"USD {page.usd:.2f}  EUR {page.eur:.2f}  RUB {page.rub:.2f}"]
        lines += [f"{page.weather_city} {page.temp:+d}°C", f"{page.date_text(page.seen)}"]
        lines += [f"{lab['cookie']} {lab['accept']}"]
        lines += [f"{lab['home']} / {lab['news']}", item.title]
        lines += [
            f"{page.date_text()}, {page.time} · {page.views} {lab['views']}"
            f" · {lab['comments']}: {page.n_comments}"
        ]
        lines += [page.caption]
        body_start = 0
    slot = page.inline_slot()
    ad_slot = rng.randint(body_start, len(paras) - 1)
    inline = page.headlines(1)[0]
    for i in range(body_start, len(paras)):
        lines.append(paras[i])
        if i == slot:
            lines.append(f"{lab['read_also']}: {inline}")
        if i == ad_slot and i != len(paras) - 1:
            lines.append(lab["ad"])
    lines += ["", lab["author"].format(page.author) if variant else page.author]
    lines += [f"{lab['tags']}: " + ", ".join(page.tags())]
    lines += [f"{lab['share']}: Facebook  WhatsApp  Telegram  X", lab["error"], ""]
    if variant == 0:
        lines += [f"{lab['trending']}:", ""]
        for head in page.headlines(rng.randint(6, 9)):
            lines += [rng.choice(lab["rubrics"]), "", head, ""]
    else:
        lines += [lab["read_also"]]
        lines += [f"  • {head}" for head in page.headlines(rng.randint(4, 6))]
        lines += ["", f"{lab['comments']} ({page.n_comments})", lab["login"], ""]
        lines += [lab["popular"]]
        lines += [f"{k}. {head}" for k, head in enumerate(page.headlines(4), 1)]
    lines += ["", lab["subscribe"], lab["app"], lab["newsletter"], page.rights(), lab["age"]]
    return "\n".join(lines) + "\n", page.junk


# ------------------------------------------------------------------------------------ html


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def head(page: Page, extra: str = "") -> str:
    item, lab = page.item, page.lab
    url = f"https://{page.domain}/{page.slug}"
    handle = page.domain.split(".")[0].replace("-", "_")
    lead = page.paragraphs()[0]
    desc = lead if len(lead) <= 160 else lead[:160].rsplit(" ", 1)[0] + "…"
    image = f"https://cdn.{page.domain}/img/{page.slug.replace('/', '-')}.jpg"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title,
        "datePublished": page.stamp(),
        "dateModified": page.stamp(),
        "author": {"@type": "Person", "name": page.author},
        "publisher": {"@type": "Organization", "name": page.site},
        "image": [image],
        "inLanguage": page.lang,
        "mainEntityOfPage": url,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": lab["home"], "item": f"https://{page.domain}/"},
            {"@type": "ListItem", "position": 2, "name": lab["news"]},
        ],
    }  # fmt: skip
    return "\n".join(
        [
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(item.title)} | {esc(page.site)}</title>",
            f'<meta name="description" content="{attr(desc)}">',
            f'<meta name="keywords" content="{attr(", ".join(page.tags()))}">',
            f'<link rel="canonical" href="{url}">',
            f'<meta property="og:site_name" content="{attr(page.site)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{attr(item.title)}">',
            f'<meta property="og:description" content="{attr(desc)}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:image" content="{image}">',
            f'<meta property="article:published_time" content="{page.stamp()}">',
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:site" content="@{handle}">',
            f'<meta name="twitter:title" content="{attr(item.title)}">',
            f'<meta name="twitter:image" content="{image}">',
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False)
            + "</script>",
            '<script type="application/ld+json">'
            + json.dumps(crumbs, ensure_ascii=False)
            + "</script>",
            extra,
            "</head>",
        ]
    )


ANALYTICS = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-{code}');</script>\n"
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{code}"></script>'
)


def render_state(page: Page) -> str:
    """A state newspaper: table layout, logo in <h1>, headline in <div class="title">."""
    item, lab, rng = page.item, page.lab, page.rng
    paras = page.paragraphs()
    slot = page.inline_slot()
    inline = page.headlines(1)[0]
    body: list[str] = [f'<div class="lead"><b>{esc(paras[0])}</b></div>']
    video_at = rng.randint(1, len(paras) - 1)
    for i, para in enumerate(paras[1:], 1):
        body.append(f"<p>{esc(para)}</p>")
        if i == video_at:
            body.append(
                '<div class="video-embed"><iframe width="640" height="360" '
                f'src="https://www.youtube.com/embed/{rng.randint(10**9, 10**10)}" '
                'frameborder="0" allowfullscreen></iframe></div>'
            )
        if i == slot:
            body.append(
                f'<div class="read-also"><span>{lab["read_also"]}:</span> '
                f'<a href="/news/{rng.randint(10**5, 10**6)}">{esc(inline)}</a></div>'
            )
    if slot == 0:
        body.insert(
            1,
            f'<div class="read-also"><span>{lab["read_also"]}:</span> '
            f'<a href="/news/{rng.randint(10**5, 10**6)}">{esc(inline)}</a></div>',
        )
    popular = "\n".join(
        f'<tr><td class="num">{k}</td><td><a href="/news/{rng.randint(10**5, 10**6)}">'
        f"{esc(h)}</a></td></tr>"
        for k, h in enumerate(page.headlines(rng.randint(5, 7)), 1)
    )
    more = "\n".join(
        f'<li><a href="/news/{rng.randint(10**5, 10**6)}">{esc(h)}</a>'
        f'<span class="d">{page.date_text(page.seen)}</span></li>'
        for h in page.headlines(4)
    )
    menu = "".join(f'<li><a href="/{k}">{esc(m)}</a></li>' for k, m in enumerate(lab["menu"]))
    tags = " ".join(f'<a href="/tag/{k}">#{esc(t)}</a>' for k, t in enumerate(page.tags()))
    style = (
        "<style>body{font:14px Arial,sans-serif;margin:0}.title{font-size:26px;font-weight:bold}"
        ".read-also{border-left:3px solid #0a6;padding:6px 10px;margin:12px 0}"
        "#cookie{position:fixed;bottom:0;background:#222;color:#fff}</style>"
    )
    extra = '<link rel="stylesheet" href="/static/css/main.css?v=3.14">\n' + style
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{page.lang}">',
            head(page, extra),
            "<body>",
            f'<div id="cookie">{esc(lab["cookie"])} <button>{esc(lab["accept"])}</button></div>',
            '<table class="top" width="100%" cellpadding="0" cellspacing="0"><tr>',
            f'<td class="logo"><h1 class="logo"><a href="/">{esc(page.site)}</a></h1></td>',
            f'<td class="rates">USD <b>{page.usd:.2f}</b> EUR <b>{page.eur:.2f}</b> '
            f"RUB <b>{page.rub:.2f}</b></td>",
            f'<td class="weather">{esc(page.weather_city)} {page.temp:+d}°C</td>',
            f'<td class="today">{page.date_text(page.seen)}</td>',
            "</tr></table>",
            f'<div class="menu"><ul>{menu}</ul></div>',
            '<div class="wrapper"><table class="layout" width="100%"><tr>',
            '<td class="main" valign="top">',
            f'<div class="breadcrumbs"><a href="/">{esc(lab["home"])}</a> » '
            f'<a href="/news">{esc(lab["news"])}</a></div>',
            '<div class="news-item">',
            f'<div class="title">{esc(item.title)}</div>',
            f'<div class="meta"><span class="date">{page.date_text()}, {page.time}</span> '
            f'<span class="views">{page.views}</span></div>',
            f'<div class="news-image"><img src="/upload/{rng.randint(10**4, 10**5)}.jpg" '
            f'alt="{attr(item.title)}"><div class="caption">{esc(page.caption)}</div></div>',
            '<div class="news-text"><div class="inner">',
            *body,
            "</div></div>",
            f'<div class="author">{esc(lab["author"].format(page.author))}</div>',
            f'<div class="tags">{esc(lab["tags"])}: {tags}</div>',
            f'<div class="share">{esc(lab["share"])}: <a href="#">Facebook</a> '
            '<a href="#">Telegram</a> <a href="#">WhatsApp</a></div>',
            f'<div class="comments"><h3>{esc(lab["comments"])} ({page.n_comments})</h3>'
            f"<p>{esc(lab['login'])}</p></div>",
            "</div>",
            f'<div class="more"><h3>{esc(lab["more"])}</h3><ul>{more}</ul></div>',
            "</td>",
            '<td class="side" valign="top" width="300">',
            f'<table class="popular"><tr><th colspan="2">{esc(lab["popular"])}</th></tr>',
            popular,
            "</table>",
            f'<div class="banner">{esc(lab["ad"])}</div>',
            "</td></tr></table></div>",
            '<table class="footer" width="100%"><tr>',
            f"<td>{esc(page.rights())}</td>",
            f"<td>{esc(lab['subscribe'])}<br>{esc(lab['app'])}</td>",
            "</tr></table>",
            ANALYTICS.replace("{code}", f"{rng.randint(10**7, 10**8)}"),
            "</body>",
            "</html>",
        ]
    )


def render_afisha(page: Page) -> str:
    """An afisha portal: film cards all around, <h2 class="title">, body split by <br><br>."""
    item, lab, rng = page.item, page.lab, page.rng
    paras = page.paragraphs()
    slot = page.inline_slot()
    inline = page.headlines(1)[0]
    chunks: list[str] = []
    for i, para in enumerate(paras[1:], 1):
        chunks.append(esc(para))
        if i == slot and i != len(paras) - 1:
            chunks.append(
                f'<div class="inline-read"><b>{esc(lab["read_also"])}</b> '
                f'<a href="/news/{rng.randint(10**5, 10**6)}">{esc(inline)}</a></div>'
            )
    # Paragraphs separated by <br><br>; the inline block sits between two of them.
    parts: list[str] = []
    for c in chunks:
        if c.startswith("<div") or not parts or parts[-1].startswith("<div"):
            parts.append(c)
        else:
            parts[-1] += "<br><br>\n" + c
    text = "\n".join(parts)
    if slot == 0 or slot == len(paras) - 1:
        text += (
            f'\n<div class="inline-read"><b>{esc(lab["read_also"])}</b> '
            f'<a href="/news/{rng.randint(10**5, 10**6)}">{esc(inline)}</a></div>'
        )

    def card(t: str) -> str:
        return (
            f'<div class="card"><a href="/movie/{rng.randint(1000, 9999)}">'
            f'<img src="/posters/{rng.randint(1000, 9999)}.jpg" alt="">'
            f'<span class="card__title">{esc(t)}</span></a></div>'
        )

    top_cards = "\n".join(card(t) for t in page.cards(4))
    weekend = "\n".join(card(t) for t in page.cards(3))
    related = "\n".join(
        f'<li class="teaser"><a href="/news/{rng.randint(10**5, 10**6)}">{esc(h)}</a></li>'
        for h in page.headlines(rng.randint(4, 6))
    )
    menu = "".join(f'<a href="/{k}">{esc(m)}</a>' for k, m in enumerate(lab["menu"]))
    tags = "".join(
        f'<a class="tag" href="/tag/{k}">{esc(t)}</a>' for k, t in enumerate(page.tags())
    )
    style = (
        "<style>.cards{display:flex;gap:12px}.card{width:180px}.title{font-size:30px}"
        ".article__lead{font-weight:600}.inline-read{background:#f4f4f4;padding:8px}</style>"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{page.lang}">',
            head(page, style),
            '<body class="page-article">',
            f'<div class="cookie-banner" role="dialog"><p>{esc(lab["cookie"])}</p>'
            f'<button class="cookie-banner__ok">{esc(lab["accept"])}</button></div>',
            '<header class="header">',
            f'<h1 class="logo"><a href="/">{esc(page.site)}</a></h1>',
            f'<nav class="nav">{menu}</nav>',
            f'<div class="widget-weather">{esc(page.weather_city)} {page.temp:+d}°</div>',
            f'<div class="widget-rates">$ {page.usd:.1f} € {page.eur:.1f}</div>',
            "</header>",
            f'<section class="now-showing"><h3>{esc(lab["now_in_cinema"])}</h3>'
            f'<div class="cards">\n{top_cards}\n</div></section>',
            '<main class="content"><article class="article">',
            f'<nav class="crumbs"><a href="/">{esc(lab["home"])}</a> / '
            f'<a href="/news">{esc(lab["news"])}</a></nav>',
            f'<h2 class="title">{esc(item.title)}</h2>',
            f'<div class="article__meta"><time datetime="{page.stamp()}">'
            f"{page.date_text()} {page.time}</time> · <span>{page.views}</span></div>",
            f'<figure><img src="/img/{rng.randint(10**4, 10**5)}.jpg" alt="">'
            f"<figcaption>{esc(page.caption)}</figcaption></figure>",
            f'<p class="article__lead">{esc(paras[0])}</p>',
            f'<div class="article__text">\n{text}\n</div>',
            f'<div class="article__video"><h4>{esc(lab["video"])}</h4>'
            f'<iframe src="https://player.vimeo.com/video/{rng.randint(10**8, 10**9)}" '
            'width="640" height="360" allowfullscreen></iframe></div>',
            f'<div class="article__author">{esc(page.author)}</div>',
            f'<div class="article__tags">{tags}</div>',
            f'<div class="share-bar"><span>{esc(lab["share"])}</span>'
            '<a class="tg" href="#">Telegram</a><a class="wa" href="#">WhatsApp</a>'
            '<a class="fb" href="#">Facebook</a></div>',
            "</article>",
            f'<aside class="sidebar"><h3>{esc(lab["read_also"])}</h3><ul>\n{related}\n</ul>',
            f'<div class="ad-slot">{esc(lab["ad"])}</div></aside>',
            "</main>",
            f'<section class="weekend"><h3>{esc(lab["weekend"])}</h3>'
            f'<div class="cards">\n{weekend}\n</div></section>',
            f'<section class="comments"><h3>{esc(lab["comments"])} '
            f'<span class="count">{page.n_comments}</span></h3>'
            f"<p>{esc(lab['no_comments'] if page.n_comments == 0 else lab['login'])}</p></section>",
            f'<footer class="footer"><p>{esc(page.rights())}</p>'
            f"<p>{esc(lab['app'])}</p><p>{esc(lab['age'])}</p></footer>",
            '<script src="/assets/app.bundle.js" defer></script>',
            "</body>",
            "</html>",
        ]
    )


AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style>"
    "</noscript>\n"
    '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js">'
    "</script>\n"
    '<script async custom-element="amp-youtube" '
    'src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>\n'
    "<style amp-custom>.headline{font:700 28px Georgia,serif}.paragraph{margin:0 0 1em}"
    ".ticker span{margin-right:14px}</style>"
)


def render_amp(page: Page) -> str:
    """A business outlet in AMP: ticker, <amp-img>, <div class="paragraph"> blocks, ad slots."""
    item, lab, rng = page.item, page.lab, page.rng
    paras = page.paragraphs()
    slot = page.inline_slot()
    inline = page.headlines(1)[0]
    blocks: list[str] = []
    for i, para in enumerate(paras):
        blocks.append(f'<div class="paragraph">{esc(para)}</div>')
        if i == 0:
            blocks.append(
                f'<amp-img src="https://cdn.{page.domain}/i/{rng.randint(10**5, 10**6)}.jpg" '
                'width="1200" height="675" layout="responsive" alt=""></amp-img>'
                f'<p class="caption">{esc(page.caption)}</p>'
            )
        if i == slot:
            blocks.append(
                f'<aside class="read-also"><span>{esc(lab["read_also"])}:</span> '
                f'<a href="/news/{rng.randint(10**5, 10**6)}">{esc(inline)}</a></aside>'
            )
        if i < len(paras) - 1 and i % 2 == 1:
            blocks.append(
                '<div class="ad-slot"><amp-ad width="300" height="250" type="adsense" '
                f'data-ad-slot="{rng.randint(10**9, 10**10)}"></amp-ad></div>'
            )
    blocks.append(
        f'<amp-youtube data-videoid="v{rng.randint(10**6, 10**7)}" layout="responsive" '
        'width="480" height="270"></amp-youtube>'
    )
    related = "\n".join(
        f'<li><a href="/news/{rng.randint(10**5, 10**6)}">{esc(h)}</a></li>'
        for h in page.headlines(rng.randint(4, 6))
    )
    markets = "\n".join(f"<li>{esc(h)}</li>" for h in page.headlines(3))
    menu = "".join(f'<a href="/{k}">{esc(m)}</a>' for k, m in enumerate(lab["menu"]))
    tags = ", ".join(f'<a href="/tag/{k}">{esc(t)}</a>' for k, t in enumerate(page.tags()))
    tag = "h1" if rng.random() < 0.5 else "div"
    brent = rng.uniform(62, 84)
    kase = rng.uniform(5200, 7400)
    return "\n".join(
        [
            "<!doctype html>",
            f'<html amp lang="{page.lang}">',
            head(page, AMP_BOILERPLATE),
            "<body>",
            '<amp-user-notification id="cookie" layout="nodisplay">'
            f"<p>{esc(lab['cookie'])}</p>"
            f'<button on="tap:cookie.dismiss">{esc(lab["accept"])}</button>'
            "</amp-user-notification>",
            '<header class="site-header">',
            f'<a class="brand" href="/">{esc(page.site)}</a>',
            f'<nav class="menu">{menu}</nav>',
            '<div class="ticker">'
            f"<span>USD/KZT {page.usd:.2f}</span><span>EUR/KZT {page.eur:.2f}</span>"
            f"<span>RUB/KZT {page.rub:.2f}</span><span>Brent ${brent:.2f}</span>"
            f"<span>KASE {kase:,.2f}</span>"
            f"<span>{esc(page.weather_city)} {page.temp:+d}°C</span></div>",
            "</header>",
            f'<div class="breadcrumbs"><a href="/">{esc(lab["home"])}</a> › '
            f'<a href="/news">{esc(lab["news"])}</a></div>',
            "<article>",
            f'<{tag} class="headline">{esc(item.title)}</{tag}>',
            f'<div class="byline">{esc(lab["author"].format(page.author))} · '
            f'<time datetime="{page.stamp()}">{page.date_text()}, {page.time}</time> · '
            f"{page.views} {esc(lab['views'])}</div>",
            '<div class="article-body">',
            *blocks,
            "</div>",
            f'<div class="tags">{esc(lab["tags"])}: {tags}</div>',
            f'<div class="share">{esc(lab["share"])}: '
            '<amp-social-share type="telegram" width="32" height="32"></amp-social-share>'
            '<amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>'
            '<amp-social-share type="linkedin" width="32" height="32"></amp-social-share></div>',
            f'<div class="comments-count">{esc(lab["comments"])}: {page.n_comments}</div>',
            "</article>",
            f'<section class="related"><h2>{esc(lab["popular"])}</h2><ul>\n{related}\n</ul>'
            "</section>",
            f'<section class="markets"><h2>{esc(lab["more"])}</h2><ul>\n{markets}\n</ul></section>',
            f'<div class="newsletter"><p>{esc(lab["newsletter"])}</p>'
            f'<input type="email" placeholder="{attr(lab["email"])}"></div>',
            f"<footer><p>{esc(page.rights())}</p><p>{esc(lab['subscribe'])}</p></footer>",
            '<amp-analytics type="gtag" data-credentials="include"></amp-analytics>',
            "</body>",
            "</html>",
        ]
    )


def render_html(item: Item, rng: random.Random, layout: str) -> tuple[str, list[str]]:
    page = Page(item, rng, HTML_SITES[layout][item.language])
    render = {"state": render_state, "afisha": render_afisha, "amp": render_amp}[layout]
    return render(page) + "\n", page.junk


# ------------------------------------------------------------------------------------ build


def _kind(item: Item) -> str:
    if item.primary == "premiere":
        return "premiere"
    return "film" if item.primary else "none"


def shapes() -> dict[int, tuple[str, str | None]]:
    """Format and HTML layout of every story.

    Seeded shuffle, then a stable grouping by language and kind of story, then the formats
    cycle text/flat/html along that order, so every group gets every shape; HTML layouts
    cycle within each language.
    """
    order = list(range(len(BLIND8)))
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda i: (BLIND8[i].language, _kind(BLIND8[i])))
    shape: dict[int, tuple[str, str | None]] = {}
    n_html = {"ru": 0, "kk": 1, "en": 2}
    for pos, idx in enumerate(order):
        fmt = FORMATS[pos % len(FORMATS)]
        layout = None
        if fmt == "html":
            lang = BLIND8[idx].language
            layout = LAYOUTS[n_html[lang] % len(LAYOUTS)]
            n_html[lang] += 1
        shape[idx] = (fmt, layout)
    return shape


def records() -> list[dict[str, object]]:
    shape = shapes()
    out: list[dict[str, object]] = []
    for idx, item in enumerate(BLIND8):
        fmt, layout = shape[idx]
        rng = random.Random(f"blind8-{SEED}-{idx}")
        junk: list[str] = []
        if fmt == "text":
            content = f"{item.title}\n{item.body}\n"
        elif fmt == "flat":
            content, junk = render_flat(item, rng)
        else:
            assert layout is not None
            content, junk = render_html(item, rng, layout)
        prem = item.premiere
        out.append(
            {
                "id": f"blind8_{idx:03d}",
                "format": fmt,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": None
                if prem is None
                else {
                    "titles": list(prem.titles),
                    "date": prem.date,
                    "city": prem.city,
                    "venue": prem.venue,
                },
                "body": item.body,
                "junk": junk,
                "content": content,
            }
        )
    return out


QUOTED = re.compile(r"«([^»]+)»|'([^']+)'|\"([^\"]+)\"")


def check(recs: list[dict[str, object]]) -> None:
    """Junk never overlaps the story; text and flat pages keep every paragraph verbatim."""
    for rec in recs:
        body, content = str(rec["body"]), str(rec["content"])
        junk = rec["junk"]
        assert isinstance(junk, list)
        for j in junk:
            assert j not in body, (rec["id"], j)
            for m in QUOTED.finditer(j):
                name = next(g for g in m.groups() if g)
                assert name not in body, (rec["id"], name)
        if rec["format"] == "text":
            assert body in content, rec["id"]
        elif rec["format"] == "flat":
            for para in body.split("\n"):
                assert para in content.split("\n"), (rec["id"], para)
        else:
            for para in body.split("\n"):
                assert esc(para) in content, (rec["id"], para)


def main() -> None:
    recs = records()
    check(recs)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
