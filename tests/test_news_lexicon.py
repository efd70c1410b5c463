"""The fast lexicon scan (lower-cased text, word-start index, one pass for all cities) finds
exactly what the plain case-insensitive regexes find."""

from __future__ import annotations

import random

import pytest

from bot.news import categories, lexicon, places
from bot.news.lexicon import Lexicon

_LEXICONS = [
    getattr(lexicon, name)
    for name in (
        "FILM",
        "FILM_WEAK",
        "THEATRE",
        "MUSIC",
        "GADGET",
        "SPORT",
        "GAMING",
        "POLITICS",
        "PREMIERE_WORD",
        "RELEASE_CUE",
    )
] + list(categories._LEXICON.values())
_SAMPLE = (
    "Премьера премьер-министр ФИЛЬМА кинопрокат прокат автомобилей Kinopark IMAX box office "
    "в прокате Box-Office кино-фестиваль Фестиваль «Ер Төстік» трейлер Trailer oscars Oscar "
    "Алматы алматыда Almaty region Алматы облысы Нур-Султан St. Petersburg Санкт-Петербурге "
    "Астане New York Los Angeles Канны Берлинале ıstanbul İstanbul ſtar µ — , . 12 марта "
    'мультфильм мультфильмы драма «Степь» комедия "Тест" концерт концертный зал спектакль'
)
_WORDS = _SAMPLE.split()


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    separators = (" ", " ", " ", "-", ", ", "\n", "")
    return [
        "".join(rng.choice(_WORDS) + rng.choice(separators) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("index", range(len(_LEXICONS)))
def test_lexicon_scan_matches_plain_regex(index: int) -> None:
    found: Lexicon = _LEXICONS[index]
    for text in _texts(400):
        expected = [m.lower() for m in found.exact.findall(text)]
        # The first scans of a text run the plain regex, later ones use the word-start index.
        for _ in range(3):
            assert [m.lower() for m in found.findall(text)] == expected, text
        plain = found.exact.search(text)
        fast = found.search(text)
        assert (fast and fast.start()) == (plain and plain.start()), text


def test_one_pass_finds_every_city_mention() -> None:
    for text in _texts(2000):
        expected = sorted(
            ((m.start(), city.ru) for city in places.CITIES for m in city.forms.finditer(text)),
            key=lambda item: item[0],
        )
        assert [(at, city.ru) for at, city in places.find_cities(text)] == expected, text
