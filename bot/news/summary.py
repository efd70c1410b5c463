"""Extractive summary: the lead sentences of the body, no repeats, no junk, within limits."""

from __future__ import annotations

import re

from bot.news.cleanup import is_caption, is_footer, without_dateline
from bot.news.lexicon import RECALL, Lexicon, fold
from bot.news.sentences import raw_sentence_count, split_sentences

MAX_SENTENCES = 3
MAX_CHARS = 600
_WORD = re.compile(r"\w{3,}")
# Body text ends its sentences; teaser headlines and link lists do not.
_FINISHED = re.compile(r"[.!?…][»\"”)]*\s*$")
_PROMO = Lexicon(r"читайте|подробнее на|смотрите на|перейдите|read more|click|оқыңыз")


def words(text: str) -> frozenset[str]:
    """Content words (folded, cut to a stem-like prefix) for overlap checks."""
    return frozenset(word[:6] for word in _WORD.findall(fold(text)))


def near_duplicate(first: str, second: str, threshold: float = 0.6) -> bool:
    """Whether one sentence mostly repeats the other."""
    a, b = words(first), words(second)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= threshold


def repeats_headline(sentence: str, title: str) -> bool:
    """A lead that adds little to the headline: under 40% of its words are new."""
    own, headline = words(sentence), words(title)
    return bool(own) and len(own - headline) / len(own) < 0.4


def _reads_apart(previous: str, sentence: str) -> bool:
    """Whether the two stay two sentences once joined: «…степи и гор.» read before a capital
    looks like the abbreviation «гор.», and a reader's splitter would glue them."""
    return split_sentences(f"{previous} {sentence}")[0] == previous


def _usable(sentence: str) -> bool:
    stripped = sentence.strip()
    return (
        30 <= len(stripped) <= 400
        and not stripped.endswith(":")
        and not is_caption(stripped)
        and not is_footer(stripped)
        and not _PROMO.search(stripped)
    )


def summarise(title: str, lines: list[str]) -> str:
    """Up to three lead sentences taken verbatim from the cleaned body lines; a lead that only
    repeats the headline is left out unless the story has nothing else but «Напомним» recalls
    of other films."""
    summary, own = _summary(title, lines, skip_headline=True)
    return summary if own else _summary(title, lines, skip_headline=False)[0]


def _summary(title: str, lines: list[str], skip_headline: bool) -> tuple[str, bool]:
    """The summary and whether any of it is the story's own rather than a recall."""
    chosen: list[str] = []
    own = False
    length = pieces = 0
    for line in lines:
        if len(line) < 25 or not (_FINISHED.search(line) or len(line) >= 150):
            continue
        for piece in split_sentences(line):
            sentence = without_dateline(piece)
            if not _usable(sentence) or (skip_headline and repeats_headline(sentence, title)):
                continue
            if any(near_duplicate(sentence, earlier) for earlier in chosen):
                continue
            if chosen and not _reads_apart(chosen[-1], sentence):
                continue
            extra = len(sentence) + (1 if chosen else 0)
            # Counted as a plain splitter would ("«Title. Subtitle»" may count as two).
            cost = raw_sentence_count(sentence)
            if length + extra > MAX_CHARS or pieces + cost > MAX_SENTENCES:
                continue
            chosen.append(sentence)
            own = own or not RECALL.match(line)
            length += extra
            pieces += cost
            if pieces == MAX_SENTENCES:
                return " ".join(chosen), own
    return " ".join(chosen), own
