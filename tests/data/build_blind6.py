"""Build tests/data/blind6.jsonl from tests/data/articles_blind6.py with the renderers of
build_devset.py and a seventh family of sites, laid out like regional TV channel sites: a
breadcrumb trail, an "on air now" programme strip, a video duration and a view counter, an
author and editor line under the lead, "Читайте также" with the date of every teaser, a
Telegram-channel call and captions that credit the channel's camera crew. Film-like, theatre,
gadget and prime-minister headlines sit among the teasers. The stories are shuffled so no
category keeps one shape.

Run: .venv/bin/python -m tests.data.build_blind6 (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_blind6 import BLIND6
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("blind6.jsonl")
SEED = 20261203

_CRUMBS = {
    "ru": "Главная / Новости / Регион",
    "kk": "Басты бет / Жаңалықтар / Өңір",
    "en": "Home / News / Region",
}
_ON_AIR = {
    "ru": "Сейчас в эфире: «Новости региона» · Далее: художественный фильм",
    "kk": "Қазір эфирде: «Өңір жаңалықтары» · Келесі: көркем фильм",
    "en": "On air now: Regional News · Next: feature film",
}
_VIEWS = {"ru": "Просмотров: {n}", "kk": "Қаралым: {n}", "en": "Views: {n}"}
_AUTHOR = {
    "ru": "Автор: {a} · Оператор: {b}",
    "kk": "Авторы: {a} · Операторы: {b}",
    "en": "Reporter: {a} · Camera: {b}",
}
_NAMES = ["Айгерим Сейткали", "Данияр Омаров", "Мария Ким", "Ерлан Абенов"]


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
        site.upper(),
        _CRUMBS[item.language],
        _ON_AIR[item.language],
        "",
        item.title,
        f"▶ {rng.randint(1, 4)}:{rng.randint(0, 59):02d} · "
        + _VIEWS[item.language].format(n=rng.randint(100, 9000)),
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    a, b = rng.sample(_NAMES, k=2)
    return [_AUTHOR[rng.choice(["ru", "kk", "en"])].format(a=a, b=b)]


def _entry(tag: str, headline: str) -> list[str]:
    return [f"{len(headline) % 28 + 1:02d}.{len(tag) % 12 + 1:02d} · {tag} · {headline}", ""]


SEVENTH = Style(
    trending={
        "ru": [
            ("Кино", "Премьера фильма «Степные волки» пройдет в Алматы 5 марта"),
            ("Кино", "В Павлодаре начались съемки фильма о Сатпаеве"),
            ("Власть", "Премьер-министр поручил ускорить ремонт дорог"),
            ("Культура", "Премьера оперы «Абай» откроет сезон в Астане"),
            ("Технологии", "Премьера нового ноутбука Xiaomi состоится в декабре"),
            ("Спорт", "Финал Кубка Казахстана покажут в прямом эфире"),
            ("Общество", "В Семее продлили отопительный сезон"),
            ("Экономика", "Цены на бензин выросли в трех регионах"),
        ],
        "kk": [
            ("Кино", "«Қайсар» фильмінің премьерасы Астанада өтеді"),
            ("Билік", "Премьер-министр әкімдерге тапсырма берді"),
            ("Мәдениет", "Қарағанды театрында жаңа спектакль қойылады"),
            ("Спорт", "«Астана» жаңа маусымды жеңіспен бастады"),
            ("Қоғам", "Шымкентте жаңа мектеп ашылды"),
        ],
        "en": [
            ("Film", "'Tulpar' animated film to premiere in Astana on September 24"),
            ("Politics", "Prime Minister visits Aktau port"),
            ("Culture", "Drama theatre premieres new play in Karaganda"),
            ("Tech", "Samsung premieres new foldable phone"),
            ("Sport", "Barys beat Avangard at home"),
        ],
    },
    list_heading={
        "ru": ["Читайте также", "Новости региона", "Популярное за неделю"],
        "kk": ["Оқи отырыңыз", "Өңір жаңалықтары"],
        "en": ["Read also", "Regional news"],
    },
    caption={
        "ru": ["Кадр телеканала {site}", "Фото: съемочная группа {site}", "Стоп-кадр видео"],
        "kk": ["{site} арнасының кадры", "Видеодан кадр"],
        "en": ["Still from {site} report", "Photo: {site} camera crew"],
    },
    footer={
        "ru": [
            "Подпишитесь на Telegram-канал {site}, чтобы первыми узнавать новости региона.",
            "При использовании материалов ссылка на {site} обязательна.",
        ],
        "kk": [
            "{site} Telegram-арнасына жазылыңыз.",
            "Материалдарды пайдаланғанда {site} сайтына сілтеме міндетті.",
        ],
        "en": [
            "Follow {site} on Telegram for regional news first.",
            "Reuse of materials requires a link to {site}.",
        ],
    },
    sites=["kaztrk.kz", "31.kz", "ktk.kz", "otyrar.kz", "irtysh.tv", "aqtobe.tv"],
    menu={
        "ru": ["Новости", "Телепрограмма", "Проекты", "Прямой эфир", "Кино", "Контакты"],
        "kk": ["Жаңалықтар", "Телебағдарлама", "Жобалар", "Тікелей эфир"],
        "en": ["News", "TV guide", "Shows", "Live", "Contacts"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="Сейчас в эфире · USD 508.70 · EUR 590.15 · Погода +2°",
    rates_box="USD 508.70 · EUR 590.15",
    share="Поделиться: Facebook · Telegram · WhatsApp · VK",
    notice={
        "ru": "Смотрите прямой эфир нашего телеканала на сайте и в мобильном приложении.",
        "kk": "Арнамыздың тікелей эфирін сайттан және қосымшадан көріңіз.",
        "en": "Watch our channel live on the website and in the mobile app.",
    },
)


def build() -> list[dict[str, object]]:
    """The sixth blind set."""
    stories = list(BLIND6)
    random.Random(SEED).shuffle(stories)
    return render(stories, SEVENTH, seed=SEED, prefix="blind6_")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
