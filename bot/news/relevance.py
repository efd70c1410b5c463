"""Is the story about film? Weighted film vocabulary against the subjects that share its words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.news.lexicon import (
    ELECTIONS,
    FILM,
    FILM_WEAK,
    FOOD,
    GADGET,
    GAMING,
    MUSIC,
    POLITICS,
    PROPERTY,
    SPORT,
    THEATRE,
    Lexicon,
    pattern,
)

_CAP = 4  # one word repeated all over a text is still one piece of evidence


@dataclass(frozen=True)
class Evidence:
    film: float
    rival: float
    rival_name: str


def _stem(match: str) -> str:
    return match.lower()[:6]


def _weigh(in_title: list[str], in_body: list[str]) -> float:
    distinct_body = len({_stem(match) for match in in_body})
    return 3.0 * min(len(in_title), 2) + min(len(in_body), _CAP * 2) * 0.5 + distinct_body


def _score(regex: Lexicon, title: str, body: str) -> float:
    return _weigh(regex.findall(title), regex.findall(body))


def _film_words(title: str, body: str) -> tuple[float, int]:
    """The film score and how many different film words make it."""
    strong = FILM.findall(title), FILM.findall(body)
    weak = FILM_WEAK.findall(title), FILM_WEAK.findall(body)
    # Per word: «премьера фильма» is one match of two words.
    distinct = {_stem(word) for found in strong + weak for match in found for word in match.split()}
    return _weigh(*strong) + 0.5 * _weigh(*weak), len(distinct)


def _film(title: str, body: str) -> float:
    return _film_words(title, body)[0]


def _rivals(title: str, body: str) -> dict[str, float]:
    return {
        "theatre": _score(THEATRE, title, body),
        "music": _score(MUSIC, title, body),
        "gadget": _score(GADGET, title, body),
        "sport": _score(SPORT, title, body),
        "gaming": _score(GAMING, title, body),
        "politics": _score(POLITICS, title, body) * 0.5,
        "property": _score(PROPERTY, title, body),
        "elections": _score(ELECTIONS, title, body),
        "food": _score(FOOD, title, body),
    }


def evidence(title: str, body: str) -> Evidence:
    """Film score and the strongest competing subject's score."""
    rivals = _rivals(title, body)
    name = max(rivals, key=lambda key: rivals[key])
    return Evidence(_film(title, body), rivals[name], name)


# A cinema the headline names and the story keeps returning to is the subject, not a mall's unit:
# «В Семее закрывается старейший кинотеатр» and two more mentions in the text.
_CINEMA_HALL = pattern(r"кинотеатр\w*|кинозал\w*|cinemas?\b|movie theaters?\b")


def _about_a_cinema(title: str, body: str) -> bool:
    return bool(_CINEMA_HALL.search(title)) and len(_CINEMA_HALL.findall(body)) >= 2


def is_cinema(title: str, body: str) -> bool:
    """Film news needs film words in the headline or many in the body, more than any rival topic."""
    film, distinct = _film_words(title, body)
    # Most news has too few film words to qualify; the rival topics are only weighed after that.
    # One word however often repeated (a mall's «кинотеатр») names a thing, not a subject.
    if film < (4 if FILM.search(title) else 5) or (
        distinct < 2 and not _about_a_cinema(title, body)
    ):
        return False
    return film > 1.3 * max(_rivals(title, body).values())
