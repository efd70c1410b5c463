"""The development set keeps the promised shape and the analysis keeps its key scores on it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from bot.article_input import parse_article
from bot.news import CATEGORIES, analyze
from tests.data.build_blind2 import build as build_blind2
from tests.data.build_blind3 import build as build_blind3
from tests.data.build_blind4 import build as build_blind4
from tests.data.build_blind5 import build as build_blind5
from tests.data.build_devset import build
from tests.data.build_holdout import build as build_holdout

DEVSET = Path(__file__).parent / "data" / "devset.jsonl"
HOLDOUT = Path(__file__).parent / "data" / "holdout.jsonl"
BLIND2 = Path(__file__).parent / "data" / "blind2.jsonl"
BLIND3 = Path(__file__).parent / "data" / "blind3.jsonl"
BLIND4 = Path(__file__).parent / "data" / "blind4.jsonl"
BLIND5 = Path(__file__).parent / "data" / "blind5.jsonl"


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


def test_committed_holdout_matches_its_builder() -> None:
    with HOLDOUT.open(encoding="utf-8") as lines:
        committed = [json.loads(line) for line in lines]
    assert committed == json.loads(json.dumps(build_holdout(), ensure_ascii=False))


def test_holdout_shape() -> None:
    with HOLDOUT.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    assert len(items) >= 60
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 28
    assert sum(not item["is_cinema"] for item in items) >= 22
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith("hold") for item in items)


def test_committed_blind2_matches_its_builder() -> None:
    with BLIND2.open(encoding="utf-8") as lines:
        committed = [json.loads(line) for line in lines]
    assert committed == json.loads(json.dumps(build_blind2(), ensure_ascii=False))


def test_blind2_shape() -> None:
    with BLIND2.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    assert len(items) >= 70
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 25
    assert sum(not item["is_cinema"] for item in items) >= 24
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith("blind") for item in items)


def test_committed_blind3_matches_its_builder() -> None:
    with BLIND3.open(encoding="utf-8") as lines:
        committed = [json.loads(line) for line in lines]
    assert committed == json.loads(json.dumps(build_blind3(), ensure_ascii=False))


def test_blind3_shape() -> None:
    with BLIND3.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    assert len(items) >= 75
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 25
    assert sum(not item["is_cinema"] for item in items) >= 24
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith("blind3_") for item in items)


def test_committed_blind4_matches_its_builder() -> None:
    with BLIND4.open(encoding="utf-8") as lines:
        committed = [json.loads(line) for line in lines]
    assert committed == json.loads(json.dumps(build_blind4(), ensure_ascii=False))


def test_blind4_shape() -> None:
    with BLIND4.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    assert len(items) >= 70
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 25
    assert sum(not item["is_cinema"] for item in items) >= 24
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith("blind4_") for item in items)


def test_committed_blind5_matches_its_builder() -> None:
    with BLIND5.open(encoding="utf-8") as lines:
        committed = [json.loads(line) for line in lines]
    assert committed == json.loads(json.dumps(build_blind5(), ensure_ascii=False))


def test_blind5_shape() -> None:
    with BLIND5.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    assert len(items) >= 70
    assert {item["language"] for item in items} == {"ru", "kk", "en"}
    primaries = Counter(item["primary"] for item in items if item["is_cinema"])
    assert set(primaries) == set(CATEGORIES)
    assert sum(item["premiere"] is not None for item in items) >= 25
    assert sum(not item["is_cinema"] for item in items) >= 24
    assert {item["format"] for item in items} == {"text", "flat", "html"}
    assert all(item["id"].startswith("blind5_") for item in items)
