"""Build tests/data/devset.jsonl from the hand-written stories: each story is served as plain
text, as flattened page text with site junk (like a scraped page) or as a full HTML page.

Run: .venv/bin/python -m tests.data.build_devset (deterministic; the output is committed)."""

from __future__ import annotations

import html
import json
import random
from dataclasses import asdict
from pathlib import Path

from tests.data.articles_film import FILM
from tests.data.articles_more import MORE
from tests.data.articles_other import NOT_FILM
from tests.data.articles_premiere import PREMIERES
from tests.data.model import Item

OUT = Path(__file__).with_name("devset.jsonl")

TRENDING = {
    "ru": [
        ("Пенсии", "Пенсионерам пересчитают выплаты с 1 января"),
        ("Кино", "Премьера фильма «Железный тулпар» в Астане собрала полный зал"),
        ("Погода", "Синоптики пообещали сильный ветер в Астане и Караганде"),
        ("Футбол", "Кайрат сыграет с Реалом в Лиге чемпионов"),
        ("Налоги", "Штрафы подросли: за какие нарушения придется платить больше"),
        ("Кино", "Сериал «Дорога домой» продлили на второй сезон"),
        ("Авто", "Цены на бензин вырастут в марте"),
        ("Здоровье", "Врачи рассказали, как пережить сезон гриппа"),
    ],
    "kk": [
        ("Кино", "«Алтын Орда» фильмінің премьерасы Астанада өтті"),
        ("Ауа райы", "Елдің солтүстігінде аяз күшейеді"),
        ("Спорт", "Қазақстан құрамасы жаңа бапкер тағайындады"),
        ("Қоғам", "Зейнетақы мөлшері қаңтардан бастап өседі"),
        ("Экономика", "Теңге бағамы әлсіреді"),
    ],
    "en": [
        ("Film", "Kazakh blockbuster 'Golden Horde' breaks box office records"),
        ("Business", "Tenge weakens against the dollar"),
        ("Sport", "Kazakhstan names new national team coach"),
        ("Politics", "Senate approves new tax code"),
        ("Weather", "Heavy snow expected in the north"),
    ],
}
LIST_HEADING = {
    "ru": ["В тренде:", "Читайте также", "Популярное"],
    "kk": ["Тағы оқыңыз", "Көп оқылған"],
    "en": ["Trending", "Read more"],
}
CAPTION = {
    "ru": ["Фото - {site}", "Фото: пресс-служба", "Кадр из фильма"],
    "kk": ["Сурет: {site}", "Фото: баспасөз қызметі"],
    "en": ["Photo: {site}", "Image: press service"],
}
FOOTER = {
    "ru": [
        "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "Любое использование материалов допускается только при наличии гиперссылки на {site}.",
    ],
    "kk": [
        "Жаңалықтарды бірінші болып білу үшін Telegram-арнамызға жазылыңыз!",
        "Материалдарды пайдаланған кезде {site} сайтына сілтеме міндетті.",
    ],
    "en": [
        "Subscribe to our newsletter for the latest news from Central Asia.",
        "Copyright © {site}. All rights reserved.",
    ],
}
SITES = ["caravan.kz", "tengrinews.kz", "informburo.kz", "kino.kz", "cronos.asia", "kursiv.media"]
MENU = {
    "ru": ["Главная", "Новости", "Политика", "Экономика", "Кино", "Спорт", "Контакты"],
    "kk": ["Басты бет", "Жаңалықтар", "Саясат", "Мәдениет", "Спорт"],
    "en": ["Home", "News", "Politics", "Business", "Culture", "Sport"],
}


def _junk(rng: random.Random, language: str) -> list[tuple[str, str]]:
    pool = TRENDING[language]
    return rng.sample(pool, k=min(len(pool), rng.randint(3, 5)))


def _flat(item: Item, rng: random.Random, site: str) -> tuple[str, list[str]]:
    junk = _junk(rng, item.language)
    paragraphs = item.body.split("\n")
    lines = [
        f"{item.title} - {site.split('.')[0].capitalize()}",
        "  • $ 503.44",
        "  • 593.35",
        f"{rng.choice(['+3', '-12', '+21'])} °C",
        rng.choice(["Алматы", "Астана"]),
        "2026 Год",
        "4 Февраля",
        "  • A",
        "  • A",
        "  • A",
        item.title,
        "",
        item.title,
        "",
        paragraphs[0],
        "",
        f"  • {rng.randint(1, 28)} Октября 2025",
        f"  • {rng.randint(90, 9000)}",
        rng.choice(CAPTION[item.language]).format(site=site),
        "",
    ]
    lines += [p for paragraph in paragraphs[1:] for p in (paragraph, "")]
    lines.append(rng.choice(FOOTER[item.language]).format(site=site))
    lines += ["", rng.choice(LIST_HEADING[item.language]), ""]
    for tag, headline in junk:
        lines += [tag, "", headline, ""]
    return "\n".join(lines), [headline for _, headline in junk]


def _html(item: Item, rng: random.Random, site: str) -> tuple[str, list[str]]:
    junk = _junk(rng, item.language)
    esc = html.escape
    menu = "".join(
        f'<li><a href="/{i}">{esc(word)}</a></li>' for i, word in enumerate(MENU[item.language])
    )
    related = "".join(
        f'<li><a href="/n/{i}"><span class="tag">{esc(tag)}</span> {esc(text)}</a></li>'
        for i, (tag, text) in enumerate(junk)
    )
    heading = esc(rng.choice(LIST_HEADING[item.language]))
    paragraphs = item.body.split("\n")
    body = f"<p><strong>{esc(paragraphs[0])}</strong></p>\n"
    body += (
        f'<figure><img src="/i.jpg" alt=""><figcaption>'
        f"{esc(rng.choice(CAPTION[item.language]).format(site=site))}</figcaption></figure>\n"
    )
    body += "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs[1:])
    footer = esc(rng.choice(FOOTER[item.language]).format(site=site))
    if rng.random() < 0.5:
        # Semantic layout: nav, aside and footer elements.
        sidebar = f'<aside class="sidebar"><h3>{heading}</h3><ul>{related}</ul></aside>'
        page_footer = f"<footer><p>{footer}</p><p>© 2026 {site}</p></footer>"
        navigation = f"<header><nav><ul>{menu}</ul></nav><div>USD 503.44 EUR 593.35</div></header>"
    else:
        # Div soup: only the text tells the widgets apart.
        sidebar = f"<div><h3>{heading}</h3><ul>{related}</ul></div>"
        page_footer = f"<div><p>{footer}</p></div>"
        navigation = f'<div class="top"><ul>{menu}</ul><div class="rates-box">$ 503.44</div></div>'
    page = f"""<!DOCTYPE html>
<html lang="{item.language}"><head><meta charset="utf-8">
<title>{esc(item.title)} | {site}</title>
<meta property="og:title" content="{esc(item.title)}">
<script>window.dataLayer = [];</script><style>body {{ font: 14px sans-serif }}</style>
</head><body>
{navigation}
<main><article>
<h1>{esc(item.title)}</h1>
<div class="meta"><time>{item.published}</time>
<span class="views">{rng.randint(100, 5000)}</span></div>
{body}
<div class="share">Поделиться: Facebook Telegram WhatsApp</div>
</article>
{sidebar}
</main>
{page_footer}
</body></html>"""
    return page, [text for _, text in junk]


def build() -> list[dict[str, object]]:
    """Every story in one of three shapes, with its labels."""
    rng = random.Random(20251023)
    records: list[dict[str, object]] = []
    for index, item in enumerate(PREMIERES + FILM + NOT_FILM + MORE):
        site = rng.choice(SITES)
        shape = ("text", "flat", "html")[index % 3]
        junk: list[str]
        if shape == "text":
            content, junk = f"{item.title}\n{item.body}\n", []
        elif shape == "flat":
            content, junk = _flat(item, rng, site)
        else:
            content, junk = _html(item, rng, site)
        records.append(
            {
                "id": f"dev{index:03d}",
                "format": shape,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": asdict(item.premiere) if item.premiere else None,
                "body": item.body,
                "junk": junk,
                "content": content,
            }
        )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles -> {OUT}")


if __name__ == "__main__":
    main()
