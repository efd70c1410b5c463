"""Calendar dates in Russian, Kazakh and English news text, with the year inferred when omitted."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.news.lexicon import Lexicon

_RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_RU_GENITIVE = (
    r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
_KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_KK_MONTH = (
    "("
    + "|".join(_KK_MONTHS)
    + r")(?:ның|нің|дың|дің|тың|тің|да|де|та|те|нда|нде|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|"
    r"ынан|інен|ы|і|)"
)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_DAY = r"(?<![\d.,])(\d{1,2})"
_RANGE = r"(?:\s*(?:-|–|—|по|и|әрі)\s*\d{1,2})?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("numeric", re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.]\d)")),
    # "премьера 04.12 в 19:00": day and month only; never before an amount ("1.10 млрд").
    (
        "numeric_short",
        re.compile(
            r"(?<![\d.,:])(\d{1,2})\.(\d{2})(?![\d]|\.\d|,\d)"
            r"(?!\s*(?:млн|млрд|тыс|трлн|million|billion|bn|m\b|%|тенге|теңге|₸|\$|руб|доллар|dollar))",
            re.IGNORECASE,
        ),
    ),
    (
        "kk_year_first",
        re.compile(
            r"(\d{4})\s*(?:ж\.|жыл\w*)\s+"
            + _DAY
            + r"(?:-?(?:ші|шы|і|ы))?\s+"
            + _KK_MONTH
            + r"(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "kk_month_first",
        re.compile(
            r"(?<!\w)" + _KK_MONTH + r"\s+" + _DAY + r"-?(?:і|ы|сі|сы|ші|шы)?(?!\d)", re.IGNORECASE
        ),
    ),
    (
        "ru",
        re.compile(
            _DAY + r"(?:-?го)?" + _RANGE + r"\s+" + _RU_GENITIVE + r"(?:\s+(\d{4}))?", re.IGNORECASE
        ),
    ),
    (
        "kk",
        re.compile(
            _DAY + r"(?:-?(?:ші|шы|і|ы))?" + _RANGE + r"(?:\s+|-)" + _KK_MONTH + r"(?!\w)"
            r"(?:\s+(\d{4}))?",
            re.IGNORECASE,
        ),
    ),
    # "14-го числа", "осы айдың 14-інде": a day of the month the story is published in.
    ("day_of_month", re.compile(_DAY + r"-?(?:го)?\s+числа(?!\w)", re.IGNORECASE)),
    ("day_of_month", re.compile(r"(?<!\w)айдың\s+" + _DAY + r"(?!\d)", re.IGNORECASE)),
    (
        "en_day_first",
        re.compile(
            _DAY + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r"(?!\w)(?:,?\s+(\d{4}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "en_month_first",
        re.compile(
            r"(?<!\w)" + _EN_MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4}))?",
            re.IGNORECASE,
        ),
    ),
)


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FoundDate:
    """A date as written; month 0 is the month of publication ("14-го числа")."""

    start: int
    day: int
    month: int
    year: int | None
    # A limit or an occasion ("до 15 октября", "к 8 Марта", "by May 1"), not when things happen.
    bound: bool = False


def _month_index(name: str, table: tuple[str, ...]) -> int:
    lowered = name.lower()
    for index, prefix in enumerate(table):
        if lowered.startswith(prefix):
            return index + 1
    raise ValueError(name)


def _found(kind: str, match: re.Match[str]) -> FoundDate | None:
    groups = match.groups()
    year: int | None
    if kind == "iso":
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    elif kind == "numeric":
        day, month = int(groups[0]), int(groups[1])
        year = int(groups[2]) + (2000 if len(groups[2]) == 2 else 0)
    elif kind == "numeric_short":
        day, month, year = int(groups[0]), int(groups[1]), None
    elif kind == "kk_year_first":
        year, day, month = int(groups[0]), int(groups[1]), _month_index(groups[2], _KK_MONTHS)
    elif kind == "kk_month_first":
        month, day, year = _month_index(groups[0], _KK_MONTHS), int(groups[1]), None
    elif kind == "day_of_month":
        day, month, year = int(groups[0]), 0, None
    elif kind in ("ru", "kk"):
        table = _RU_MONTHS if kind == "ru" else _KK_MONTHS
        day, month = int(groups[0]), _month_index(groups[1], table)
        year = int(groups[2]) if groups[2] else None
    elif kind == "en_day_first":
        day, month = int(groups[0]), _month_index(groups[1], _EN_MONTHS)
        year = int(groups[2]) if groups[2] else None
    else:
        month, day = _month_index(groups[0], _EN_MONTHS), int(groups[1])
        year = int(groups[2]) if groups[2] else None
    if year is not None and not 1900 < year < 2100:
        if kind in ("iso", "numeric", "kk_year_first"):
            return None
        year = None  # "12 марта 1500 зрителей": the number after the month is not a year
    # Month 0 stands for the month of publication, which only «14-го числа» leaves out; "в 18.00"
    # is a time.
    if not (0 if kind == "day_of_month" else 1) <= month <= 12 or not 1 <= day <= 31:
        return None
    return FoundDate(match.start(), day, month, year)


# Prepositions before and postpositions after a date that make it a limit or an occasion.
_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?:к|ко|до|накануне|by|until|till|before|ahead of)\s+$", re.IGNORECASE
)
_BOUND_AFTER = re.compile(
    r"^(?:\s+\d{4}\s*(?:года|г\.|жылғы|жыл)?)?\s*(?:-ға|-ге|-қа|-ке)?\s*"
    r"(?:дейін|шейін|қарсаңында)(?!\w)",
    re.IGNORECASE,
)


def _bound(text: str, start: int, end: int) -> bool:
    return bool(_BOUND_BEFORE.search(text[max(0, start - 12) : start])) or bool(
        _BOUND_AFTER.match(text[end : end + 30])
    )


def find_dates(text: str) -> list[FoundDate]:
    """Every calendar date in the text, in order of appearance (overlaps resolved left-first)."""
    if not _DIGIT.search(text):
        return []  # every date form has a day or year in digits
    found: list[tuple[int, int, FoundDate]] = []
    for kind, regex in _PATTERNS:
        for match in regex.finditer(text):
            item = _found(kind, match)
            if item is not None:
                if _bound(text, match.start(), match.end()):
                    item = replace(item, bound=True)
                found.append((match.start(), match.end(), item))
    found.sort(key=lambda entry: (entry[0], -entry[1]))
    result: list[FoundDate] = []
    last_end = -1
    for start, end, item in found:
        if start >= last_end:
            result.append(item)
            last_end = end
    return result


def resolve(found: FoundDate, published: date | None, ahead: bool | None = None) -> date | None:
    """A real date; a missing year comes from the publication date (long past → next year).

    A sentence in the future tense (`ahead`) points to the next such day, one in the past to the
    last: «пройдет 25 октября» in February is this autumn, «прошла 25 декабря» in January last
    winter. Without a tense, a date up to four months back or eight ahead is this year's."""
    year = found.year
    month = found.month
    if month == 0:
        if published is None:
            return None
        month = published.month
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, found.day)
        except ValueError:
            return None
        year += _year_shift(candidate, published, ahead)
    try:
        return date(year, month, found.day)
    except ValueError:
        return None


_SLACK = timedelta(days=7)  # a story may come out a few days after the day it announces


def _year_shift(candidate: date, published: date, ahead: bool | None) -> int:
    if ahead is True:
        return int(candidate < published - _SLACK)
    if ahead is False:
        return -int(candidate > published + _SLACK)
    if candidate < published - timedelta(days=120):
        return 1
    return -int(candidate > published + timedelta(days=245))


_RELATIVE_DAYS = {
    "сегодня": 0,
    "бүгін": 0,
    "today": 0,
    "tonight": 0,
    "завтра": 1,
    "ертең": 1,
    "tomorrow": 1,
    "послезавтра": 2,
    "вчера": -1,
    "кеше": -1,
    "yesterday": -1,
    "позавчера": -2,
    "накануне": -1,
}
# «Накануне» alone is the day before the story; «накануне премьеры» is an occasion, not a day.
_RELATIVE = Lexicon(
    r"(?<![\w-])("
    + "|".join(word for word in _RELATIVE_DAYS if word != "накануне")
    + r"|накануне(?=\s*[,.;:]|\s+(?:в|во|на|вечером|днем|днём|утром)\s))(?![\w-])"
)
_WEEKDAY_FORMS = (
    r"понедельник\w*|дүйсенбі\w*|monday",
    r"вторник\w*|сейсенбі\w*|tuesday",
    r"сред[ауы]|сәрсенбі\w*|wednesday",
    r"четверг\w*|бейсенбі\w*|thursday",
    r"пятниц[ауы]|жұма(?:да|\s+күні)?|friday",
    r"суббот[ауы]|сенбі\w*|saturday",
    r"воскресень[ея]|жексенбі\w*|sunday",
)
_WEEKDAYS = tuple(Lexicon(r"(?<![\w-])(?:" + forms + r")(?![\w-])") for forms in _WEEKDAY_FORMS)
_ANY_WEEKDAY = Lexicon(r"(?<![\w-])(?:" + "|".join(_WEEKDAY_FORMS) + r")(?![\w-])")
_PAST = Lexicon(
    r"состоял|прошл|прошел|показали|представили|собрал|өтті|болды|көрсетілді|premiered|"
    r"was held|took place|was screened|opened"
)


_FUTURE = Lexicon(
    r"(?<![\w-])(?:пройд[её]т|пройдут|состоится|состоятся|выйдет|выйдут|покажут|представят|"
    r"стартует|начн[её]тся|откро[ею]тся|будет|будут|увидят|өтеді|көрсетіледі|шығады|басталады|"
    r"will|is set to|is due|to premiere|scheduled)(?![\w-])"
)


def tense(text: str) -> bool | None:
    """True for a sentence about what is to come, False for a report, None when unclear."""
    future, past = bool(_FUTURE.search(text)), bool(_PAST.search(text))
    return None if future == past else future


_COUNTS = {
    "a": 1, "one": 1, "один": 1, "бір": 1, "two": 2, "два": 2, "две": 2, "екі": 2,
    "three": 3, "три": 3, "үш": 3, "four": 4, "четыре": 4, "төрт": 4, "five": 5, "пять": 5,
    "бес": 5,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")"
# «через неделю», «через три дня», "in two days", «бір аптадан кейін»: a span from the day of
# the story, unless it is counted from another event («через неделю после премьеры»).
_SPAN = re.compile(
    r"(?<![\w-])(?:(?:через|in)\s+(?:" + _COUNT + r"\s+)?(?P<unit>недел[юи]|дн(?:я|ей)|день|"
    r"weeks?|days?)|(?:" + _COUNT.replace("?P<n>", "?P<kk_n>") + r"\s+)?(?P<kk_unit>апта|күн)"
    r"(?:дан|нан|тан|тен|нен|ден)\s+кейін)(?![\w-])(?!\s+(?:после|after|соң))",
    re.IGNORECASE,
)


_WEEK_UNITS = ("недел", "week", "апта")


def _span_days(match: re.Match[str]) -> int | None:
    count = match.group("n") or match.group("kk_n")
    unit = (match.group("unit") or match.group("kk_unit")).lower()
    week = unit.startswith(_WEEK_UNITS)
    if count is None:
        # A bare singular is one («через неделю», "in a day"); "in days" counts nothing.
        return None if unit in ("days", "weeks", "дней", "дня", "недели") else 7 if week else 1
    return (int(count) if count.isdigit() else _COUNTS[count.lower()]) * (7 if week else 1)


def relative_date(text: str, published: date | None) -> date | None:
    """ "Завтра", "ертең", "on Friday", «через неделю»: the day they mean, counted from the
    publication date."""
    if published is None:
        return None
    span = _SPAN.search(text)
    days = _span_days(span) if span and tense(text) is not False else None
    if days is not None:
        return published + timedelta(days=days)
    match = _RELATIVE.search(text)
    if match:
        word = match.group(1).lower()
        # «Пройдет накануне» is the eve of another date in the story, not the day before it.
        if word == "накануне" and not _PAST.search(text):
            return None
        return published + timedelta(days=_RELATIVE_DAYS[word])
    if not _ANY_WEEKDAY.search(text):
        return None
    for weekday, regex in enumerate(_WEEKDAYS):
        match = regex.search(text)
        if match:
            ahead = (weekday - published.weekday()) % 7
            back = published - timedelta(days=(7 - ahead) % 7)
            return back if _looks_back(text, match.start()) else published + timedelta(days=ahead)
    return None


# "Last Friday", «в минувшую субботу», «өткен жұмада» say which way to count from the weekday
# itself; "next Friday", «в следующую субботу», «келесі сенбіде» the other way.
_BACK_WORD = re.compile(r"(?:last|past|минувш\w*|прошл\w*|өткен)\s+$", re.IGNORECASE)
_AHEAD_WORD = re.compile(
    r"(?:next|coming|следующ\w*|ближайш\w*|предстоящ\w*|келесі|алдағы)\s+$", re.IGNORECASE
)


def _looks_back(text: str, start: int) -> bool:
    """Whether the weekday at `start` is the last one before publication rather than the next:
    as its modifier says, else as the sentence's tense (a report of what already happened)."""
    before = text[max(0, start - 20) : start]
    if _BACK_WORD.search(before):
        return True
    if _AHEAD_WORD.search(before):
        return False
    return bool(_PAST.search(text))
