"""Render the blind set 11 stories as plain text, flattened pages and HTML pages.

Run ``python -m tests.data.build_blind11`` from the repository root to write
``tests/data/blind11.jsonl``. The output is deterministic: every random choice comes from
string-seeded generators.
"""

from __future__ import annotations

import dataclasses
import html
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.data.articles_blind11 import BLIND11
from tests.data.model import Item

OUT = Path(__file__).with_name("blind11.jsonl")
SEED = "blind11-order-950"  # chosen so that languages and classes spread evenly over formats
FORMATS = ("text", "flat", "html")

MONTHS: dict[str, list[str]] = {
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


@dataclasses.dataclass(frozen=True)
class Lang:
    """Site furniture in one language."""

    nav: list[str]
    headlines: list[str]
    rubrics: list[str]
    read_also: str
    ad: str
    subscribe: str
    typo: str
    photo: str
    views: str
    author: str
    authors: list[str]
    share: str
    tags: str
    tag_words: list[str]
    trending: str
    latest: str
    popular: str
    rights: str
    reprint: str
    cookie: str
    newsletter: str
    comments_title: str
    comments: list[str]
    comment_form: str
    footer_links: list[str]
    weather: list[str]
    search: str
    login: str
    more: str
    video: str
    schedule_title: str
    schedule: list[str]
    reactions: str
    low_vision: str
    license: str
    related: str
    urgent: str


RU = Lang(
    nav=[
        "Главная",
        "Новости",
        "Политика",
        "Экономика",
        "Общество",
        "Культура",
        "Спорт",
        "Происшествия",
        "Авто",
        "Мнения",
        "Видео",
        "Фото",
        "Спецпроекты",
    ],
    headlines=[
        "В Алматы ограничат движение грузовиков в часы пик",
        "Нацбанк сохранил базовую ставку на прежнем уровне",
        "В Шымкенте открыли детский сад на 320 мест",
        "Жителей Астаны предупредили о гололеде на тротуарах",
        "МВД: число интернет-мошенничеств снизилось на 12%",
        "В Караганде за лето отремонтируют 40 дворов",
        "Стоимость проезда в автобусах Павлодара может вырасти",
        "Казахстанские борцы завоевали три медали на турнире в Стамбуле",
        "Как получить налоговый вычет за лечение: разъяснения КГД",
        "Пять признаков того, что вам пора сменить работу",
        "В Астане открылся кинотеатр на девять залов",
        "Пять казахстанских фильмов, которые стоит пересмотреть зимой",
        "Сериал о девяностых стал самым популярным на стриминге",
        "Водителей предупредили о новых камерах на трассе Алматы — Капшагай",
        "В Актау задержали браконьеров с 300 кг осетрины",
        "Школьница из Семея победила на международной олимпиаде по физике",
        "Цены на бензин: что будет с АИ-92 весной",
        "Эксперты назвали самые дорогие районы для аренды жилья",
    ],
    rubrics=[
        "Пенсии",
        "Налоги 2026",
        "Погода",
        "Курс валют",
        "Кино",
        "ЖКХ",
        "Футбол",
        "Образование",
    ],
    read_also="Читайте также:",
    ad="Реклама",
    subscribe="Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости",
    typo="Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
    photo="Фото: пресс-служба",
    views="Просмотров",
    author="Автор",
    authors=["Дина Ахметова", "Руслан Ким", "Алина Сергеева", "Ерлан Нуриев"],
    share="Поделиться",
    tags="Теги",
    tag_words=["культура", "новости Казахстана", "общество", "афиша", "развлечения"],
    trending="В тренде:",
    latest="Последние новости",
    popular="Самое читаемое",
    rights="Все права защищены.",
    reprint="При полном или частичном использовании материалов гиперссылка на {domain}"
    " обязательна.",
    cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с"
    " политикой конфиденциальности.",
    newsletter="Получайте главные новости дня на почту",
    comments_title="Комментарии",
    comments=[
        "Обязательно схожу всей семьей!",
        "А в Таразе когда покажут?",
        "Опять все в Алматы, регионы как всегда забыли.",
        "Спасибо за новость, очень ждали.",
        "Лучше бы дороги отремонтировали.",
    ],
    comment_form="Оставить комментарий",
    footer_links=["О нас", "Контакты", "Реклама на сайте", "Политика конфиденциальности", "RSS"],
    weather=["Алматы +4 °C", "Астана −11 °C", "Шымкент +9 °C", "Караганда −6 °C"],
    search="Поиск по сайту",
    login="Войти",
    more="Показать еще",
    video="Смотрите видеосюжет нашего корреспондента",
    schedule_title="Телепрограмма на сегодня",
    schedule=[
        "07:00 Доброе утро, страна",
        "10:30 Ток-шоу «Своими словами»",
        "14:00 Новости",
        "18:20 Сериал «Соседи»",
        "20:00 Итоги дня",
    ],
    reactions="Ваша реакция на материал",
    low_vision="Версия для слабовидящих",
    license="Свидетельство о постановке на учет СМИ № 17842-СИ выдано Министерством информации",
    related="Материалы по теме",
    urgent="Срочно",
)

KK = Lang(
    nav=[
        "Басты бет",
        "Жаңалықтар",
        "Саясат",
        "Экономика",
        "Қоғам",
        "Мәдениет",
        "Спорт",
        "Оқиға",
        "Сұхбат",
        "Видео",
        "Фото",
        "Арнайы жоба",
    ],
    headlines=[
        "Алматыда жүк көліктерінің қозғалысы шектеледі",
        "Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды",
        "Шымкентте 320 орындық балабақша ашылды",
        "Астана тұрғындарын көктайғақтан сақтандырды",
        "Интернет-алаяқтық саны 12 пайызға азайды",
        "Қарағандыда жаз бойы 40 аула жөнделеді",
        "Павлодарда автобус жол ақысы қымбаттауы мүмкін",
        "Қазақстандық балуандар Ыстанбұлда үш медаль жеңіп алды",
        "Зейнетақы жинағын қалай тексеруге болады",
        "Қысқы демалыста көруге болатын бес қазақ фильмі",
        "Астанада тоғыз залды жаңа кинотеатр ашылды",
        "Ақтауда 300 келі бекіре балығын заңсыз алған браконьерлер ұсталды",
        "Семейлік оқушы физикадан халықаралық олимпиадада жеңді",
        "Жанармай бағасы: көктемде АИ-92 қанша тұрады",
    ],
    rubrics=["Зейнетақы", "Салық", "Ауа райы", "Валюта бағамы", "Кино", "Білім", "Футбол"],
    read_also="Оқи отырыңыз:",
    ad="Жарнама",
    subscribe="Telegram арнамызға жазылып, маңызды жаңалықтарды бірінші болып біліңіз",
    typo="Қате байқасаңыз, мәтінді белгілеп, Ctrl+Enter басыңыз",
    photo="Фото: баспасөз қызметі",
    views="Қаралым",
    author="Автор",
    authors=["Айгерім Сапарова", "Нұржан Бекұлы", "Мөлдір Қайратқызы"],
    share="Бөлісу",
    tags="Тегтер",
    tag_words=["мәдениет", "қоғам", "жаңалықтар", "афиша", "өнер"],
    trending="Көп оқылғандар:",
    latest="Соңғы жаңалықтар",
    popular="Танымал",
    rights="Барлық құқықтар қорғалған.",
    reprint="Материалдарды пайдаланған кезде {domain} сайтына гиперсілтеме міндетті.",
    cookie="Сайт cookie файлдарын пайдаланады. Сайтты қолдана отырып, құпиялылық саясатымен"
    " келісесіз.",
    newsletter="Күннің басты жаңалықтарын поштаңызға алыңыз",
    comments_title="Пікірлер",
    comments=[
        "Міндетті түрде барамын!",
        "Бізде, Атырауда, қашан көрсетеді?",
        "Керемет жаңалық, рахмет.",
        "Бағасы тым қымбат қой.",
    ],
    comment_form="Пікір қалдыру",
    footer_links=["Біз туралы", "Байланыс", "Жарнама", "Құпиялылық саясаты", "RSS"],
    weather=["Алматы +4 °C", "Астана −11 °C", "Шымкент +9 °C", "Ақтөбе −3 °C"],
    search="Сайттан іздеу",
    login="Кіру",
    more="Тағы көрсету",
    video="Тілшіміздің бейнесюжетін көріңіз",
    schedule_title="Бүгінгі телебағдарлама",
    schedule=[
        "07:00 Таңғы студия",
        "10:30 «Ашық әңгіме» ток-шоуы",
        "14:00 Жаңалықтар",
        "18:20 «Көршілер» телехикаясы",
        "20:00 Күн қорытындысы",
    ],
    reactions="Материалға қатысты пікіріңіз",
    low_vision="Нашар көретіндерге арналған нұсқа",
    license="БАҚ есепке қою туралы № 17842-СИ куәлігін Ақпарат министрлігі берген",
    related="Тақырыпқа қатысты",
    urgent="Шұғыл",
)

EN = Lang(
    nav=[
        "Home",
        "News",
        "Politics",
        "Business",
        "Society",
        "Culture",
        "Sports",
        "World",
        "Opinion",
        "Video",
        "Photo",
        "Special projects",
    ],
    headlines=[
        "Almaty to restrict truck traffic during rush hours",
        "National Bank keeps base rate unchanged",
        "New kindergarten for 320 children opens in Shymkent",
        "Astana residents warned of icy pavements",
        "Internet fraud cases down 12 percent, police say",
        "Karaganda to renovate 40 courtyards this summer",
        "Kazakh wrestlers win three medals at Istanbul tournament",
        "How to claim a tax deduction for medical expenses",
        "New nine-screen cinema opens in Astana",
        "Five Kazakh films to rewatch this winter",
        "Poachers detained in Aktau with 300 kg of sturgeon",
        "Semey schoolgirl wins international physics olympiad",
        "Petrol prices: what to expect this spring",
        "Kazakhstan, Uzbekistan agree on new border crossing",
    ],
    rubrics=["Pensions", "Taxes", "Weather", "Exchange rates", "Film", "Education", "Football"],
    read_also="Read also:",
    ad="Advertisement",
    subscribe="Follow us on Telegram to get the day's top stories first",
    typo="Spotted a mistake? Select the text and press Ctrl+Enter",
    photo="Photo: press service",
    views="Views",
    author="By",
    authors=["Dina Akhmetova", "Ruslan Kim", "Aliya Serikova"],
    share="Share",
    tags="Tags",
    tag_words=["culture", "Kazakhstan", "society", "what's on", "entertainment"],
    trending="Trending:",
    latest="Latest news",
    popular="Most read",
    rights="All rights reserved.",
    reprint="Republication is permitted only with a hyperlink to {domain}.",
    cookie="We use cookies to improve your experience. By continuing you accept our privacy"
    " policy.",
    newsletter="Get the day's top stories in your inbox",
    comments_title="Comments",
    comments=[
        "Can't wait to see it!",
        "Will it be shown in Pavlodar too?",
        "Tickets are way too expensive.",
        "Great news, thanks.",
    ],
    comment_form="Leave a comment",
    footer_links=["About us", "Contacts", "Advertise", "Privacy policy", "RSS"],
    weather=["Almaty +4 °C", "Astana −11 °C", "Shymkent +9 °C"],
    search="Search the site",
    login="Sign in",
    more="Load more",
    video="Watch our correspondent's report",
    schedule_title="Today's TV schedule",
    schedule=[
        "07:00 Good Morning Kazakhstan",
        '10:30 Talk show "In Our Own Words"',
        "14:00 News",
        '18:20 Series "Neighbours"',
        "20:00 Day in Review",
    ],
    reactions="Your reaction to this story",
    low_vision="Accessible version",
    license="Mass media registration certificate No. 17842-SI issued by the Ministry of"
    " Information",
    related="Related stories",
    urgent="Breaking",
)

LANGS: dict[str, Lang] = {"ru": RU, "kk": KK, "en": EN}


def furniture(item: Item) -> Lang:
    """The item's language furniture without list entries that occur in its own text."""
    text = f"{item.title}\n{item.body}"
    base = LANGS[item.language]
    changes: dict[str, list[str]] = {}
    for f in dataclasses.fields(base):
        value = getattr(base, f.name)
        if isinstance(value, list):
            changes[f.name] = [x for x in value if x not in text]
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


FLAT_SITES: dict[str, list[tuple[str, str]]] = {
    "ru": [
        ("Степной вестник", "stepvestnik.kz"),
        ("Город 24 — новости Казахстана", "gorod24.kz"),
        ("Сарыарка Ньюс", "saryarka-news.kz"),
    ],
    "kk": [("Дала жаршысы", "dalazharshy.kz"), ("Ақиқат Times", "akikat-times.kz")],
    "en": [("The Steppe Herald", "steppeherald.kz"), ("KazDaily Post", "kazdailypost.kz")],
}

AGENCY = {
    "ru": "Информационное агентство «Дала Пресс»",
    "kk": "«Дала Пресс» ақпараттық агенттігі",
    "en": "Dala Press Agency",
}
MAGAZINE_TAGLINE = {
    "ru": "Журнал о людях, экране и городе",
    "kk": "Адамдар, экран және қала туралы журнал",
    "en": "People, screen and the city",
}
READ_MIN = {"ru": "мин чтения", "kk": "минут оқу", "en": "min read"}
ON_AIR = {"ru": "Прямой эфир", "kk": "Тікелей эфир", "en": "Live now"}
TV = {"ru": "Телеканал «Шаһар TV»", "kk": "«Шаһар TV» телеарнасы", "en": "Shahar TV"}


class Junk:
    """Collects every piece of site text placed around or inside an article."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def __call__(self, text: str) -> str:
        if text not in self.items:
            self.items.append(text)
        return text

    def e(self, text: str) -> str:
        """Record text and return it escaped for an HTML text node."""
        return esc(self(text))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def human_date(lang: str, iso: str, capital: bool = False) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    name = MONTHS[lang][month - 1]
    if capital:
        name = name.capitalize()
    if lang == "en":
        return f"{day} {name} {year}"
    if lang == "kk":
        return f"{year} жылғы {day} {name}"
    return f"{day} {name} {year}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 22):02d}:{rng.choice([0, 5, 12, 20, 34, 41, 48, 55]):02d}"


def pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    return rng.sample(pool, min(k, len(pool)))


def slug(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}"


# ---------------------------------------------------------------------------------- text


def render_text(item: Item) -> str:
    return f"{item.title}\n{item.body}\n"


# ---------------------------------------------------------------------------------- flat


def render_flat(item: Item, rng: random.Random, j: Junk, variant: int) -> str:
    t = furniture(item)
    sites = FLAT_SITES[item.language]
    name, domain = sites[variant % len(sites)]
    paras = item.body.split("\n")
    lines: list[str] = []
    if rng.random() < 0.6:
        lines.append(f"{item.title} - {j(name)}")
    else:
        lines.append(j(name))
    if rng.random() < 0.7:
        for cur in (
            f"$ {rng.randint(490, 520)}.{rng.randint(10, 99)}",
            f"€ {rng.randint(570, 610)}.{rng.randint(10, 99)}",
        ):
            lines.append(f"  • {j(cur)}")
    lines.append(j(rng.choice(t.weather)))
    lines.append(j(human_date(item.language, item.published, capital=True)))
    nav = pick(rng, t.nav, rng.randint(5, 9))
    if rng.random() < 0.5:
        lines.extend(f"  • {j(x)}" for x in nav)
    else:
        lines.append(" | ".join(j(x) for x in nav))
    lines.append(j(t.search))
    lines.append(j(t.login))
    if rng.random() < 0.5:
        lines.append("")
        lines.append(f"{j(t.urgent)}: {j(rng.choice(t.headlines))}")
    lines.append("")
    lines.append(item.title)
    if rng.random() < 0.4:
        lines.append("")
        lines.append(item.title)
    lines.append("")
    meta = [
        j(f"{human_date(item.language, item.published)}, {clock(rng)}"),
        j(f"{t.views}: {rng.randint(120, 48000):,}".replace(",", " ")),
    ]
    if rng.random() < 0.5:
        meta.append(j(f"{t.author}: {rng.choice(t.authors)}"))
    lines.extend(f"  • {m}" for m in meta)
    lines.append(j(rng.choice([t.photo, f"{t.photo.split(':')[0]}: {domain}"])))
    lines.append("")
    headlines = pick(rng, t.headlines, 12)
    inserts = [
        f"{t.read_also} {headlines[0]}",
        t.ad,
        t.subscribe,
        f"{t.read_also} {headlines[1]}",
    ]
    slots = sorted(rng.sample(range(1, len(paras)), min(len(paras) - 1, rng.randint(1, 3))))
    for i, para in enumerate(paras):
        if i in slots:
            lines.append(j(inserts[slots.index(i)]))
            if rng.random() < 0.5:
                lines.append("")
        lines.append(para)
        if rng.random() < 0.35:
            lines.append("")
    lines.append("")
    lines.append(j(t.typo))
    lines.append(f"{j(t.tags)}: " + ", ".join(j(x) for x in pick(rng, t.tag_words, 3)))
    lines.append(f"{j(t.share)}: Facebook  WhatsApp  Telegram  VK")
    j("Facebook  WhatsApp  Telegram  VK")
    lines.append("")
    if rng.random() < 0.5:
        lines.append(j(t.trending))
        lines.append("")
        for rub, head in zip(pick(rng, t.rubrics, 5), headlines[2:7], strict=False):
            lines.append(j(rub))
            lines.append("")
            lines.append(j(head))
            lines.append("")
    else:
        lines.append(j(t.latest))
        for head in headlines[2:8]:
            lines.append(f"{clock(rng)} {j(head)}")
            j(head)
    lines.append("")
    lines.append(j(f"© 2015–2026 {name}. {t.rights}"))
    lines.append(j(t.reprint.format(domain=domain)))
    lines.append(" ".join(j(x) for x in t.footer_links))
    lines.append(j("18+"))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------- html


def _paragraphs(item: Item) -> list[str]:
    return item.body.split("\n")


def layout_agency(item: Item, rng: random.Random, j: Junk) -> str:
    """A news agency: dense header, ticker, h1, dateline, feed sidebar, licence footer."""
    lang = item.language
    t = furniture(item)
    brand = AGENCY[lang]
    paras = _paragraphs(item)
    heads = pick(rng, t.headlines, 12)
    uid = slug(rng)
    desc = paras[0][:150].rsplit(" ", 1)[0] + "…"
    stamp = f"{item.published}T{clock(rng)}:00+05:00"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": item.title,
            "datePublished": stamp,
            "inLanguage": lang,
            "publisher": {"@type": "Organization", "name": brand},
        },
        ensure_ascii=False,
    )
    out: list[str] = []
    a = out.append
    a("<!DOCTYPE html>")
    a(f'<html lang="{lang}">')
    a("<head>")
    a('<meta charset="utf-8">')
    a(f"<title>{esc(item.title)} | {j.e(brand)}</title>")
    a(f'<meta name="description" content="{attr(desc)}">')
    a(f'<meta property="og:title" content="{attr(item.title)}">')
    a('<meta property="og:type" content="article">')
    a(f'<meta property="article:published_time" content="{stamp}">')
    a(f'<link rel="canonical" href="https://dalapress.kz/{lang}/news/{uid}">')
    a('<link rel="stylesheet" href="/static/css/main.4f2a91.css">')
    a(f'<script type="application/ld+json">{ld}</script>')
    a("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'section':'news'});</script>")
    a('<script async src="https://www.googletagmanager.com/gtag/js?id=G-DP0000"></script>')
    a("</head>")
    a('<body class="page-news">')
    a('<div class="topline">')
    a(f'<span class="topline__date">{j.e(human_date(lang, item.published))}</span>')
    a('<ul class="topline__rates">')
    for cur in (
        f"USD {rng.randint(490, 520)}.{rng.randint(10, 99)}",
        f"EUR {rng.randint(570, 610)}.{rng.randint(10, 99)}",
        f"RUB {rng.randint(5, 6)}.{rng.randint(10, 99)}",
    ):
        a(f"<li>{j.e(cur)}</li>")
    a("</ul>")
    a(f'<div class="topline__lang" data-switch="kk,ru,en">{j.e("Қаз | Рус | Eng")}</div>')
    a("</div>")
    a('<header class="header">')
    a(f'<a class="logo" href="/{lang}/"><img src="/static/img/logo.svg" alt="{attr(brand)}"></a>')
    a('<nav class="menu"><ul>')
    for x in t.nav[:10]:
        a(f'<li><a href="/{lang}/rubric/">{j.e(x)}</a></li>')
    a("</ul></nav>")
    a(
        f'<form class="search"><label for="q">{j.e(t.search)}</label>'
        '<input id="q" type="search" name="q"></form>'
    )
    a("</header>")
    a('<div class="ticker">')
    a(f"<b>{j.e(t.urgent)}:</b>")
    a(f'<marquee scrollamount="4">{j.e(heads[0])} • {j.e(heads[1])}</marquee>')
    a("</div>")
    a('<div class="container"><main class="content">')
    a('<ol class="breadcrumbs">')
    a(f'<li><a href="/{lang}/">{j.e(t.nav[0])}</a></li>')
    a(f'<li><a href="/{lang}/rubric/">{j.e(t.nav[5])}</a></li>')
    a("</ol>")
    a(f'<article class="news" itemscope itemtype="https://schema.org/NewsArticle" id="n{uid}">')
    a(f'<h1 class="news__title" itemprop="headline">{esc(item.title)}</h1>')
    a(
        f'<div class="news__meta"><time datetime="{stamp}">{j.e(stamp[11:16])}</time>, '
        f"{j.e(human_date(lang, item.published))} "
        f'<span class="views">{j.e(f"{t.views}: {rng.randint(300, 9000)}")}</span></div>'
    )
    a('<figure class="news__photo"><img src="/upload/iblock/' + uid + '.jpg" alt="">')
    a(f"<figcaption>{j.e(t.photo)}</figcaption></figure>")
    a('<div class="news__body" itemprop="articleBody">')
    city = {"ru": "АСТАНА", "kk": "АСТАНА", "en": "ASTANA"}[lang]
    a(f'<span class="dateline">{j.e(f"{city}. DALAPRESS —")}</span>')
    for i, p in enumerate(paras):
        cls = ' class="lead"' if i == 0 else ""
        a(f"<p{cls}>{esc(p)}</p>")
        if i == 1 and len(paras) > 3:
            a('<aside class="inline-related">')
            a(
                f"<span>{j.e(t.read_also)}</span> "
                f'<a href="/{lang}/news/{slug(rng)}">{j.e(heads[2])}</a>'
            )
            a("</aside>")
        if i == len(paras) - 2 and rng.random() < 0.6:
            a(
                f'<div class="adfox" id="adfox_{uid}" data-label="{attr(t.ad)}">'
                f"<small>{j.e(t.ad)}</small></div>"
            )
    a("</div>")
    a(
        f'<div class="news__tags">{j.e(t.tags)}: '
        + " ".join(f'<a href="/{lang}/tag/">#{j.e(x)}</a>' for x in pick(rng, t.tag_words, 3))
        + "</div>"
    )
    a(
        f'<div class="share"><span>{j.e(t.share)}</span> <a class="tg" href="#">Telegram</a> '
        '<a class="wa" href="#">WhatsApp</a> <a class="fb" href="#">Facebook</a></div>'
    )
    a(f'<p class="typo-hint">{j.e(t.typo)}</p>')
    a("</article>")
    a('<section class="related">')
    a(f"<h3>{j.e(t.related)}</h3><ul>")
    for h in heads[3:6]:
        a(f'<li><a href="/{lang}/news/{slug(rng)}">{j.e(h)}</a></li>')
    a("</ul></section>")
    a("</main>")
    a('<aside class="sidebar">')
    a(f'<div class="feed"><h3>{j.e(t.latest)}</h3>')
    for h in heads[6:12]:
        a(
            f'<div class="feed__item"><span class="feed__time">{clock(rng)}</span> '
            f'<a href="/{lang}/news/{slug(rng)}">{j.e(h)}</a></div>'
        )
    a(f'<a class="feed__more" href="/{lang}/news/">{j.e(t.more)}</a></div>')
    a(f'<div class="banner-240"><small>{j.e(t.ad)}</small></div>')
    a("</aside></div>")
    a('<footer class="footer">')
    a("<ul>" + "".join(f'<li><a href="#">{j.e(x)}</a></li>' for x in t.footer_links) + "</ul>")
    a(f"<p>{j.e(f'© 2026 {brand}. {t.rights}')}</p>")
    a(f"<p>{j.e(t.reprint.format(domain='dalapress.kz'))}</p>")
    a(f"<p>{j.e(t.license)}</p>")
    a("</footer>")
    a('<script src="/static/js/app.4f2a91.js" defer></script>')
    a("</body>")
    a("</html>")
    return "\n".join(out) + "\n"


def layout_magazine(item: Item, rng: random.Random, j: Junk) -> str:
    """A lifestyle magazine: logo in h1, headline in a hero div, embeds, reactions, comments."""
    lang = item.language
    t = furniture(item)
    paras = _paragraphs(item)
    heads = pick(rng, t.headlines, 9)
    cards = heads[:3]
    uid = slug(rng)
    out: list[str] = []
    a = out.append
    a("<!doctype html>")
    a(f'<html lang="{lang}" data-theme="light">')
    a("<head>")
    a('<meta charset="UTF-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"<title>{esc(item.title)} — Zhuldyz Life</title>")
    a(f'<meta property="og:title" content="{attr(item.title)}">')
    a(f'<meta property="og:image" content="https://cdn.zhuldyzlife.kz/covers/{uid}.webp">')
    a('<meta name="twitter:card" content="summary_large_image">')
    a(
        "<style>.hero{position:relative}.hero__title{font:700 44px/1.1 Inter}"
        ".rich-text p{margin:0 0 1em}.reactions button{border-radius:50%}</style>"
    )
    a(
        "<script>!function(w,d){w.ym=w.ym||function(){(w.ym.a=w.ym.a||[]).push(arguments)};"
        "}(window,document);ym(90011223,'init',{webvisor:true});</script>"
    )
    a("</head>")
    a("<body>")
    a(
        f'<div class="cookie-bar" role="dialog"><p>{j.e(t.cookie)}</p>'
        '<button type="button">OK</button></div>'
    )
    a('<div class="site-header">')
    a('<h1 class="logo"><a href="/">Zhuldyz Life</a></h1>')
    j("Zhuldyz Life")
    a(f'<p class="tagline">{j.e(MAGAZINE_TAGLINE[lang])}</p>')
    a('<div class="burger" aria-label="menu"><span></span><span></span><span></span></div>')
    a('<ul class="site-menu">')
    for x in pick(rng, t.nav, 6):
        a(f'<li class="site-menu__item"><a href="/{lang}/c/">{j.e(x)}</a></li>')
    a("</ul>")
    a("</div>")
    a('<section class="hero" style="background-image:url(/covers/' + uid + '.webp)">')
    a(f'<a class="hero__rubric" href="/{lang}/c/">{j.e(t.nav[5])}</a>')
    a(f'<div class="hero__title" role="heading" aria-level="1">{esc(item.title)}</div>')
    read = f"{rng.randint(2, 5)} {READ_MIN[lang]}"
    a(
        f'<div class="hero__meta"><span class="author">{j.e(rng.choice(t.authors))}</span> · '
        f'<span class="date" data-ts="{item.published}">{j.e(human_date(lang, item.published))}'
        f'</span> · <span class="read-time">{j.e(read)}</span></div>'
    )
    a("</section>")
    a('<div class="layout"><div class="rich-text" data-block="article">')
    for i, p in enumerate(paras):
        tag = 'p class="lead"' if i == 0 else "p"
        a(f"<{tag}>{esc(p)}</{tag.split()[0]}>")
        if i == 0:
            a('<div class="embed embed--instagram">')
            a(
                '<blockquote class="instagram-media" data-instgrm-permalink='
                f'"https://www.instagram.com/p/C{uid}/">'
            )
            insta = {
                "ru": "Посмотреть эту публикацию в Instagram",
                "kk": "Бұл жазбаны Instagram-да қарау",
                "en": "View this post on Instagram",
            }[lang]
            a(f'<a href="https://www.instagram.com/p/C{uid}/">{j.e(insta)}</a>')
            a("</blockquote>")
            a('<script async src="//www.instagram.com/embed.js"></script>')
            a("</div>")
        if i == 2 and len(paras) > 3:
            a('<div class="card card--inline">')
            a(f'<span class="card__label">{j.e(t.read_also)}</span>')
            a(f'<a class="card__title" href="/{lang}/a/{slug(rng)}">{j.e(cards[0])}</a>')
            a("</div>")
    a("</div>")
    a(
        '<div class="ad-slot ad-slot--300"><ins class="adsbygoogle" data-ad-slot="7731"></ins>'
        f"<span>{j.e(t.ad)} · 18+</span></div>"
    )
    a("</div>")
    a('<div class="reactions">')
    a(f"<p>{j.e(t.reactions)}</p>")
    for emo, n in (
        ("😍", rng.randint(3, 90)),
        ("😂", rng.randint(0, 40)),
        ("😡", rng.randint(0, 9)),
    ):
        a(f'<button data-r="{emo}">{emo} <b>{n}</b></button>')
    a("</div>")
    a('<section class="you-may-like">')
    like = {"ru": "Вам может понравиться", "kk": "Сізге ұнауы мүмкін", "en": "You may also like"}
    a(f"<h2>{j.e(like[lang])}</h2>")
    a('<div class="grid">')
    for h in cards[1:] + heads[3:5]:
        a(
            f'<a class="tile" href="/{lang}/a/{slug(rng)}"><img loading="lazy" src="/t/{slug(rng)}'
            f'.webp" alt=""><span class="tile__title">{j.e(h)}</span></a>'
        )
    a("</div></section>")
    a('<section class="comments" id="comments">')
    a(f"<h2>{j.e(t.comments_title)} <sup>{rng.randint(2, 4)}</sup></h2>")
    for c in pick(rng, t.comments, rng.randint(2, 3)):
        nick = rng.choice(["aigul_88", "Timur K.", "steppe_cat", "Dana", "Ерка"])
        a(
            f'<div class="comment"><b class="comment__nick">{j.e(nick)}</b>'
            f'<p class="comment__text">{j.e(c)}</p></div>'
        )
    a(
        f'<form class="comment-form"><label>{j.e(t.comment_form)}</label>'
        '<textarea name="text" rows="3"></textarea><button type="submit">→</button></form>'
    )
    a("</section>")
    a('<section class="newsletter">')
    a(f"<h3>{j.e(t.newsletter)}</h3>")
    a('<form><input type="email" placeholder="e-mail"><button>OK</button></form>')
    a("</section>")
    a('<footer class="site-footer">')
    a(f'<div class="site-footer__brand">Zhuldyz Life · {j.e(MAGAZINE_TAGLINE[lang])}</div>')
    a(
        '<nav class="site-footer__nav">'
        + " · ".join(f'<a href="/{lang}/p/">{j.e(x)}</a>' for x in t.footer_links)
        + "</nav>"
    )
    a(f'<div class="copyright">{j.e(f"© Zhuldyz Life, 2019–2026. {t.rights}")}</div>')
    a("</footer>")
    a('<script src="https://cdn.zhuldyzlife.kz/bundle.min.js" async></script>')
    a("</body>")
    a("</html>")
    return "\n".join(out) + "\n"


def layout_tv(item: Item, rng: random.Random, j: Junk) -> str:
    """An old TV channel site: tables, h2 headline, <br>-separated text, player, schedule."""
    lang = item.language
    t = furniture(item)
    brand = TV[lang]
    paras = _paragraphs(item)
    heads = pick(rng, t.headlines, 8)
    uid = slug(rng)
    out: list[str] = []
    a = out.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    a("<html>")
    a("<head>")
    a('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    a(f"<title>{esc(item.title)} :: {j.e(brand)}</title>")
    a(f'<meta name="keywords" content="{attr(", ".join(t.tag_words))}">')
    a('<link href="/css/style.css?v=3" rel="stylesheet" type="text/css">')
    a('<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>')
    a('<script type="text/javascript">$(function(){$(".tabs li").click(function(){});});</script>')
    a("</head>")
    a('<body bgcolor="#f2f2f2">')
    a(f'<div class="lowvision"><a href="?special=1">{j.e(t.low_vision)}</a></div>')
    a('<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">')
    a('<tr><td colspan="2" class="top">')
    a(f'<img src="/img/logo_shahar.png" alt="{attr(brand)}" width="220" height="60">')
    a(f'<span class="onair">{j.e(ON_AIR[lang])}</span>')
    a("</td></tr>")
    a('<tr><td colspan="2" class="menu">')
    a(" | ".join(f'<a href="/{lang}/{k}/">{j.e(x)}</a>' for k, x in enumerate(pick(rng, t.nav, 8))))
    a("</td></tr>")
    a("<tr>")
    a('<td valign="top" width="690" class="main">')
    a(
        f'<div class="path"><a href="/">{j.e(t.nav[0])}</a> &raquo; '
        f'<a href="/{lang}/news/">{j.e(t.nav[1])}</a></div>'
    )
    a(f'<h2 class="news-title">{esc(item.title)}</h2>')
    dotted = f"{item.published[8:10]}.{item.published[5:7]}.{item.published[:4]}"
    a(f'<div class="news-date">{j.e(f"{dotted} {clock(rng)}")}</div>')
    a('<div class="player">')
    a(
        f'<iframe width="640" height="360" src="https://video.shahar-tv.kz/embed/{uid}" '
        'frameborder="0" allowfullscreen></iframe>'
    )
    a(f'<div class="player-caption">{j.e(t.video)}</div>')
    a("</div>")
    a('<div class="text">')
    for i, p in enumerate(paras):
        a(esc(p))
        if i < len(paras) - 1:
            a("<br><br>")
        if i == 0 and len(paras) > 2:
            a(
                f'<div class="inline-banner"><a href="/{lang}/news/{slug(rng)}">'
                f"{j.e(t.read_also)} {j.e(heads[0])}</a></div>"
            )
    a("</div>")
    a(
        f'<div class="social">{j.e(t.share)}: '
        '<a href="#"><img src="/img/tg.gif" alt="Telegram"></a> '
        '<a href="#"><img src="/img/wa.gif" alt="WhatsApp"></a> '
        '<a href="#"><img src="/img/ig.gif" alt="Instagram"></a></div>'
    )
    a(
        f'<table class="other-news" width="100%"><tr><td colspan="2"><b>{j.e(t.latest)}</b>'
        "</td></tr>"
    )
    for h in heads[1:5]:
        a(
            f'<tr><td width="60" class="t">{clock(rng)}</td>'
            f'<td><a href="/{lang}/news/{slug(rng)}">{j.e(h)}</a></td></tr>'
        )
    a("</table>")
    a("</td>")
    a('<td valign="top" width="310" class="right">')
    a(f'<div class="block"><div class="block-title">{j.e(t.schedule_title)}</div><ul>')
    for s in t.schedule:
        a(f"<li>{j.e(s)}</li>")
    a("</ul></div>")
    a(f'<div class="block weather">{j.e(rng.choice(t.weather))}</div>')
    a(f'<div class="block"><div class="block-title">{j.e(t.popular)}</div>')
    for h in heads[5:8]:
        a(f'<p><a href="/{lang}/news/{slug(rng)}">{j.e(h)}</a></p>')
    a("</div>")
    a(
        f'<div class="block banner"><font size="1" color="#999">{j.e(t.ad)}</font>'
        '<img src="/banners/240x400.gif" width="240" height="400" alt=""></div>'
    )
    a("</td></tr>")
    a('<tr><td colspan="2" class="bottom">')
    a(f"{j.e(f'© {brand}, 2008–2026. {t.rights}')}<br>")
    a(f"{j.e(t.license)}<br>")
    a(f"{j.e(t.reprint.format(domain='shahar-tv.kz'))}")
    a(
        '<br><!--LiveInternet counter--><a href="//www.liveinternet.ru/click">'
        '<img src="//counter.yadro.ru/hit?t44.1" width="31" height="31" alt=""></a>'
        "<!--/LiveInternet-->"
    )
    a("</td></tr>")
    a("</table>")
    a("</body>")
    a("</html>")
    return "\n".join(out) + "\n"


LAYOUTS: list[Callable[[Item, random.Random, Junk], str]] = [
    layout_agency,
    layout_magazine,
    layout_tv,
]


# ---------------------------------------------------------------------------------- build


def _premiere(item: Item) -> dict[str, Any] | None:
    if item.premiere is None:
        return None
    p = item.premiere
    return {"titles": list(p.titles), "date": p.date, "city": p.city, "venue": p.venue}


def _check(item: Item, content: str, fmt: str, junk: list[str]) -> None:
    for para in item.body.split("\n"):
        if fmt == "html":
            assert esc(para) in content, para
        elif fmt == "flat":
            assert para in content.split("\n"), para
        else:
            assert para in content, para
    for piece in junk:
        assert piece not in item.body and piece not in item.title, piece


def build() -> list[dict[str, Any]]:
    order = list(range(len(BLIND11)))
    random.Random(SEED).shuffle(order)
    records: list[dict[str, Any]] = []
    flat_n = 0
    html_n = 0
    for pos, idx in enumerate(order):
        item = BLIND11[idx]
        fmt = FORMATS[pos % 3]
        rid = f"blind11_{pos:03d}"
        rng = random.Random(f"blind11-render-{rid}")
        j = Junk()
        if fmt == "text":
            content = render_text(item)
        elif fmt == "flat":
            content = render_flat(item, rng, j, flat_n)
            flat_n += 1
        else:
            content = LAYOUTS[html_n % len(LAYOUTS)](item, rng, j)
            html_n += 1
        _check(item, content, fmt, j.items)
        records.append(
            {
                "id": rid,
                "format": fmt,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": _premiere(item),
                "body": item.body,
                "junk": j.items,
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
