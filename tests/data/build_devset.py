"""Build tests/data/devset.jsonl from the hand-written stories: each story is served as plain
text, as flattened page text with site junk (like a scraped page) or as a full HTML page.
The site junk and page furniture come from a `Style`, so another set (tests/data/build_holdout.py)
can be rendered by the same code with junk of its own.

Run: .venv/bin/python -m tests.data.build_devset (deterministic; the output is committed)."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.data.articles_film import FILM
from tests.data.articles_more import MORE
from tests.data.articles_other import NOT_FILM
from tests.data.articles_premiere import PREMIERES
from tests.data.model import Item

OUT = Path(__file__).with_name("devset.jsonl")


@dataclass(frozen=True)
class Style:
    """The junk one family of sites wraps around an article, per language where it is text."""

    trending: dict[str, list[tuple[str, str]]]
    list_heading: dict[str, list[str]]
    caption: dict[str, list[str]]
    footer: dict[str, list[str]]
    sites: list[str]
    menu: dict[str, list[str]]
    # Flattened page: lines above the lead paragraph, lines under it, lines of one related link.
    masthead: Callable[[Item, random.Random, str], list[str]]
    byline: Callable[[random.Random], list[str]]
    related_entry: Callable[[str, str], list[str]]
    # HTML page: currency widget of the semantic and of the div-soup layout, share bar.
    rates_header: str
    rates_box: str
    share: str
    # Extra widget text (cookie or newsletter box) placed before the footer, per language.
    notice: dict[str, str] = field(default_factory=dict)


def _dev_masthead(item: Item, rng: random.Random, site: str) -> list[str]:
    return [
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
    ]


def _dev_byline(rng: random.Random) -> list[str]:
    return [f"  • {rng.randint(1, 28)} Октября 2025", f"  • {rng.randint(90, 9000)}"]


DEV = Style(
    trending={
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
    },
    list_heading={
        "ru": ["В тренде:", "Читайте также", "Популярное"],
        "kk": ["Тағы оқыңыз", "Көп оқылған"],
        "en": ["Trending", "Read more"],
    },
    caption={
        "ru": ["Фото - {site}", "Фото: пресс-служба", "Кадр из фильма"],
        "kk": ["Сурет: {site}", "Фото: баспасөз қызметі"],
        "en": ["Photo: {site}", "Image: press service"],
    },
    footer={
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
    },
    sites=[
        "caravan.kz",
        "tengrinews.kz",
        "informburo.kz",
        "kino.kz",
        "cronos.asia",
        "kursiv.media",
    ],
    menu={
        "ru": ["Главная", "Новости", "Политика", "Экономика", "Кино", "Спорт", "Контакты"],
        "kk": ["Басты бет", "Жаңалықтар", "Саясат", "Мәдениет", "Спорт"],
        "en": ["Home", "News", "Politics", "Business", "Culture", "Sport"],
    },
    masthead=_dev_masthead,
    byline=_dev_byline,
    related_entry=lambda tag, headline: [tag, "", headline, ""],
    rates_header="USD 503.44 EUR 593.35",
    rates_box="$ 503.44",
    share="Поделиться: Facebook Telegram WhatsApp",
)


def _junk(rng: random.Random, style: Style, language: str) -> list[tuple[str, str]]:
    pool = style.trending[language]
    return rng.sample(pool, k=min(len(pool), rng.randint(3, 5)))


def _flat(item: Item, rng: random.Random, site: str, style: Style) -> tuple[str, list[str]]:
    junk = _junk(rng, style, item.language)
    paragraphs = item.body.split("\n")
    lines = style.masthead(item, rng, site) + [paragraphs[0], ""] + style.byline(rng)
    lines += [rng.choice(style.caption[item.language]).format(site=site), ""]
    lines += [p for paragraph in paragraphs[1:] for p in (paragraph, "")]
    if item.language in style.notice:
        lines += [style.notice[item.language], ""]
    lines.append(rng.choice(style.footer[item.language]).format(site=site))
    lines += ["", rng.choice(style.list_heading[item.language]), ""]
    for tag, headline in junk:
        lines += style.related_entry(tag, headline)
    return "\n".join(lines), [headline for _, headline in junk]


def _html(item: Item, rng: random.Random, site: str, style: Style) -> tuple[str, list[str]]:
    junk = _junk(rng, style, item.language)
    esc = html.escape
    menu = "".join(
        f'<li><a href="/{i}">{esc(word)}</a></li>'
        for i, word in enumerate(style.menu[item.language])
    )
    related = "".join(
        f'<li><a href="/n/{i}"><span class="tag">{esc(tag)}</span> {esc(text)}</a></li>'
        for i, (tag, text) in enumerate(junk)
    )
    heading = esc(rng.choice(style.list_heading[item.language]))
    paragraphs = item.body.split("\n")
    body = f"<p><strong>{esc(paragraphs[0])}</strong></p>\n"
    body += (
        f'<figure><img src="/i.jpg" alt=""><figcaption>'
        f"{esc(rng.choice(style.caption[item.language]).format(site=site))}</figcaption></figure>\n"
    )
    body += "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs[1:])
    footer = esc(rng.choice(style.footer[item.language]).format(site=site))
    notice = style.notice.get(item.language)
    widget = f'<div class="notice"><p>{esc(notice)}</p></div>\n' if notice else ""
    if rng.random() < 0.5:
        # Semantic layout: nav, aside and footer elements.
        sidebar = f'<aside class="sidebar"><h3>{heading}</h3><ul>{related}</ul></aside>'
        page_footer = f"<footer><p>{footer}</p><p>© 2026 {site}</p></footer>"
        navigation = (
            f"<header><nav><ul>{menu}</ul></nav><div>{esc(style.rates_header)}</div></header>"
        )
    else:
        # Div soup: only the text tells the widgets apart.
        sidebar = f"<div><h3>{heading}</h3><ul>{related}</ul></div>"
        page_footer = f"<div><p>{footer}</p></div>"
        navigation = (
            f'<div class="top"><ul>{menu}</ul>'
            f'<div class="rates-box">{esc(style.rates_box)}</div></div>'
        )
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
<div class="share">{esc(style.share)}</div>
</article>
{sidebar}
</main>
{widget}{page_footer}
</body></html>"""
    return page, [text for _, text in junk]


def render(items: list[Item], style: Style, seed: int, prefix: str) -> list[dict[str, object]]:
    """Every story in one of three shapes, with its labels and the junk put around it."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    for index, item in enumerate(items):
        site = rng.choice(style.sites)
        shape = ("text", "flat", "html")[index % 3]
        junk: list[str]
        if shape == "text":
            content, junk = f"{item.title}\n{item.body}\n", []
        elif shape == "flat":
            content, junk = _flat(item, rng, site, style)
        else:
            content, junk = _html(item, rng, site, style)
        records.append(
            {
                "id": f"{prefix}{index:03d}",
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


def build() -> list[dict[str, object]]:
    """The development set."""
    return render(PREMIERES + FILM + NOT_FILM + MORE, DEV, seed=20251023, prefix="dev")


def write(records: list[dict[str, object]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles -> {out}")


def main() -> None:
    write(build(), OUT)


if __name__ == "__main__":
    main()
