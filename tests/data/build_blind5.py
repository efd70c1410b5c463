"""Build tests/data/blind5.jsonl from tests/data/articles_blind5.py with the renderers of
build_devset.py and a sixth family of sites, laid out like city news aggregators: a weather
and traffic strip, a "live" ticker, a timestamp with a comment counter, a tag line and a
source line under the story, "Главное за сутки" with the time of every teaser, an app banner,
and captions that credit agencies. Premiere-like and prime-minister headlines sit among the
teasers. The stories are shuffled so no category keeps one shape.

Run: .venv/bin/python -m tests.data.build_blind5 (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_blind5 import BLIND5
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("blind5.jsonl")
SEED = 20261202

_LIVE = {"ru": "Онлайн-трансляция", "kk": "Тікелей эфир", "en": "Live"}
_STRIP = {
    "ru": "Алматы −4° · Пробки 6 баллов · Курсы валют",
    "kk": "Алматы −4° · Кептеліс 6 балл · Валюта бағамы",
    "en": "Almaty −4° · Traffic 6/10 · Exchange rates",
}
_COMMENTS = {"ru": "Комментарии: {n}", "kk": "Пікірлер: {n}", "en": "Comments: {n}"}
_TAGS = {
    "ru": "Теги: Казахстан, культура, новости",
    "kk": "Тегтер: Қазақстан, мәдениет, жаңалықтар",
    "en": "Tags: Kazakhstan, culture, news",
}


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
        site,
        _STRIP[item.language],
        f"{_LIVE[item.language]} · {rng.choice(['Тенге', 'Нефть', 'Погода'])}",
        "",
        item.title,
        f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d} · "
        + _COMMENTS[item.language].format(n=rng.randint(0, 40)),
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    return [
        _TAGS[rng.choice(["ru", "kk", "en"])],
        f"Источник: {rng.choice(['Kazinform', 'KazTAG'])}",
    ]


def _entry(tag: str, headline: str) -> list[str]:
    return [f"{len(headline) % 14 + 9:02d}:{len(tag) * 7 % 60:02d} {headline}", ""]


SIXTH = Style(
    trending={
        "ru": [
            ("Кино", "Премьера фильма «Алтын адам» состоится 5 марта в Астане"),
            ("Кино", "В Шымкенте снимут сериал о пограничниках"),
            ("Политика", "Премьер-министр провел заседание правительства"),
            ("Театр", "Премьера спектакля «Ревизор» пройдет в Костанае"),
            ("Спорт", "«Барыс» обыграл ЦСКА в овертайме"),
            ("Происшествия", "На трассе Алматы — Бишкек столкнулись три машины"),
            ("Экономика", "Нацбанк сохранил базовую ставку"),
            ("Технологии", "Премьера смартфона Honor пройдет в Алматы 12 декабря"),
        ],
        "kk": [
            ("Кино", "«Томирис» фильмінің жалғасы түсіріледі"),
            ("Саясат", "Премьер-министр өңірлерге сапар шекті"),
            ("Мәдениет", "Абай театрында «Қыз Жібек» операсының премьерасы өтті"),
            ("Спорт", "«Қайрат» Еуропа лигасында ойнайды"),
            ("Қоғам", "Алматыда жол жөндеу жұмыстары басталды"),
        ],
        "en": [
            ("Film", "Kazakh film 'Tomiris 2' set to premiere in Almaty on March 5"),
            ("Politics", "Prime Minister chairs government meeting"),
            ("Music", "Dimash premieres new single at Astana concert"),
            ("Business", "Air Astana adds flights to Europe"),
            ("Sport", "Kazakhstan beat Uzbekistan in friendly"),
        ],
    },
    list_heading={
        "ru": ["Главное за сутки", "Другие новости", "Самое читаемое"],
        "kk": ["Күн жаңалықтары", "Басқа жаңалықтар"],
        "en": ["Top stories today", "Other news"],
    },
    caption={
        "ru": ["Фото: Kazinform", "Фото из открытых источников", "Иллюстративное фото: {site}"],
        "kk": ["Фото: Kazinform", "Сурет ашық дереккөздерден алынды"],
        "en": ["Photo: Kazinform", "Illustrative photo: {site}"],
    },
    footer={
        "ru": [
            "Скачайте приложение {site} — новости всегда под рукой.",
            "Редакция может не разделять мнение авторов. 18+",
        ],
        "kk": [
            "{site} қосымшасын жүктеп алыңыз — жаңалықтар әрдайым қолыңызда.",
            "Редакцияның пікірі авторлардың пікірімен сәйкес келмеуі мүмкін. 18+",
        ],
        "en": [
            "Download the {site} app to get news on the go.",
            "The editorial board may not share the authors' views. 18+",
        ],
    },
    sites=["vlast.kz", "orda.kz", "nur.kz", "sputnik.kz", "astanatimes.com", "shymkent.news"],
    menu={
        "ru": ["Новости", "Город", "Кино и сериалы", "Спорт", "Афиша", "Войти"],
        "kk": ["Жаңалықтар", "Қала", "Кино", "Спорт", "Афиша"],
        "en": ["News", "City", "Film", "Sport", "What's on"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="Алматы −4° · USD 512.10 · EUR 596.40 · Пробки 6",
    rates_box="USD 512.10 · RUB 6.45",
    share="Поделиться · WhatsApp · Telegram · Скопировать ссылку",
    notice={
        "ru": "Установите наше приложение: push-уведомления о главных новостях города.",
        "kk": "Қосымшамызды орнатыңыз: қаланың басты жаңалықтары туралы хабарламалар.",
        "en": "Install our app for push alerts about the city's top stories.",
    },
)


def build() -> list[dict[str, object]]:
    """The fifth blind set."""
    stories = list(BLIND5)
    random.Random(SEED).shuffle(stories)
    return render(stories, SIXTH, seed=SEED, prefix="blind5_")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
