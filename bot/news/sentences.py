"""Sentence splitting with razdel, which knows Russian abbreviations and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from razdel import sentenize

# razdel cuts after "Nov." and inside «Title. Subtitle»; such pieces are glued back.
_ABBREVIATION_END = re.compile(
    r"(?<![\w])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|"
    r"Dir|Prof|Gen|Gov|Sen|approx|incl|vs|ca)\.$"
)

# razdel reads "−35 °C. В Астане" as an initial; after a degree sign the letter is a unit.
_UNIT_END = re.compile(r"°\s?[CСF]\.\s+(?=[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ«\"])")

_DAY_THEN_SENTENCE = re.compile(r"^(\d{1,2}\.)\s+([A-ZА-ЯЁ])")


def _open_quote(text: str) -> bool:
    # „…“ (Russian/German) closes with “, which opens in the English “…” style.
    if text.count("«") > text.count("»") or text.count("„") > text.count("“"):
        return True
    english_opens = text.count("“") - text.count("„")
    return english_opens > text.count("”")


_LEAD_CHARS = 4000  # summaries and facts come from the lead; a giant paragraph is read in part


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Sentences of one paragraph (of its first 4000 characters when longer), verbatim slices."""
    if len(paragraph) <= _LEAD_CHARS:
        return _split(paragraph)
    return _split(paragraph[:_LEAD_CHARS])[:-1]  # the last piece may be cut mid-sentence


@lru_cache(maxsize=512)
def _split(paragraph: str) -> tuple[str, ...]:
    spans: list[tuple[int, int]] = []
    for piece in _pieces(paragraph):
        if not piece.text.strip():
            continue
        if spans:
            start, stop = spans[-1]
            previous = paragraph[start:stop]
            if _open_quote(previous) or _ABBREVIATION_END.search(previous):
                # razdel reads "20. The screening…" after "Nov." as a numbered item: the day
                # ends the sentence and the rest starts the next one.
                day = _DAY_THEN_SENTENCE.match(piece.text)
                if day is None:
                    spans[-1] = (start, piece.stop)
                    continue
                spans[-1] = (start, piece.start + day.end(1))
                spans.append((piece.start + day.start(2), piece.stop))
                continue
        spans.append((piece.start, piece.stop))
    return tuple(paragraph[start:stop] for start, stop in spans)


@dataclass(frozen=True)
class _Piece:
    start: int
    stop: int
    text: str


def _pieces(paragraph: str) -> list[_Piece]:
    """razdel's sentences, cut again after a temperature that ends one."""
    pieces = []
    for piece in sentenize(paragraph):
        start = piece.start
        for unit in _UNIT_END.finditer(piece.text):
            end = piece.start + unit.end()
            stop = piece.start + unit.start() + len(unit.group().rstrip())
            pieces.append(_Piece(start, stop, paragraph[start:stop]))
            start = end
        pieces.append(_Piece(start, piece.stop, paragraph[start : piece.stop]))
    return pieces


def raw_sentence_count(text: str) -> int:
    """How many sentences razdel alone sees, without gluing titles back together."""
    return sum(1 for piece in _pieces(text) if piece.text.strip())
