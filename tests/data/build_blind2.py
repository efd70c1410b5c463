"""Build tests/data/blind2.jsonl from tests/data/articles_blind2.py with the renderers of
build_devset.py and a third family of sites: other trending headlines (film-like unrelated
ones among them), age marks, reading-time stamps, comment counters, "Loading…" placeholders,
share bars, captions and footers. The stories are shuffled so no category keeps one shape.

Run: .venv/bin/python -m tests.data.build_blind2 (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_blind2 import BLIND2
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("blind2.jsonl")
SEED = 20260412

_READING = {"ru": "Время чтения: {n} мин", "kk": "Оқу уақыты: {n} мин", "en": "{n} min read"}
_COMMENTS = {"ru": "Комментарии: {n}", "kk": "Пікірлер: {n}", "en": "{n} comments"}
_LOADING = {"ru": "Загрузка…", "kk": "Жүктелуде…", "en": "Loading…"}


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
        site,
        _LOADING[item.language],
        "18+",
        "Лента | Казахстан | Культура | Спорт | Lifestyle",
        "Поиск",
        "",
        item.title,
        _READING[item.language].format(n=rng.randint(2, 7)),
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    # A time only: the stamp of a dated page would repeat its publication date, which the
    # byline does not know.
    return [
        f"Обновлено {rng.randint(8, 22)}:{rng.randint(10, 59)}",
        f"💬 {rng.randint(0, 120)}",
        "Поделиться",
    ]


def _entry(tag: str, headline: str) -> list[str]:
    return [f"• {headline}", f"{tag} | 💬 {len(headline) % 37}", ""]


BLIND = Style(
    trending={
        "ru": [
            ("Кино", "Звезда «Терминатора» прилетит в Алматы на фестиваль"),
            ("Кино", "Названы самые ожидаемые премьеры весны"),
            ("Шоу-бизнес", "Певица Роза Рымбаева отметила юбилей"),
            ("Общество", "Премьер-министр проверил готовность школ к зиме"),
            ("Происшествия", "В Таразе сгорел склад с пиротехникой"),
            ("Финансы", "Ставку по депозитам снизят с апреля"),
            ("Спорт", "Сборная Казахстана по хоккею вышла в элиту"),
            ("Технологии", "Состоялась премьера нового iPhone"),
            ("Погода", "Гололед и туман: прогноз на 3 дня"),
        ],
        "kk": [
            ("Кино", "Жаңа қазақ фильмінің трейлері жарияланды"),
            ("Кино", "Голливуд актері Алматыға келеді"),
            ("Қоғам", "Алматыда метро жаңа бекет ашады"),
            ("Спорт", "Головкин жаңа жекпе-жекке шығады"),
            ("Ауа райы", "Алдағы үш күнде қар жауады"),
            ("Экономика", "Жалақы өсімі баяулады"),
        ],
        "en": [
            ("Film", "Hollywood star to visit Almaty film festival"),
            ("Film", "Most anticipated premieres of the spring"),
            ("Business", "Air Astana orders ten new jets"),
            ("Sport", "Kazakhstan hockey team promoted to the elite"),
            ("Society", "New metro station opens in Almaty"),
            ("Weather", "Fog and black ice expected for three days"),
        ],
    },
    list_heading={
        "ru": ["Главное за сутки", "Не пропустите", "Выбор редакции", "Еще по теме"],
        "kk": ["Басты жаңалықтар", "Өткізіп алмаңыз", "Редакция таңдауы"],
        "en": ["Top stories", "Don't miss", "Editor's picks"],
    },
    caption={
        "ru": [
            "Фото из открытых источников",
            "Фото: архив {site}",
            "Коллаж: {site}",
            "Фото предоставлено продюсерами",
        ],
        "kk": ["Сурет: ашық дереккөз", "Сурет: {site} мұрағаты", "Коллаж: {site}"],
        "en": ["Photo: open sources", "Collage: {site}", "Photo provided by the organisers"],
    },
    footer={
        "ru": [
            "Подпишитесь на наш канал в Telegram, чтобы не пропускать главное.",
            "Полное или частичное копирование материалов {site} запрещено.",
            "Материал подготовлен редакцией {site}. Мнение авторов может не совпадать с "
            "позицией редакции.",
        ],
        "kk": [
            "Telegram-арнамызға жазылып, басты жаңалықтарды өткізіп алмаңыз.",
            "{site} материалдарын толық немесе ішінара көшіруге тыйым салынады.",
        ],
        "en": [
            "Subscribe to our Telegram channel to stay up to date.",
            "All rights reserved. Reproduction of {site} materials is prohibited.",
        ],
    },
    sites=["nur.kz", "egemen.kz", "qazaqstan.tv", "astanatimes.com", "kursiv.kz", "sputnik.kz"],
    menu={
        "ru": ["Лента", "Казахстан", "Культура", "Кино", "Спорт", "Lifestyle", "Видео"],
        "kk": ["Жаңалықтар", "Қоғам", "Мәдениет", "Кино", "Спорт", "Видео"],
        "en": ["News", "Kazakhstan", "Business", "Culture", "Sport", "Video"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="18+ · Loading… · USD 505.10 · EUR 590.40 · Алматы +5°",
    rates_box="Загрузка… 💬 0",
    share="Поделиться: Telegram · WhatsApp · Facebook · Скопировать ссылку",
    notice={
        "ru": "Хотите получать главные новости дня? Подпишитесь на рассылку — это бесплатно.",
        "kk": "Күннің басты жаңалықтарын алғыңыз келе ме? Жазылыңыз – тегін.",
        "en": "Want the day's top stories? Sign up for our free newsletter.",
    },
)


def build() -> list[dict[str, object]]:
    """The second blind set."""
    stories = list(BLIND2)
    random.Random(SEED).shuffle(stories)
    return render(stories, BLIND, seed=SEED, prefix="blind")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
