"""Build ``tests/data/blind12.jsonl`` from the hand-written stories in ``articles_blind12``.

Each story is rendered as plain text, as a flattened scraped page, or as a complete HTML page in
one of three invented site layouts. Everything is seeded, so the output is byte-identical between
runs. Run from the repository root: ``python -m tests.data.build_blind12``.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path
from typing import Any

from tests.data.articles_blind12 import BLIND12
from tests.data.model import Item

OUT = Path(__file__).with_name("blind12.jsonl")
SEED = 1212
FORMATS = ("text", "flat", "html")

MONTHS_RU = [
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
]
MONTHS_KK = [
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
]
MONTHS_EN = [
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
]

HEADLINES: dict[str, list[str]] = {
    "ru": [
        "Премьер-министр провёл совещание по подготовке к паводкам",
        "Премьера спектакля «Кыз Жибек» прошла в Таразе с аншлагом",
        "В Алматы ограничат движение по проспекту Абая на выходных",
        "Курс тенге: доллар подешевел на открытии торгов",
        "В Шымкенте открыли новый парк на 12 гектаров",
        "Казгидромет: в выходные ожидается резкое потепление",
        "Как получить налоговый вычет за обучение: инструкция",
        "Казахстанский боксёр завоевал золото чемпионата Азии",
        "В Астане построят третий мост через Ишим",
        "Пенсии и пособия в 2026 году: что изменится",
        "Эксперты назвали самые дорогие районы Алматы для аренды жилья",
        "В Караганде задержали мошенников, продававших фальшивые билеты на концерты",
        "Новый трейлер голливудского блокбастера побил рекорд просмотров",
        "Кинотеатры страны объявили «ночь кино» со скидками",
        "В Актобе прошёл фестиваль уличной еды",
        "Зимние шины: когда менять и сколько стоят",
        "МРП в 2026 году: размер штрафов вырос",
        "Школьники из Павлодара выиграли олимпиаду по робототехнике",
        "В Усть-Каменогорске отремонтируют 40 дворов",
        "Сборная Казахстана по футзалу вышла в финал турнира",
        "Цены на бензин: что происходит на АЗС",
        "Премьера нового сезона шоу «Голос степи» состоится в воскресенье",
        "В Атырау открылся первый в регионе планетарий",
        "Землетрясение магнитудой 4,1 зафиксировали в 180 км от Алматы",
        "Названы лучшие вузы страны по версии работодателей",
    ],
    "kk": [
        "Премьер-министр көктемгі су тасқынына дайындықты тексерді",
        "Алматыда Абай даңғылында жол жөндеу жұмыстары басталады",
        "Теңге бағамы: доллар арзандады",
        "Шымкентте жаңа саябақ ашылды",
        "«Қазгидромет»: демалыс күндері күн жылынады",
        "Зейнетақы мен жәрдемақы: 2026 жылы не өзгереді",
        "Ақтөбелік оқушылар робототехникадан жеңімпаз атанды",
        "Драма театрында «Қыз Жібек» спектаклінің премьерасы өтті",
        "Жаңа сериалдың түсірілімі Маңғыстауда басталды",
        "Астанада Есіл өзені арқылы жаңа көпір салынады",
        "Жанармай бағасы: АЖС-да не болып жатыр",
        "Қазақстандық боксшы Азия чемпионатында алтын алды",
        "Таразда көше тағамдары фестивалі өтті",
        "Биыл егіс алқабы 300 мың гектарға кеңейеді",
        "Атырауда облыстағы алғашқы планетарий ашылды",
    ],
    "en": [
        "Prime Minister reviews flood preparedness in northern regions",
        "Tenge strengthens against the dollar at morning trading",
        "Almaty to close part of Abai Avenue for repairs this weekend",
        "New 12-hectare park opens in Shymkent",
        "Kazhydromet forecasts warm weekend across the south",
        "Pension changes in 2026: what you need to know",
        "Aktobe students win regional robotics contest",
        "Taraz drama theatre stages sold-out premiere of Kyz Zhibek",
        "Hollywood trailer breaks viewing record in Kazakhstan",
        "Astana to build new bridge over Yesil River",
        "Fuel prices: what is happening at filling stations",
        "Kazakh boxer takes gold at Asian championship",
        "Atyrau opens region's first planetarium",
        "Grain exports reach five-year high",
        "Airline adds direct route from Almaty to Seoul",
    ],
}

TEXT: dict[str, dict[str, Any]] = {
    "ru": {
        "menu": [
            "Главная",
            "Новости",
            "Политика",
            "Экономика",
            "Общество",
            "Культура",
            "Спорт",
            "Происшествия",
            "Мнения",
            "Видео",
        ],
        "ad": "Реклама",
        "read_also": "Читайте также:",
        "telegram": "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "typo": "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
        "copy": "Любое использование материалов допускается только при наличии гиперссылки на",
        "photos": ["Фото: пресс-служба", "Фото: архив редакции", "Фото: из открытых источников"],
        "comments": "Комментарии",
        "login": "Войдите, чтобы оставить комментарий",
        "share": "Поделиться:",
        "popular": "Самое читаемое",
        "partners": "Новости партнёров",
        "main": "Главное за день",
        "rights": "Все права защищены.",
        "views": "просмотров",
        "more": "Ещё по теме",
        "subscribe": "Подписаться на рассылку",
        "email": "Ваш e-mail",
        "cookies": "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "ok": "Понятно",
        "search": "Поиск по сайту",
        "tags": "Теги:",
        "author": "Автор:",
        "weather": "Алматы",
        "reactions": "Как вам новость?",
        "min": "мин чтения",
        "archive": "Архив",
        "contacts": "Контакты",
        "about": "О редакции",
        "eye": "Версия для слабовидящих",
        "founder": "Учредитель: ТОО «Медиа-холдинг Өңір». Свидетельство о постановке на учёт",
        "calendar": "Календарь новостей",
        "other_news": "Другие новости",
        "tg_embed": "Пост из Telegram-канала редакции",
    },
    "kk": {
        "menu": [
            "Басты бет",
            "Жаңалықтар",
            "Саясат",
            "Экономика",
            "Қоғам",
            "Мәдениет",
            "Спорт",
            "Оқиға",
            "Сұхбат",
            "Мультимедиа",
        ],
        "ad": "Жарнама",
        "read_also": "Сондай-ақ оқыңыз:",
        "telegram": "Telegram арнамызға жазылып, жаңалықтарды бірінші біліңіз!",
        "typo": "Қате таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз",
        "copy": "Материалды пайдаланғанда гиперсілтеме міндетті:",
        "photos": ["Фото: баспасөз қызметі", "Фото: редакция мұрағаты", "Фото: ашық дереккөз"],
        "comments": "Пікірлер",
        "login": "Пікір қалдыру үшін кіріңіз",
        "share": "Бөлісу:",
        "popular": "Көп оқылғандар",
        "partners": "Серіктестер жаңалықтары",
        "main": "Күннің басты жаңалықтары",
        "rights": "Барлық құқықтар қорғалған.",
        "views": "қаралым",
        "more": "Тақырыпқа қатысты",
        "subscribe": "Жаңалықтарға жазылу",
        "email": "E-mail мекенжайыңыз",
        "cookies": "Сайт дұрыс жұмыс істеуі үшін cookie файлдарын қолданамыз.",
        "ok": "Түсінікті",
        "search": "Сайттан іздеу",
        "tags": "Тегтер:",
        "author": "Авторы:",
        "weather": "Астана",
        "reactions": "Жаңалық ұнады ма?",
        "min": "минут оқу",
        "archive": "Мұрағат",
        "contacts": "Байланыс",
        "about": "Редакция туралы",
        "eye": "Нашар көретіндерге арналған нұсқа",
        "founder": "Құрылтайшы: «Өңір» медиа-холдингі» ЖШС. Есепке қою туралы куәлік",
        "calendar": "Жаңалықтар күнтізбесі",
        "other_news": "Басқа жаңалықтар",
        "tg_embed": "Редакцияның Telegram арнасынан",
    },
    "en": {
        "menu": [
            "Home",
            "News",
            "Politics",
            "Business",
            "Society",
            "Culture",
            "Sport",
            "World",
            "Opinion",
            "Multimedia",
        ],
        "ad": "Advertisement",
        "read_also": "Read also:",
        "telegram": "Follow us on Telegram for the latest news from Kazakhstan",
        "typo": "Found a typo? Select it and press Ctrl+Enter",
        "copy": "Reproduction is permitted only with an active hyperlink to",
        "photos": ["Photo: press service", "Photo: file photo", "Photo: open sources"],
        "comments": "Comments",
        "login": "Log in to leave a comment",
        "share": "Share:",
        "popular": "Most read",
        "partners": "Partner news",
        "main": "Top stories",
        "rights": "All rights reserved.",
        "views": "views",
        "more": "Related stories",
        "subscribe": "Subscribe to our newsletter",
        "email": "Your e-mail",
        "cookies": "We use cookies to make this website work better.",
        "ok": "Got it",
        "search": "Search the site",
        "tags": "Tags:",
        "author": "By",
        "weather": "Astana",
        "reactions": "How do you feel about this story?",
        "min": "min read",
        "archive": "Archive",
        "contacts": "Contacts",
        "about": "About us",
        "eye": "Accessible version",
        "founder": "Owner: Onir Media Holding LLP. Media registration certificate",
        "calendar": "News calendar",
        "other_news": "Other news",
        "tg_embed": "Post from our Telegram channel",
    },
}

FLAT_SITES: dict[str, list[tuple[str, str]]] = {
    "ru": [("Дала Ньюс", "dalanews.kz"), ("Городской вестник", "gorvestnik.kz")],
    "kk": [("Ел тынысы", "eltynysy.kz"), ("Дала Ньюс", "kaz.dalanews.kz")],
    "en": [("The Steppe Herald", "steppeherald.kz"), ("Dala News English", "en.dalanews.kz")],
}

HTML_SITES: dict[str, dict[str, tuple[str, str]]] = {
    "sportkult": {
        "ru": ("Спорт & Культура", "sportkult.kz"),
        "kk": ("Спорт & Мәдениет", "sportkult.kz"),
        "en": ("Sport & Culture Daily", "sportkult.kz"),
    },
    "jastar": {
        "ru": ("Jastar Online", "jastar-online.kz"),
        "kk": ("Jastar Online", "jastar-online.kz"),
        "en": ("Jastar Online", "jastar-online.kz"),
    },
    "onir": {
        "ru": ("Өңір-Ақпарат: региональный вестник", "onir-aqparat.kz"),
        "kk": ("Өңір-Ақпарат: облыстық жаршы", "onir-aqparat.kz"),
        "en": ("Onir Aqparat Regional Bulletin", "onir-aqparat.kz"),
    },
}

SCORES = [
    "КПЛ: «Тобол» 2:1 «Ордабасы»",
    "КХЛ: «Барыс» 3:4 «Металлург» (ОТ)",
    "Футзал: «Кайрат» 5:2 «Актобе»",
    "Волейбол: «Алтай» 3:0 «Жетысу»",
]


class Page:
    """Collects the junk strings written into one rendered page."""

    def __init__(self, item: Item, rng: random.Random) -> None:
        self.item = item
        self.rng = rng
        self.lang = item.language
        self.t: dict[str, Any] = TEXT[item.language]
        self.junk: list[str] = []

    def j(self, text: str) -> str:
        """Register ``text`` as junk and return it unchanged."""
        if text not in self.junk:
            self.junk.append(text)
        return text

    def h(self, text: str) -> str:
        """Register ``text`` as junk and return it HTML-escaped."""
        return html.escape(self.j(text), quote=False)

    def headlines(self, n: int) -> list[str]:
        return [self.j(x) for x in self.rng.sample(HEADLINES[self.lang], n)]

    def date_line(self) -> str:
        y, m, d = (int(x) for x in self.item.published.split("-"))
        hh = self.rng.randint(7, 22)
        mm = self.rng.randint(0, 59)
        if self.lang == "ru":
            return f"{d} {MONTHS_RU[m - 1]} {y}, {hh:02d}:{mm:02d}"
        if self.lang == "kk":
            return f"{y} ж. {d} {MONTHS_KK[m - 1]}, {hh:02d}:{mm:02d}"
        return f"{MONTHS_EN[m - 1]} {d}, {y} {hh:02d}:{mm:02d}"

    def paragraphs(self) -> list[str]:
        return self.item.body.split("\n")


def render_text(page: Page) -> str:
    return f"{page.item.title}\n{page.item.body}\n"


def render_flat(page: Page) -> str:
    t, rng = page.t, page.rng
    name, domain = rng.choice(FLAT_SITES[page.lang])
    lines: list[str] = []
    lines.append(f"{page.item.title} - {page.j(name)}")
    if rng.random() < 0.6:
        lines.append("  • " + page.j(f"$ {rng.randint(470, 530)}.{rng.randint(10, 99)}"))
        lines.append("  • " + page.j(f"€ {rng.randint(540, 610)}.{rng.randint(10, 99)}"))
    lines.append(page.j(f"{t['weather']} {rng.choice(['+', '-'])}{rng.randint(1, 25)} °C"))
    for entry in rng.sample(t["menu"], 6):
        lines.append(page.j(entry))
    lines.append(page.j(t["search"]))
    if rng.random() < 0.5:
        lines.extend(["  • A"] * 3)
    lines.append("")
    lines.append(page.item.title)
    lines.append("")
    lines.append("  • " + page.j(page.date_line()))
    lines.append("  • " + page.j(f"{rng.randint(120, 9800)} {t['views']}"))
    lines.append(page.j(rng.choice(t["photos"])))
    paras = page.paragraphs()
    insert_after = rng.sample(range(len(paras)), min(2, max(1, len(paras) - 1)))
    for i, para in enumerate(paras):
        lines.append(para)
        if i in insert_after and i != len(paras) - 1:
            kind = rng.randrange(3)
            if kind == 0:
                lines.append(page.j(t["read_also"]) + " " + page.headlines(1)[0])
            elif kind == 1:
                lines.append(page.j(t["ad"]))
            else:
                lines.append(page.j(rng.choice(t["photos"])))
        lines.append("")
    lines.append(page.j(f"{t['copy']} {domain}"))
    lines.append(page.j(t["telegram"]))
    lines.append(page.j(t["share"]))
    lines.append("")
    lines.append(page.j(rng.choice([t["popular"], t["main"]])) + ":")
    lines.append("")
    for headline in page.headlines(rng.randint(5, 9)):
        lines.append(page.j(rng.choice(t["menu"][1:])))
        lines.append("")
        lines.append(headline)
        lines.append("")
    lines.append(page.j(t["partners"]))
    lines.append(page.j(f"© 2014–2026 {name}. {t['rights']}"))
    return "\n".join(lines) + "\n"


def _head(page: Page, site: str, domain: str, extra: str) -> str:
    title = html.escape(page.item.title)
    return (
        f'<meta charset="utf-8">\n<title>{title} | {html.escape(site)}</title>\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:site_name" content="{html.escape(site)}">\n'
        f'<meta property="article:published_time" content="{page.item.published}T09:00:00+05:00">\n'
        f'<link rel="canonical" href="https://{domain}/news/{page.rng.randint(10000, 99999)}">\n'
        f"{extra}"
    )


def render_html_sportkult(page: Page) -> str:
    """A sports-and-culture daily: table layout, score ticker, headline in a div, counters."""
    t, rng = page.t, page.rng
    site, domain = HTML_SITES["sportkult"][page.lang]
    head = _head(
        page,
        site,
        domain,
        '<link rel="stylesheet" href="/css/style.css?v=3">\n'
        '<script src="/js/jquery-1.12.4.min.js"></script>\n',
    )
    menu = "".join(
        f'<td class="m"><a href="/r/{i}">{page.h(x)}</a></td>' for i, x in enumerate(t["menu"])
    )
    ticker = " &bull; ".join(page.h(s) for s in rng.sample(SCORES, 3))
    paras = page.paragraphs()
    lead, rest = paras[0], paras[1:]
    body: list[str] = [f'<p class="lead"><strong>{html.escape(lead, quote=False)}</strong></p>']
    inread_at = rng.randrange(len(rest)) if rest else -1
    for i, para in enumerate(rest):
        body.append(f"<p>{html.escape(para, quote=False)}</p>")
        if i == inread_at and i != len(rest) - 1:
            hl = page.headlines(1)[0]
            body.append(
                f'<div class="inread"><span>{page.h(t["read_also"])}</span> '
                f'<a href="/news/{rng.randint(1000, 9999)}">{html.escape(hl, quote=False)}</a>'
                "</div>"
            )
    related = "".join(
        f'<tr><td class="d">{rng.randint(10, 23)}:{rng.randint(10, 59)}</td>'
        f'<td><a href="/news/{rng.randint(1000, 9999)}">{html.escape(x, quote=False)}</a></td></tr>'
        for x in page.headlines(6)
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{page.lang}">\n<head>\n{head}</head>\n'
        '<body bgcolor="#f2f2f2">\n<div id="wrapper">\n'
        f'<table class="top" width="100%"><tr><td class="logo"><a href="/">'
        f"{page.h(site)}</a></td>"
        f'<td class="ticker"><marquee>{ticker}</marquee></td></tr></table>\n'
        f'<table class="menu"><tr>{menu}</tr></table>\n'
        f'<div class="adv" id="adv-top"><span>{page.h(t["ad"])}</span>'
        '<script>document.write("<img src=\\"/b/728x90.gif\\">");</script></div>\n'
        '<table class="main" width="100%"><tr><td class="content" valign="top">\n'
        f'<div class="crumbs"><a href="/">{page.h(t["menu"][0])}</a> &raquo; '
        f'<a href="/r/5">{page.h(t["menu"][5])}</a></div>\n'
        f'<div class="zag">{html.escape(page.item.title, quote=False)}</div>\n'
        f'<div class="info">{page.h(page.date_line())} | '
        f"{page.h(str(rng.randint(150, 12000)) + ' ' + t['views'])}</div>\n"
        f'<div class="foto"><img src="/upload/{rng.randint(100, 999)}.jpg" alt="">'
        f"<br><i>{page.h(rng.choice(t['photos']))}</i></div>\n"
        f'<div class="txt">\n{chr(10).join(body)}\n</div>\n'
        f'<div class="copy">{page.h(t["copy"] + " " + domain)}</div>\n'
        f'<div class="comm"><b>{page.h(t["comments"])} (0)</b>'
        f'<form action="/comment" method="post"><textarea name="c"></textarea>'
        f"<p>{page.h(t['login'])}</p></form></div>\n"
        f'</td><td class="right" width="240" valign="top"><h3>{page.h(t["main"])}</h3>'
        f"<table>{related}</table></td></tr></table>\n"
        f'<div id="footer">{page.h("© 2003–2026 " + site + ". " + t["rights"])}<br>'
        f'<a href="/about">{page.h(t["about"])}</a> | <a href="/contacts">'
        f"{page.h(t['contacts'])}</a>\n"
        '<!--LiveInternet counter--><script type="text/javascript">'
        "document.write(\"<a href='//www.liveinternet.ru/click'>\");</script>"
        "<!--/LiveInternet-->\n</div>\n</div>\n</body>\n</html>\n"
    )


def render_html_jastar(page: Page) -> str:
    """A youth portal: HTML5 article, JSON-LD, reactions, an embedded Telegram post, cards."""
    t, rng = page.t, page.rng
    site, domain = HTML_SITES["jastar"][page.lang]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.item.title,
            "datePublished": page.item.published,
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")
    head = _head(
        page,
        site,
        domain,
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<script type="application/ld+json">{ld}</script>\n'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-JST0001"></script>\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-JST0001');</script>\n",
    )
    nav = "".join(f'<li><a href="/{i}">{page.h(x)}</a></li>' for i, x in enumerate(t["menu"][:7]))
    paras = page.paragraphs()
    lead, rest = paras[0], paras[1:]
    body: list[str] = []
    embed_at = rng.randrange(len(rest)) if rest else -1
    for i, para in enumerate(rest):
        body.append(f"<p>{html.escape(para, quote=False)}</p>")
        if i == embed_at and i != len(rest) - 1:
            body.append(
                '<blockquote class="telegram-post" data-telegram-post="jastar_online/'
                f'{rng.randint(1000, 9999)}"><span>{page.h(t["tg_embed"])}</span></blockquote>'
                '<script async src="https://telegram.org/js/telegram-widget.js?22"></script>'
            )
    cards = "".join(
        f'<a class="card" href="/p/{rng.randint(1000, 9999)}"><div class="card__img"></div>'
        f'<span class="card__title">{html.escape(x, quote=False)}</span></a>'
        for x in page.headlines(4)
    )
    emoji = "".join(
        f'<button class="r" data-r="{k}">{e} <span>{rng.randint(0, 300)}</span></button>'
        for k, e in enumerate(["🔥", "😂", "😢", "😡", "👍"])
    )
    tags = "".join(
        f'<a class="tag" href="/tag/{k}">#{page.h(x)}</a>'
        for k, x in enumerate(rng.sample(t["menu"][1:], 3))
    )
    return (
        f'<!doctype html>\n<html lang="{page.lang}">\n<head>\n{head}</head>\n'
        '<body class="theme-dark">\n'
        f'<header class="hdr"><a class="hdr__logo" href="/">{page.h(site)}</a>'
        f'<button class="burger" aria-label="menu"></button><nav><ul>{nav}</ul></nav>'
        f'<form class="hdr__search"><input placeholder="{html.escape(t["search"])}"></form>'
        "</header>\n"
        '<main class="page">\n<article class="post">\n<header class="post__head">'
        f'<span class="post__rubric">{page.h(t["menu"][5])}</span>'
        f"<h1>{html.escape(page.item.title, quote=False)}</h1>"
        f'<div class="post__meta"><time datetime="{page.item.published}">'
        f"{page.h(page.date_line())}</time> · "
        f"<span>{page.h(str(rng.randint(2, 6)) + ' ' + t['min'])}</span></div></header>\n"
        f'<p class="post__lead">{html.escape(lead, quote=False)}</p>\n'
        f'<figure class="post__cover"><img src="https://cdn.{domain}/i/{rng.randint(1, 999)}.webp"'
        f' alt=""><figcaption>{page.h(rng.choice(t["photos"]))}</figcaption></figure>\n'
        f'<div class="post__body">\n{chr(10).join(body)}\n</div>\n'
        f'<div class="post__tags">{tags}</div>\n'
        f'<section class="reactions"><p>{page.h(t["reactions"])}</p>{emoji}</section>\n'
        f'<div class="share"><span>{page.h(t["share"])}</span>'
        '<a href="#">Telegram</a><a href="#">WhatsApp</a><a href="#">Threads</a></div>\n'
        "</article>\n"
        f'<section class="more"><h2>{page.h(t["more"])}</h2><div class="cards">{cards}</div>'
        "</section>\n"
        f'<aside class="promo"><p>{page.h(t["telegram"])}</p></aside>\n'
        f'<form class="subscribe"><label>{page.h(t["subscribe"])}</label>'
        f'<input type="email" placeholder="{html.escape(t["email"])}"></form>\n'
        "</main>\n"
        f'<footer class="ftr"><p>{page.h("© " + site + ", 2026. " + t["rights"])}</p>'
        f"<p>{page.h('18+')}</p></footer>\n"
        f'<div class="cookie" id="cookie"><span>{page.h(t["cookies"])}</span>'
        f'<button onclick="this.parentNode.remove()">{page.h(t["ok"])}</button></div>\n'
        '<script src="/static/app.3f9c1.js" defer></script>\n</body>\n</html>\n'
    )


def render_html_onir(page: Page) -> str:
    """A regional akimat-affiliated outlet: language switcher, entry-content, sidebar, founder."""
    t, rng = page.t, page.rng
    site, domain = HTML_SITES["onir"][page.lang]
    head = _head(
        page,
        site,
        domain,
        '<meta name="yandex-verification" content="4a1b2c3d4e5f">\n'
        "<link rel='stylesheet' id='onir-css' href='/wp-content/themes/onir/style.css' "
        "type='text/css' media='all' />\n",
    )
    langs = '<a href="/kz/">ҚАЗ</a> | <a href="/ru/">РУС</a> | <a href="/en/">ENG</a>'
    menu = "".join(
        f'<li class="menu-item"><a href="/cat/{i}">{page.h(x)}</a></li>'
        for i, x in enumerate(t["menu"][:8])
    )
    paras = page.paragraphs()
    body: list[str] = []
    fig_at = rng.randrange(len(paras))
    for i, para in enumerate(paras):
        body.append(f"<p>{html.escape(para, quote=False)}</p>")
        if i == fig_at and i != len(paras) - 1:
            body.append(
                '<figure class="wp-caption"><img src="/wp-content/uploads/2026/'
                f'{rng.randint(1, 12)}/img{rng.randint(100, 999)}.jpg" alt="" width="800">'
                f'<figcaption class="wp-caption-text">{page.h(rng.choice(t["photos"]))}'
                "</figcaption></figure>"
            )
    sidebar = "".join(
        f'<li><a href="/?p={rng.randint(10000, 99999)}">{html.escape(x, quote=False)}</a>'
        f'<span class="date">{page.h(page.date_line())}</span></li>'
        for x in page.headlines(5)
    )
    author = page.j(
        t["author"] + " " + rng.choice(["Айгүл Сәрсенова", "Марат Жунусов", "Elena Kim"])
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{page.lang}-KZ">\n<head>\n{head}</head>\n'
        '<body class="post-template-default single single-post">\n'
        f'<div class="topbar"><span class="langs">{langs}</span>'
        f'<a class="eye" href="?special=1">{page.h(t["eye"])}</a></div>\n'
        f'<div class="site-branding"><img src="/gerb.png" alt="">'
        f'<p class="site-title">{page.h(site)}</p></div>\n'
        f'<nav id="site-navigation"><ul class="menu">{menu}</ul></nav>\n'
        '<div id="content" class="site-content"><div id="primary">\n'
        f'<div class="breadcrumbs"><a href="/">{page.h(t["menu"][0])}</a> / '
        f'<a href="/cat/1">{page.h(t["menu"][1])}</a></div>\n'
        '<article class="post type-post status-publish">\n'
        f'<h2 class="entry-title">{html.escape(page.item.title, quote=False)}</h2>\n'
        f'<div class="entry-meta"><time class="entry-date" datetime="{page.item.published}">'
        f'{page.h(page.date_line())}</time> <span class="byline">{html.escape(author)}</span>'
        "</div>\n"
        f'<div class="entry-content">\n{chr(10).join(body)}\n</div>\n'
        f'<footer class="entry-footer"><span class="tags-links">{page.h(t["tags"])} '
        f'<a href="/tag/1">{page.h(t["menu"][4])}</a></span></footer>\n'
        "</article>\n"
        f'<div id="comments"><h3>{page.h(t["comments"])}</h3><p>{page.h(t["login"])}</p></div>\n'
        '</div>\n<aside id="secondary" class="widget-area">\n'
        f'<section class="widget"><h2 class="widget-title">{page.h(t["other_news"])}</h2>'
        f"<ul>{sidebar}</ul></section>\n"
        f'<section class="widget widget_calendar"><h2 class="widget-title">'
        f"{page.h(t['calendar'])}</h2><table><tr><td>1</td><td>2</td><td>3</td></tr></table>"
        "</section>\n"
        f'<section class="widget"><a href="/archive">{page.h(t["archive"])}</a></section>\n'
        "</aside></div>\n"
        f'<footer id="colophon"><p>{page.h(t["founder"] + " № " + str(rng.randint(10000, 19999)))}'
        f"</p><p>{page.h('© ' + site + '. ' + t['rights'])}</p>"
        f"<p>{page.h(t['copy'] + ' ' + domain)}</p></footer>\n"
        "<script src='/wp-includes/js/wp-embed.min.js'></script>\n</body>\n</html>\n"
    )


HTML_LAYOUTS = (render_html_sportkult, render_html_jastar, render_html_onir)


def build() -> list[dict[str, Any]]:
    """Render every story and return the jsonl records in id order."""
    order = list(range(len(BLIND12)))
    random.Random(SEED).shuffle(order)
    records: list[dict[str, Any]] = []
    html_count = 0
    for i, idx in enumerate(order):
        item = BLIND12[idx]
        fmt = FORMATS[i % 3]
        page = Page(item, random.Random(f"blind12-{i}"))
        if fmt == "text":
            content = render_text(page)
        elif fmt == "flat":
            content = render_flat(page)
        else:
            content = HTML_LAYOUTS[html_count % 3](page)
            html_count += 1
        prem = item.premiere
        records.append(
            {
                "id": f"blind12_{i:03d}",
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
                "junk": page.junk,
                "content": content,
            }
        )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
