"""Parsing what subscribers type into settings values; pure functions, errors as Refused."""

from __future__ import annotations

import re

from bot.errors import Refused
from storage.search import fold, words

MAX_WORDS = 50
MAX_CITIES = 20
MAX_CITY_CHARS = 60
DIGEST_MODES = ("off", "daily", "weekly")
CLEAR = frozenset({"clear", "-", "off", "очистить", "тазалау"})
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def edit_keywords(
    include: tuple[str, ...], exclude: tuple[str, ...], args: str
) -> tuple[list[str], list[str]]:
    """Apply '+word -word word' (or 'clear') to the current lists; words are stored folded."""
    if args.strip().lower() in CLEAR:
        return [], []
    if not words(args):
        raise Refused("keywords.usage")
    wanted, unwanted = list(include), list(exclude)
    for part in args.split():
        target, other = (unwanted, wanted) if part.startswith("-") else (wanted, unwanted)
        for word in words(part):
            if word in other:
                other.remove(word)
            if word not in target:
                target.append(word)
    return wanted[:MAX_WORDS], unwanted[:MAX_WORDS]


def parse_cities(args: str) -> list[str]:
    """'Алматы, Астана' -> the distinct city names as typed; 'clear' -> none."""
    if args.strip().lower() in CLEAR:
        return []
    cities: dict[str, str] = {}
    for part in re.split(r"[,;\n]", args):
        name = " ".join(part.split())[:MAX_CITY_CHARS]
        if name and words(name):
            cities.setdefault(fold(name), name)
    if not cities:
        raise Refused("city.usage")
    return list(cities.values())[:MAX_CITIES]


def parse_digest(args: str) -> tuple[str, str | None]:
    """'daily 08:30' -> ('daily', '08:30'); the time is optional and kept as HH:MM."""
    parts = args.lower().split()
    if not parts or parts[0] not in DIGEST_MODES or len(parts) > 2:
        raise Refused("digest.usage")
    if len(parts) == 1:
        return parts[0], None
    match = _TIME.match(parts[1])
    if match is None:
        raise Refused("digest.usage")
    return parts[0], f"{int(match[1]):02d}:{match[2]}"
