"""How well news understanding survives page layouts it was not shaped on.

Every plain-text story of the labelled sets (all but the unscored acceptance set) is laid out
again, in a random arrangement drawn per story and per seed:
- `--shape flat` (default): flattened page text with site names, menus, a rates strip, weather,
  dates, counters, a tab title ("Headline - Site"), rubrics and a list of unrelated headlines
  above the story;
- `--shape html`: an HTML page with the headline in <h1>, <h2> or a div (the site's name
  sometimes in the <h1>, og:title only now and then), a cookie box, menus, a widget, teasers as
  links or cards before or after the story, the body as <p>s, <br>-broken text or divs with a
  read-also link inside, comments and a footer; class names are sometimes meaningless.
The scores use bench/quality.py's metrics, so a drop against the same stories as plain text is
what the layout costs.

Run: .venv/bin/python bench/layouts.py [--shape flat|html] [--seeds 3] [--verbose]"""

from __future__ import annotations

import argparse
import random
import sys
from html import escape as esc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import quality  # noqa: E402

SETS = ["devset", "holdout", *(f"blind{n}" for n in range(2, 13))]
SITES = ["Orda.kz", "VLAST.KZ", "Astana Times", "ulysmedia.kz", "Sputnik Казахстан", "qazaqstan.tv"]
LINKS = ["Войти", "Регистрация", "RU", "KZ", "EN", "Поиск по сайту", "Меню", "Кіру", "Sign in"]
SECTIONS = ["Подписаться", "Прямой эфир", "Спецпроекты", "Мультимедиа", "Реклама на сайте"]
RUBRICS = ["Культура", "Кино", "Общество", "Мәдениет", "Culture", "Главное", "Статьи", "Видео"]
LIST_HEADS = ["Популярное", "Сейчас читают", "Топ-5", "Көп оқылғандар", "Most read"]
TEASERS = [
    "В Астане открылся новый каток",
    "Премьер-министр встретился с фермерами",
    "Курс тенге укрепился к доллару",
    "Премьера спектакля «Гамлет» пройдет в Шымкенте",
    "В Алматы ожидается снегопад",
    "Смартфон Galaxy покажут в январе",
    "Фильм «Жаужүрек мың бала» вновь покажут на большом экране",
    "Astana Opera opens the season with a ballet premiere",
]
# Headings of the lists under a story, in wordings no rule lists.
TAIL_HEADS = ["Ещё из рубрики", "Лента", "Другие материалы", "Басқа жаңалықтар", "Elsewhere"]
DISCLAIMERS = [
    "Редакция не несет ответственности за содержание комментариев читателей.",
    "Пікірлер авторларының көзқарасы редакция ұстанымымен сәйкес келмеуі мүмкін.",
    "Views expressed in comments are those of their authors.",
]
MONTHS = ["ноября", "декабря", "марта", "қазан", "March"]


def _furniture(rng: random.Random) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice(SITES)
    if kind == 1:
        return rng.choice(LINKS)
    if kind == 2:
        usd, eur = rng.uniform(470, 520), rng.uniform(520, 600)
        return f"USD {usd:.2f}  EUR {eur:.2f}  RUB {rng.uniform(5, 7):.2f}"
    if kind == 3:
        return (
            f"{rng.choice(['Алматы', 'Астана', 'Шымкент'])} {rng.choice('+-')}{rng.randint(1, 30)}°"
        )
    if kind == 4:
        return f"{rng.choice(['Новости', 'Жаңалықтар', 'News'])} / {rng.choice(RUBRICS)}"
    if kind == 5:
        day, month = rng.randint(1, 28), rng.choice(MONTHS)
        return f"{day} {month} 2026, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return rng.choice(SECTIONS)


def lay_out(title: str, body: str, rng: random.Random) -> str:
    """The story as flattened page text with furniture and teasers in a random order."""
    paragraphs = body.split("\n")
    lines = [f"{title} - {rng.choice(SITES)}"] if rng.random() < 0.5 else []
    lines += [_furniture(rng) for _ in range(rng.randint(2, 7))]
    if rng.random() < 0.4:
        lines.append(rng.choice(LIST_HEADS))
        lines += rng.sample(TEASERS, 3)
        lines += [_furniture(rng) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.3:
        lines.append(rng.choice(RUBRICS))
    lines.append(title)
    if rng.random() < 0.5:
        lines.append(f"{rng.randint(100, 90000)}")
    if rng.random() < 0.3:
        lines.append(title)
    if rng.random() < 0.4 and len(paragraphs) > 2:
        inline = f"{_pick(rng, 'Читайте также', 'Тағы оқыңыз', 'See also')}: {rng.choice(TEASERS)}"
        paragraphs = [*paragraphs[:1], inline, *paragraphs[1:]]
    return "\n".join(lines + paragraphs + _below(rng))


def _below(rng: random.Random) -> list[str]:
    """What follows a story: tags, share and comment counters, a list of other stories under a
    heading of any wording, a disclaimer, the copyright."""
    lines = []
    if rng.random() < 0.5:
        lines.append(f"{_pick(rng, 'Теги', 'Тегтер', 'Tags')}: кино, {rng.choice(RUBRICS).lower()}")
    if rng.random() < 0.4:
        lines.append(_pick(rng, "Поделиться", "Бөлісу", "Share") + " · Facebook · Telegram")
    if rng.random() < 0.4:
        lines.append(f"{_pick(rng, 'Комментарии', 'Пікірлер', 'Comments')} ({rng.randint(0, 40)})")
    if rng.random() < 0.6:
        lines.append(rng.choice(TAIL_HEADS))
        lines += rng.sample(TEASERS, rng.randint(2, 4))
    if rng.random() < 0.3:
        lines.append(rng.choice(DISCLAIMERS))
    lines.append(f"© 2026 {rng.choice(SITES)}")
    return lines


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _teasers(rng: random.Random) -> str:
    """Other stories as list links or as cards of a linked headline."""
    picked = rng.sample(TEASERS, 3)
    if rng.random() < 0.5:
        items = "".join(f'<li><a href="/n/{i}">{esc(t)}</a></li>' for i, t in enumerate(picked))
        return f"<ul>{items}</ul>"
    return "".join(
        f'<div class="{_pick(rng, "card", "item", "c-x")}"><a href="/n/{i}"><h4>{esc(t)}</h4>'
        f"<span>{rng.randint(1, 23)}:{rng.randint(10, 59)}</span></a></div>"
        for i, t in enumerate(picked)
    )


def _body(paragraphs: list[str], rng: random.Random) -> str:
    """The story as <p>s, as one text block broken by <br><br>, or as "paragraph" divs, with a
    read-also link after the first paragraph now and then."""
    shape = rng.randrange(3)
    blocks = [esc(p) for p in paragraphs]
    if rng.random() < 0.4 and len(blocks) > 1:
        teaser = esc(rng.choice(TEASERS))
        label = _pick(rng, "Читайте также:", "Оқи отырыңыз:", "Read also:")
        blocks.insert(1, f'<strong>{label}</strong> <a href="/n/9">{teaser}</a>')
    if shape == 0:
        return "".join(f"<p>{b}</p>" for b in blocks)
    if shape == 1:
        return f'<div class="{_pick(rng, "text", "body", "t1")}">{"<br><br>".join(blocks)}</div>'
    return "".join(f'<div class="paragraph">{b}</div>' for b in blocks)


def html_page(title: str, body: str, rng: random.Random) -> str:
    """The story as an HTML page: headline in <h1>, <h2> or a div, the site's name sometimes
    in the <h1>, menus, widgets, a cookie box, teasers before or after the story, comments."""
    site = rng.choice(SITES)
    head_title = _pick(rng, f"{title} | {site}", f"{site} — {title}", f"{title} - Новости", title)
    og = f'<meta property="og:title" content="{esc(title)}">' if rng.random() < 0.5 else ""
    logo = f"<h1>{esc(site)}</h1>" if rng.random() < 0.3 else f'<div class="logo">{esc(site)}</div>'
    tag = "h1" if "<h1>" not in logo and rng.random() < 0.6 else _pick(rng, "h2", "div")
    headline = f'<{tag} class="{_pick(rng, "title", "headline", "h")}">{esc(title)}</{tag}>'
    menu = "".join(f'<li><a href="/{i}">{esc(w)}</a></li>' for i, w in enumerate(SECTIONS))
    widget = f'<div class="{_pick(rng, "rates", "w-top", "x2")}">{esc(_furniture(rng))}</div>'
    cookie = (
        f'<div class="{_pick(rng, "cc-window", "gdpr", "bar")}"><p>Мы используем файлы cookie, '
        "чтобы сайт работал лучше. Продолжая, вы соглашаетесь с их использованием.</p>"
        "<button>OK</button></div>"
    )
    sidebar = f'<div class="{_pick(rng, "sidebar", "col-right", "r3")}"><h3>'
    sidebar += f"{esc(rng.choice(LIST_HEADS))}</h3>{_teasers(rng)}</div>"
    comments = (
        f'<div class="{_pick(rng, "comments", "talk", "c9")}"><h3>Комментарии</h3>'
        "<p>Алия: Обязательно схожу, жду с нетерпением!</p><p>Марат: А когда в регионах?</p></div>"
    )
    article = (
        f"<article>{headline}<div class='meta'>{esc(_furniture(rng))}</div>"
        f"{_body(body.split(chr(10)), rng)}</article>"
    )
    before, after = (sidebar, "") if rng.random() < 0.4 else ("", sidebar)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(head_title)}</title>{og}"
        f"<script>var a = 1;</script></head><body>{cookie}<header>{logo}<ul class='m'>{menu}</ul>"
        f"{widget}</header><main>{before}{article}{after}</main>{comments}"
        f"<footer>© 2026 {esc(site)}</footer></body></html>"
    )


def records(seed: int, shape: str = "flat") -> list[dict[str, Any]]:
    rng = random.Random(seed)
    laid_out = []
    for name in SETS:
        for record in quality.load(ROOT / "tests" / "data" / f"{name}.jsonl"):
            if record["format"] != "text":
                continue
            title = record["content"].partition("\n")[0]
            render = html_page if shape == "html" else lay_out
            content = render(title, record["body"], rng)
            laid_out.append(dict(record, format=shape, content=content, junk=TEASERS))
    return laid_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--shape", choices=["flat", "html"], default="flat")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    plain = [
        record
        for name in SETS
        for record in quality.load(ROOT / "tests" / "data" / f"{name}.jsonl")
        if record["format"] == "text"
    ]
    baseline = quality.score(plain, verbose=False)
    totals = {name: [0, 0] for name in quality.TARGETS}
    for seed in range(1, args.seeds + 1):
        for name, (hits, total) in quality.score(records(seed, args.shape), args.verbose).items():
            totals[name][0] += hits
            totals[name][1] += total
    print(f"{len(plain)} plain-text stories, each laid out {args.seeds} times as {args.shape}")
    print(f"{'metric':20} {'plain':>6} {'laid out':>9} {'n':>5}  target")
    for name, target in quality.TARGETS.items():
        hits, total = baseline[name]
        laid_hits, laid_total = totals[name]
        print(
            f"{name:20} {hits / total:6.3f} {laid_hits / laid_total:9.3f} {laid_total:5d}  {target}"
        )


if __name__ == "__main__":
    main()
