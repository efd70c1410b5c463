"""The development set keeps the promised shape and the analysis keeps its key scores on it."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.article_input import parse_article
from bot.news import CATEGORIES, analyze
from tests.data.build_blind2 import build as build_blind2
from tests.data.build_blind3 import build as build_blind3
from tests.data.build_blind4 import build as build_blind4
from tests.data.build_blind5 import build as build_blind5
from tests.data.build_blind6 import build as build_blind6
from tests.data.build_blind7 import build as build_blind7
from tests.data.build_blind8 import records as build_blind8
from tests.data.build_blind9 import build as build_blind9
from tests.data.build_blind10 import build as build_blind10
from tests.data.build_blind11 import build as build_blind11
from tests.data.build_blind12 import build as build_blind12
from tests.data.build_devset import build
from tests.data.build_holdout import build as build_holdout

DATA = Path(__file__).parent / "data"
DEVSET = DATA / "devset.jsonl"


def records() -> list[dict[str, Any]]:
    with DEVSET.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_committed_devset_matches_its_builder() -> None:
    assert records() == json.loads(json.dumps(build(), ensure_ascii=False))


def test_devset_shape() -> None:
    items = records()
    assert len(items) >= 80
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 25
    assert sum(not item["is_cinema"] for item in items) >= 20
    assert {item["format"] for item in items} == {"text", "flat", "html"}


def test_cinema_and_premiere_facts_hold_on_devset() -> None:
    items = records()
    cinema_hits = fact_hits = facts = 0
    for item in items:
        article = parse_article(item["content"])
        published = date.fromisoformat(item["published"])
        result = analyze(title=article.title, text=article.text, published=published)
        cinema_hits += result.is_cinema == item["is_cinema"]
        label = item["premiere"]
        if label is not None and result.premiere is not None:
            got = result.premiere
            facts += 1
            fact_hits += (got.date.isoformat() if got.date else None) == label["date"]
        elif label is not None:
            facts += 1
    assert cinema_hits / len(items) >= 0.97
    assert fact_hits / facts >= 0.95


# Each labelled set after the dev set: its file, its builder, the id prefix, at least how many
# stories, premieres and non-film stories it promises.
LabelledSet = tuple[str, Callable[[], list[dict[str, object]]], str, int, int, int]
SETS: list[LabelledSet] = [
    ("holdout", build_holdout, "hold", 60, 28, 22),
    ("blind2", build_blind2, "blind", 70, 25, 24),
    ("blind3", build_blind3, "blind3_", 75, 25, 24),
    ("blind4", build_blind4, "blind4_", 70, 25, 24),
    ("blind5", build_blind5, "blind5_", 70, 25, 24),
    ("blind6", build_blind6, "blind6_", 60, 25, 20),
    ("blind7", build_blind7, "blind7_", 60, 26, 21),
    ("blind8", build_blind8, "blind8_", 60, 26, 21),
    ("blind9", build_blind9, "blind9_", 60, 26, 21),
    ("blind10", build_blind10, "blind10_", 60, 26, 21),
    ("blind11", build_blind11, "blind11_", 60, 26, 21),
    ("blind12", build_blind12, "blind12_", 60, 26, 21),
]


def labelled(name: str) -> list[dict[str, Any]]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.mark.parametrize("labelled_set", SETS, ids=[entry[0] for entry in SETS])
def test_committed_set_matches_its_builder(labelled_set: LabelledSet) -> None:
    name, builder = labelled_set[:2]
    assert labelled(name) == json.loads(json.dumps(builder(), ensure_ascii=False))


@pytest.mark.parametrize("labelled_set", SETS, ids=[entry[0] for entry in SETS])
def test_set_shape(labelled_set: LabelledSet) -> None:
    name, _, prefix, stories, premieres, not_film = labelled_set
    items = labelled(name)
    assert len(items) >= stories
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= premieres
    assert sum(not item["is_cinema"] for item in items) >= not_film
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith(prefix) for item in items)
