"""Is the story about film? Weighted film vocabulary against the subjects that share its words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.news.lexicon import FILM, FILM_WEAK, GADGET, GAMING, MUSIC, POLITICS, SPORT, THEATRE

_CAP = 4  # one word repeated all over a text is still one piece of evidence


@dataclass(frozen=True)
class Evidence:
    film: float
    rival: float
    rival_name: str


def _score(regex: re.Pattern[str], title: str, body: str) -> float:
    in_body = regex.findall(body)
    distinct_body = len({match.lower()[:6] for match in in_body})
    in_title = len(regex.findall(title))
    return 3.0 * min(in_title, 2) + min(len(in_body), _CAP * 2) * 0.5 + distinct_body


def evidence(title: str, body: str) -> Evidence:
    """Film score and the strongest competing subject's score."""
    rivals = {
        "theatre": _score(THEATRE, title, body),
        "music": _score(MUSIC, title, body),
        "gadget": _score(GADGET, title, body),
        "sport": _score(SPORT, title, body),
        "gaming": _score(GAMING, title, body),
        "politics": _score(POLITICS, title, body) * 0.5,
    }
    name = max(rivals, key=lambda key: rivals[key])
    film = _score(FILM, title, body) + 0.5 * _score(FILM_WEAK, title, body)
    return Evidence(film, rivals[name], name)


def is_cinema(title: str, body: str) -> bool:
    """Film news needs film words in the headline or many in the body, more than any rival topic."""
    found = evidence(title, body)
    in_title = bool(FILM.search(title))
    enough = found.film >= 4 if in_title else found.film >= 5
    return enough and found.film > 1.3 * found.rival
