"""Build tests/data/blind4.jsonl from tests/data/articles_blind4.py with the renderers of
build_devset.py and a fifth family of sites, laid out like regional government and state-media
portals: an accessibility switch, language tabs, breadcrumbs, an author line and date stamp,
"related materials" with a date under every teaser, print/font buttons, a cookie banner,
captions with photographers' names and other trending headlines, premiere-like ones among them.
The stories are shuffled so no category keeps one shape.

Run: .venv/bin/python -m tests.data.build_blind4 (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_blind4 import BLIND4
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("blind4.jsonl")
SEED = 20261201

_ACCESSIBLE = {
    "ru": "Версия для слабовидящих",
    "kk": "Нашар көретіндерге арналған нұсқа",
    "en": "Accessibility version",
}
_CRUMBS = {
    "ru": "Главная → Новости → Культура",
    "kk": "Басты бет → Жаңалықтар → Мәдениет",
    "en": "Home → News → Culture",
}
_AUTHOR = {"ru": "Автор: {name}", "kk": "Авторы: {name}", "en": "By {name}"}
_NAMES = ["Айгуль Сапарова", "Марат Ибраев", "Dana Kulova", "Тимур Ахметов"]
# The byline does not know the language; these portals print it in Russian on every page.
_PRINT = "Версия для печати · A+ · A-"


def _stamp(item: Item, rng: random.Random) -> str:
    # The page's own stamp repeats the publication date, as these portals print it.
    year, month, day = item.published.split("-")
    return f"{day}.{month}.{year} {rng.randint(8, 22)}:{rng.randint(10, 59)}"


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
        _ACCESSIBLE[item.language],
        "ҚАЗ | РУС | ENG",
        site.upper(),
        "Реклама",
        _CRUMBS[item.language],
        "",
        item.title,
        "",
        _AUTHOR[item.language].format(name=rng.choice(_NAMES)),
        _stamp(item, rng),
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    return [_PRINT, f"Просмотров: {rng.randint(40, 9000)}"]


def _entry(tag: str, headline: str) -> list[str]:
    return [f"{headline} ({tag})", f"{len(headline) % 28 + 1:02d}.11.2026", ""]


FIFTH = Style(
    trending={
        "ru": [
            ("Кино", "Премьера фильма «Снежный барс» пройдет в Семее 14 января"),
            ("Кино", "Режиссер «Кенже» снимет продолжение"),
            ("Культура", "В Алматы открылась выставка Кастеева"),
            ("Политика", "Премьер-министр поручил ускорить строительство дорог"),
            ("Происшествия", "В Актау затопило подвал жилого дома"),
            ("Экономика", "Инфляция замедлилась до 8,1%"),
            ("Спорт", "Головкин провел открытую тренировку в Астане"),
            ("Общество", "Отопительный сезон в Павлодаре начнется раньше"),
        ],
        "kk": [
            ("Кино", "«Қош бол, балалық» фильмінің премьерасы 3 ақпанда өтеді"),
            ("Мәдениет", "Абай театрында жаңа маусым ашылды"),
            ("Қоғам", "Астанада жаңа мектептер салынады"),
            ("Спорт", "Қазақстан боксшылары үш алтын алды"),
            ("Экономика", "Бензин бағасы өзгермейді"),
        ],
        "en": [
            ("Film", "Kazakh film to premiere at Sundance on January 23"),
            ("Culture", "Almaty museum opens new Saka gold exhibition"),
            ("Business", "Kazakhstan raises oil output forecast"),
            ("Sport", "Astana Motors reach basketball final"),
            ("Society", "Winter tyres become mandatory from November"),
        ],
    },
    list_heading={
        "ru": ["Похожие материалы", "Последние новости", "Читайте в разделе"],
        "kk": ["Ұқсас материалдар", "Соңғы жаңалықтар"],
        "en": ["Related", "Latest news", "More from this section"],
    },
    caption={
        "ru": ["Фото: Ерлан Омаров / {site}", "На фото: участники события", "Фото пресс-службы"],
        "kk": ["Суретті түсірген: Ерлан Омаров", "Фото: {site}"],
        "en": ["Pictured: the event's guests", "Photo by Yerlan Omarov for {site}"],
    },
    footer={
        "ru": [
            "При цитировании ссылка на {site} обязательна.",
            "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.",
        ],
        "kk": [
            "Материалды көшіргенде {site} сайтына сілтеме беру міндетті.",
            "Қате таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз.",
        ],
        "en": [
            "Found a typo? Select it and press Ctrl+Enter.",
            "© {site}, quoting requires a link to the source.",
        ],
    },
    sites=["gov.kz", "khabar.kz", "kazpravda.kz", "ekaraganda.kz", "time.kz", "the-steppe.com"],
    menu={
        "ru": ["О ведомстве", "Новости", "Документы", "Культура", "Контакты", "Карта сайта"],
        "kk": ["Мекеме туралы", "Жаңалықтар", "Құжаттар", "Мәдениет", "Байланыс"],
        "en": ["About", "News", "Documents", "Culture", "Contacts"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="ҚАЗ | РУС | ENG · Версия для слабовидящих · Астана −7°",
    rates_box="USD 498.20 ▼ · EUR 581.75 ▲",
    share="Версия для печати · Отправить другу · VK · Telegram",
    notice={
        "ru": "Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая, вы соглашаетесь.",
        "kk": "Сайт ыңғайлы жұмыс істеуі үшін cookie файлдарын қолданамыз.",
        "en": "We use cookies to make this site work better. By continuing you agree.",
    },
)


def build() -> list[dict[str, object]]:
    """The fourth blind set."""
    stories = list(BLIND4)
    random.Random(SEED).shuffle(stories)
    return render(stories, FIFTH, seed=SEED, prefix="blind4_")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
