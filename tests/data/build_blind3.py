"""Build tests/data/blind3.jsonl from tests/data/articles_blind3.py with the renderers of
build_devset.py and a fourth family of sites: their own trending headlines (film-like
unrelated ones among them), breadcrumbs, author cards, "Advertising" banners, tag clouds,
app-download prompts, captions and footers. The stories are shuffled so no category keeps
one shape.

Run: .venv/bin/python -m tests.data.build_blind3 (deterministic; the output is committed)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.data.articles_blind3 import BLIND3
from tests.data.build_devset import Style, render, write
from tests.data.model import Item

OUT = Path(__file__).with_name("blind3.jsonl")
SEED = 20260517

_BREADCRUMB = {
    "ru": "Главная → Новости → Культура",
    "kk": "Басты бет → Жаңалықтар → Мәдениет",
    "en": "Home → News → Culture",
}
_ADVERT = {"ru": "Реклама", "kk": "Жарнама", "en": "Advertisement"}
_AUTHOR = {"ru": "Автор: {name}", "kk": "Авторы: {name}", "en": "By {name}"}
_AUTHORS = ["Айгерим Садыкова", "Данияр Оспанов", "Мария Ким", "Ерлан Жумабаев"]


def _masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
        site.upper(),
        _ADVERT[item.language],
        "RU | ҚАЗ | ENG",
        f"Астана {rng.choice(['-9', '+2', '+24'])}° · USD {rng.choice(['507.15', '498.60'])}",
        _BREADCRUMB[item.language],
        "",
        item.title,
        "",
        _AUTHOR[item.language].format(name=rng.choice(_AUTHORS)),
        "",
    ]


def _byline(rng: random.Random) -> list[str]:
    return [
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        f"Просмотры: {rng.randint(200, 30000)}",
        "Теги: кино, культура, Казахстан",
    ]


def _entry(tag: str, headline: str) -> list[str]:
    return [f"{tag} / {headline}", ""]


BLIND3_STYLE = Style(
    trending={
        "ru": [
            ("Кино", "Премьера фильма «Степной волк» в Астане прошла с аншлагом"),
            ("Кино", "В Алматы снимут продолжение «Бизнесмена из аула»"),
            ("Кино", "Сборы «Томирис» превысили миллиард тенге"),
            ("Политика", "Премьер-министр провел совещание по ценам на топливо"),
            ("Культура", "Премьера оперы «Абай» пройдет в Шымкенте"),
            ("Общество", "В Караганде откроют новую ледовую арену"),
            ("Экономика", "Нацбанк сохранил базовую ставку"),
            ("Спорт", "«Кайрат» вышел в групповой этап"),
            ("Авто", "Премьера нового Haval: что известно"),
        ],
        "kk": [
            ("Кино", "«Томирис» фильмінің жалғасы түсіріледі"),
            ("Кино", "Жаңа қазақ комедиясының премьерасы өтті"),
            ("Қоғам", "Астанада жаңа мектептер ашылады"),
            ("Спорт", "Қазақстан құрамасы жеңіске жетті"),
            ("Экономика", "Ұлттық банк базалық мөлшерлемені сақтады"),
            ("Мәдениет", "Абай театрында жаңа спектакль қойылды"),
        ],
        "en": [
            ("Film", "Kazakh blockbuster premieres to a packed house in Astana"),
            ("Film", "Hollywood studio scouts locations in Mangystau"),
            ("Politics", "Prime minister holds meeting on fuel prices"),
            ("Business", "National Bank keeps base rate on hold"),
            ("Sport", "Kairat reach Champions League group stage"),
            ("Culture", "Astana Opera opens new season"),
        ],
    },
    list_heading={
        "ru": ["Сейчас читают", "Лучшее за неделю", "Вам может быть интересно"],
        "kk": ["Қазір оқып жатыр", "Апта үздіктері", "Сізге қызықты болуы мүмкін"],
        "en": ["Now reading", "Best of the week", "You may also like"],
    },
    caption={
        "ru": [
            "Фото: пресс-служба картины",
            "Скриншот из видео",
            "Фото: {site} / Данияр Оспанов",
            "Иллюстрация сгенерирована нейросетью",
        ],
        "kk": ["Фото: фильмнің баспасөз қызметі", "Скриншот: бейнежазбадан", "Сурет: {site}"],
        "en": ["Photo: press service of the film", "Screenshot from video", "Photo: {site}"],
    },
    footer={
        "ru": [
            "Скачайте приложение {site} для iOS и Android и читайте новости первыми.",
            "Все права защищены. Перепечатка материалов {site} без разрешения редакции запрещена.",
            "Нашли опечатку? Напишите нам в Telegram-бот редакции.",
        ],
        "kk": [
            "{site} қосымшасын жүктеп алып, жаңалықтарды бірінші оқыңыз.",
            "Барлық құқықтар қорғалған. {site} материалдарын рұқсатсыз көшіруге болмайды.",
        ],
        "en": [
            "Download the {site} app for iOS and Android to read the news first.",
            "All rights reserved. Republishing {site} content without permission is prohibited.",
        ],
    },
    sites=["tengrinews.kz", "kazinform.kz", "total.kz", "the-steppe.com", "elorda.info"],
    menu={
        "ru": ["Новости", "Мнения", "Культура", "Кино", "Спорт", "Подкасты", "Реклама"],
        "kk": ["Жаңалықтар", "Пікір", "Мәдениет", "Кино", "Спорт", "Подкаст"],
        "en": ["News", "Opinion", "Culture", "Film", "Sport", "Podcasts"],
    },
    masthead=_masthead,
    byline=_byline,
    related_entry=_entry,
    rates_header="Реклама · USD 507.15 · EUR 589.90 · RUB 6.31 · Астана -9°",
    rates_box="USD 507.15 | EUR 589.90",
    share="Поделиться: Telegram · WhatsApp · Instagram · Threads",
    notice={
        "ru": "Скачайте наше приложение: все новости Казахстана в одном месте.",
        "kk": "Біздің қосымшаны жүктеп алыңыз: Қазақстанның барлық жаңалықтары бір жерде.",
        "en": "Get our app: all the news of Kazakhstan in one place.",
    },
)


def build() -> list[dict[str, object]]:
    """The third blind set."""
    stories = list(BLIND3)
    random.Random(SEED).shuffle(stories)
    return render(stories, BLIND3_STYLE, seed=SEED, prefix="blind3_")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
