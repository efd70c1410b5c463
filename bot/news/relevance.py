"""Is the story about film? Weighted film vocabulary against the subjects that share its words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.news.lexicon import (
    FILM,
    FILM_WEAK,
    GADGET,
    GAMING,
    MUSIC,
    POLITICS,
    SPORT,
    THEATRE,
    Lexicon,
)

_CAP = 4  # one word repeated all over a text is still one piece of evidence


@dataclass(frozen=True)
class Evidence:
    film: float
    rival: float
    rival_name: str


def _score(regex: Lexicon, title: str, body: str) -> float:
    in_body = regex.findall(body)
    distinct_body = len({match.lower()[:6] for match in in_body})
    in_title = len(regex.findall(title))
    return 3.0 * min(in_title, 2) + min(len(in_body), _CAP * 2) * 0.5 + distinct_body


def _film(title: str, body: str) -> float:
    return _score(FILM, title, body) + 0.5 * _score(FILM_WEAK, title, body)


def _rivals(title: str, body: str) -> dict[str, float]:
    return {
        "theatre": _score(THEATRE, title, body),
        "music": _score(MUSIC, title, body),
        "gadget": _score(GADGET, title, body),
        "sport": _score(SPORT, title, body),
        "gaming": _score(GAMING, title, body),
        "politics": _score(POLITICS, title, body) * 0.5,
    }


def evidence(title: str, body: str) -> Evidence:
    """Film score and the strongest competing subject's score."""
    rivals = _rivals(title, body)
    name = max(rivals, key=lambda key: rivals[key])
    return Evidence(_film(title, body), rivals[name], name)


def is_cinema(title: str, body: str) -> bool:
    """Film news needs film words in the headline or many in the body, more than any rival topic."""
    film = _film(title, body)
    # Most news has too few film words to qualify; the rival topics are only weighed after that.
    if film < (4 if FILM.search(title) else 5):
        return False
    return film > 1.3 * max(_rivals(title, body).values())
