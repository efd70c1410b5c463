"""Build tests/data/holdout.jsonl from tests/data/articles_holdout.py with the renderers of
build_devset.py but another family of sites: other trending headlines (film-like ones among
them), list headings, captions, footers, menus, currency and weather widgets, and another seed.

Run: .venv/bin/python -m tests.data.build_holdout (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_holdout import HOLDOUT
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("holdout.jsonl")

_WEATHER_CITY = {"ru": "Шымкент", "kk": "Шымкент", "en": "Shymkent"}
_TODAY = {"ru": "Сегодня", "kk": "Бүгін", "en": "Today"}
_VIEWS = {"ru": "просмотров", "kk": "қаралым", "en": "views"}


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    name = site.split(".")[0].upper()
    return [
        name,
        "Войти",
        "RU | KZ | EN",
        f"USD {rng.choice(['512.30', '509.84', '517.02'])}",
        "EUR 598.10",
        "RUB 6.45",
        f"{_WEATHER_CITY[item.language]} {rng.choice(['-4', '+17', '+28'])}°",
        " / ".join(["Главная", "Новости", "Культура"]),
        "",
        item.title,
        "",
        f"{_TODAY[item.language]}, {rng.randint(8, 21)}:{rng.randint(10, 59)}",
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    return [f"👁 {rng.randint(150, 20000)}", f"💬 {rng.randint(0, 40)}"]


def _entry(tag: str, headline: str) -> list[str]:
    return [headline, f"{tag} · 12:{len(headline) % 50 + 10}", ""]


HOLD = Style(
    trending={
        "ru": [
            ("Кино", "Трейлер нового «Аватара» побил рекорд просмотров"),
            ("Кино", "В Шымкенте снимут сериал о жизни таксистов"),
            ("Культура", "Премьера спектакля «Ревизор» прошла с аншлагом"),
            ("Общество", "Школьникам продлили весенние каникулы"),
            ("Происшествия", "В Алматы задержали угонщиков автомобилей"),
            ("Экономика", "Курс доллара: что ждет тенге на следующей неделе"),
            ("Спорт", "«Астана» обыграла «Актобе» в матче лидеров"),
            ("Кино", "Актриса из Караганды снимется в голливудском фильме"),
            ("Погода", "Заморозки до минус 25: прогноз на выходные"),
        ],
        "kk": [
            ("Кино", "Жаңа қазақ фильмі Канн фестивалінде көрсетіледі"),
            ("Қоғам", "Шымкентте жаңа саябақ ашылды"),
            ("Спорт", "«Астана» клубы чемпион атанды"),
            ("Экономика", "Бензин бағасы өсуі мүмкін"),
            ("Мәдениет", "Абай театрында жаңа қойылымның премьерасы өтті"),
        ],
        "en": [
            ("Film", "Hollywood studio to shoot action film in Mangystau"),
            ("Economy", "Inflation slows to 10 percent"),
            ("Sport", "Kairat signs Brazilian striker"),
            ("Society", "Astana light rail to carry first passengers next year"),
            ("Culture", "Almaty theatre premieres a modern Hamlet"),
        ],
    },
    list_heading={
        "ru": ["Самое читаемое", "Новости партнёров", "Топ недели", "Рекомендуем"],
        "kk": ["Ең көп оқылған", "Серіктес жаңалықтары"],
        "en": ["Most read", "From our partners"],
    },
    caption={
        "ru": [
            "Фото: {site}",
            "Иллюстративное фото: pixabay.com",
            "Фото из открытых источников",
            "Кадр из трейлера",
        ],
        "kk": ["Фото: ашық дереккөзден", "Сурет: {site}"],
        "en": ["Photo courtesy of the producers", "Illustrative photo: {site}"],
    },
    footer={
        "ru": [
            "Если вы нашли ошибку в тексте, выделите её и нажмите Ctrl+Enter.",
            "Присоединяйтесь к нам в Instagram и WhatsApp — там только главное.",
            "При цитировании материалов {site} ссылка на источник обязательна.",
        ],
        "kk": [
            "Қате тапсаңыз, оны белгілеп, Ctrl+Enter басыңыз.",
            "{site} материалдарын көшіріп басуға рұқсат етілмейді.",
        ],
        "en": [
            "Found a typo? Select it and press Ctrl+Enter.",
            "Follow {site} on Telegram and Instagram for breaking news.",
        ],
    },
    sites=["zakon.kz", "kazinform.kz", "orda.kz", "vlast.kz", "inbusiness.kz", "ulysmedia.kz"],
    menu={
        "ru": ["Лента", "Казахстан", "Мир", "Бизнес", "Культура", "Кино и сериалы", "Спецпроекты"],
        "kk": ["Жаңалықтар таспасы", "Қазақстан", "Әлем", "Мәдениет", "Спорт"],
        "en": ["Latest", "Kazakhstan", "World", "Business", "Culture", "Opinion"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="Курсы валют: USD 512.30 | EUR 598.10 | RUB 6.45 · Астана -8°",
    rates_box="USD 512.30 ▲ EUR 598.10 ▼",
    share="Поделиться в соцсетях: VK Telegram WhatsApp X",
    notice={
        "ru": "Мы используем файлы cookie, чтобы сайт работал лучше. "
        "Оставаясь на сайте, вы соглашаетесь с этим.",
        "kk": "Сайт жақсы жұмыс істеуі үшін cookie файлдарын қолданамыз.",
        "en": "We use cookies to improve your experience. "
        "By staying on the site you agree to this.",
    },
)


def build() -> list[dict[str, object]]:
    """The held-out set."""
    return render(HOLDOUT, HOLD, seed=20260305, prefix="hold")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
