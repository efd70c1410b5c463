"""How well news understanding survives page layouts it was not shaped on.

Every plain-text story of the labelled sets (all but the unscored acceptance set) is laid out
again as flattened page text: site names, menus, a rates strip, weather, dates, counters, a tab
title ("Headline - Site"), rubrics and a list of unrelated headlines above the story, in a random
order drawn per story and per seed. The scores use bench/quality.py's metrics, so a drop against
the same stories as plain text is what the layout costs.

Run: .venv/bin/python bench/layouts.py [--seeds 3] [--verbose]"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import quality  # noqa: E402

SETS = ["devset", "holdout", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"]
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
    return "\n".join(lines + paragraphs)


def records(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    laid_out = []
    for name in SETS:
        for record in quality.load(ROOT / "tests" / "data" / f"{name}.jsonl"):
            if record["format"] != "text":
                continue
            title = record["content"].partition("\n")[0]
            content = lay_out(title, record["body"], rng)
            laid_out.append(dict(record, format="laid out", content=content, junk=TEASERS))
    return laid_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
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
        for name, (hits, total) in quality.score(records(seed), args.verbose).items():
            totals[name][0] += hits
            totals[name][1] += total
    print(f"{len(plain)} plain-text stories, each laid out {args.seeds} times")
    print(f"{'metric':20} {'plain':>6} {'laid out':>9} {'n':>5}  target")
    for name, target in quality.TARGETS.items():
        hits, total = baseline[name]
        laid_hits, laid_total = totals[name]
        print(
            f"{name:20} {hits / total:6.3f} {laid_hits / laid_total:9.3f} {laid_total:5d}  {target}"
        )


if __name__ == "__main__":
    main()
