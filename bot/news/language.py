"""Language of an article: ru, kk or en, from letters and function words."""

from __future__ import annotations

import re

from bot.news.lexicon import safe_lower

# Letters only Kazakh uses among these languages; "і" is shared with Ukrainian and Belarusian.
_KK_ONLY = frozenset("әғқңөұүһ")
_UK_ONLY = frozenset("їєґў")
_ANY_OF = {letters: re.compile(f"[{''.join(sorted(letters))}]") for letters in (_KK_ONLY, _UK_ONLY)}

_QUOTED = re.compile(r"«[^«»]{0,120}»|\"[^\"]{0,120}\"|“[^”]{0,120}”|„[^“”]{0,120}[“”]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# Counting by deleting the other characters of lower-cased text beats listing every match.
_NOT_CYRILLIC = re.compile(r"[^а-яёәғқңөұүһі]+")
_NOT_LATIN = re.compile(r"[^a-z]+")
# Frequent Kazakh words written without Kazakh-only letters.
_KK_WORDS = frozenset(
    [
        "және",
        "мен",
        "бен",
        "пен",
        "деп",
        "бар",
        "жоқ",
        "емес",
        "осы",
        "сол",
        "бұл",
        "ол",
        "олар",
        "біз",
        "сіз",
        "да",
        "де",
        "та",
        "те",
        "ма",
        "ме",
        "ба",
        "бе",
        "па",
        "пе",
        "жылы",
        "жыл",
        "кезде",
        "дейін",
        "кейін",
        "бойынша",
        "арасында",
        "туралы",
        "үшін",
        "тарапынан",
        "алғаш",
        "жаңа",
        "көп",
        "өтті",
        "өтеді",
        "болады",
        "болды",
        "болып",
        "бойы",
        "шейін",
        "ала",
        "алады",
        "тағы",
        "енді",
        "қазір",
        "бүгін",
        "ертең",
        "кеше",
        "жерде",
        "деді",
        "айтты",
        "шығады",
        "шықты",
        "жатыр",
        "керек",
        "сондай",
    ]
)
_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "не",
        "на",
        "что",
        "как",
        "по",
        "но",
        "из",
        "к",
        "у",
        "за",
        "от",
        "о",
        "об",
        "для",
        "это",
        "он",
        "она",
        "они",
        "мы",
        "вы",
        "был",
        "была",
        "было",
        "были",
        "его",
        "ее",
        "её",
        "их",
        "также",
        "который",
        "которая",
        "которые",
        "уже",
        "при",
        "после",
        "до",
        "или",
        "же",
        "бы",
        "со",
    ]
)


def _words_with(letters: frozenset[str], words: list[str], lowered: str) -> int:
    # Most texts have none of these letters at all: one check instead of one per word.
    if not _ANY_OF[letters].search(lowered):
        return 0
    return sum(1 for word in words if not letters.isdisjoint(word))


def detect_language(title: str, text: str) -> str:
    """`kk`, `ru` or `en`; quoted titles are ignored so a quoted Kazakh film name keeps `ru`."""
    sample = _QUOTED.sub(" ", f"{title}\n{text[:1500]}")
    safe = safe_lower(sample)
    if safe is None:
        cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    else:
        cyrillic, latin = len(_NOT_CYRILLIC.sub("", safe)), len(_NOT_LATIN.sub("", safe))
    if latin > cyrillic:
        return "en"
    lowered = sample.lower()
    words = [word for word in _WORD.findall(lowered) if _CYRILLIC.match(word)]
    if not words:
        return "ru"
    kk_letters = _words_with(_KK_ONLY, words, lowered)
    kk_words = sum(1 for word in words if word in _KK_WORDS)
    ru_words = sum(1 for word in words if word in _RU_WORDS)
    other_slavic = _words_with(_UK_ONLY, words, lowered)
    kk_share = (kk_letters + kk_words) / len(words)
    if kk_share >= 0.15 and kk_words + kk_letters > ru_words + other_slavic:
        return "kk"
    return "ru"
