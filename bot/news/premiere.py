"""Premiere facts: the main film and others, the date, the city and the venue."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.news.dates import FoundDate, find_dates, relative_date, resolve, tense
from bot.news.events import event_key
from bot.news.lexicon import PREMIERE_WORD, RELEASE_CUE, fold
from bot.news.places import City, find_cities, find_venues, hinted_city

_QUOTE = re.compile(
    r"«(?P<a>(?:[^«»]|«[^«»]*»){1,90})»|„(?P<b>[^“”„]{1,90})[“”]|“(?P<c>[^“”]{1,90})”"
    r"|\"(?P<d>[^\"\n]{1,90})\"|‘(?P<e>[^‘’\n]{1,90})’"
    # An apostrophe between letters is part of the title: 'Grandma's House'.
    r"|(?<![\w])'(?P<f>[A-Z](?:[^'\n]|(?<=\w)'(?=\w)){0,90}?)'(?!\w)"
)
# After a noun («фильма «X»», «триллера «X»») a Russian title keeps its own form; after
# «премьере» or bare in a headline it is declined («на премьере «Карты памяти»»).
_FILM_NOUNS = (
    r"фильм\w*|мультфильм\w*|картин\w*|кинолент\w*|лент[аыуео]й?|кинокартин\w*|сериал\w*|"
    r"комеди\w*|драм\w*|боевик\w*|триллер\w*|мелодрам\w*|хоррор\w*|ужастик\w*|экранизаци\w*|"
    r"проект\w*|сиквел\w*|документальн\w*|анимационн\w*|нуар\w*|"
    r"films?|movies?|features?|documentar(?:y|ies)|dramas?|comed(?:y|ies)|thrillers?|series|sequels?|"
    r"animated"
)
_FILM_NOUN_BEFORE = re.compile(r"(?:" + _FILM_NOUNS + r")\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# «фильма «Тулпар»»: a name right after a film noun is the film's, though an award, a studio or
# a chain bears it too.
_FILM_NOUN_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:" + _FILM_NOUNS + r")\s+$", re.IGNORECASE)
_FILM_BEFORE = re.compile(
    r"(?:" + _FILM_NOUNS + r"|премьер\w*|кинопремьер\w*|premiere of)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Kazakh puts the film word after the title, often with an adjective between: «X» тарихи фильмі,
# «X» романтикалық комедиясы.
_FILM_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:фильм\w*|картина\w*|туынды\w*|мультфильм\w*|сериал\w*|"
    r"кинотуынды\w*|комедия\w*|драма\w*|мелодрама\w*|триллер\w*|анимация\w*|хикая\w*)"
    r"|^\s*(?:деректі|толықметражды|анимациялық|premieres|will premiere|opens|hits)",
    re.IGNORECASE,
)
# «Арман» кинотеатрында, «Қазақфильм» киностудиясы: names of places and organisations.
_NOT_FILM_AFTER = re.compile(
    r"^\s*(?:орталық\s+|ұлттық\s+|central\s+|national\s+)?(?:кинотеатр\w*|киностудия\w*|студия\w*|фестивал\w*|сыйлығ\w*|театр\w*|"
    r"орталығ\w*|сарай\w*|концерт\w*|телеарна\w*|роман(?!тик)\w*|кітаб\w*|повес\w*|cinema|studio|"
    r"festival|novel)",
    re.IGNORECASE,
)
_NOT_FILM_BEFORE = re.compile(
    r"(?:компани\w*|студи\w*|киностуди\w*|ТОО|АО|телеканал\w*|канал\w*|кинотеатр\w*|ТРЦ|ТРК|"
    r"фестивал\w*|кинофестивал\w*|преми\w*|газет\w*|журнал\w*|агентств\w*|фонд\w*|центр\w*|"
    r"театр\w*|спектакл\w*|альбом\w*|песн\w*|клип\w*|сингл\w*|трек\w*|групп\w*|парти\w*|"
    r"дворц\w*|зал\w*|организаци\w*|ассоциаци\w*|союз\w*|"
    # The book a film is made from: «экранизация романа «Путь Абая»», "the novel 'Steppe'".
    r"роман(?!тик)\w*|книг\w*|повест\w*|пьес\w*|поэм\w*|novel|book|play|"
    r"festival|award|company|studio|channel|album|song|single|theatre|theater|cinema)\s+$",
    re.IGNORECASE,
)
_NOT_TITLES = frozenset(
    fold(name)
    for name in (
        "Казахфильм",
        "Казахфильма",
        "Казахфильму",
        "Казахфильмом",
        "Kazakhfilm",
        "Казахконцерт",
        "Kinopark",
        "Chaplin",
        "Арман",
        "Бекет",
        "Netflix",
        "Оскар",
        "Ника",
        "Тулпар",
        "Золотой орел",
        "Еуразия",
        "Евразия",
        "Шакен жулдыздары",
        "Kazakhfilm studio",
    )
)


@dataclass(frozen=True)
class Unit:
    """One sentence of the article with where it stands."""

    text: str
    headline: bool
    recall: bool


@dataclass(frozen=True)
class Facts:
    titles: tuple[str, ...]
    date: date | None
    city: str | None
    venue: str | None


def _looks_like_title(text: str, framed: bool, named_as_film: bool = False) -> bool:
    words = text.split()
    # «Мама, я дома!» after «комедия» is a title; a bare quoted exclamation is a remark.
    unfinished = r"[.,;]\s*$" if framed else r"[.!?,;]\s*$"
    return (
        0 < len(words) <= 9
        and not re.search(unfinished, text)
        and (text[0].isupper() or text[0].isdigit())
        and (named_as_film or fold(text) not in _NOT_TITLES)
        and not re.search(r"[—–]\s*$", text)
    )


# «А» мен «Б» фильмдері, фильмы «А» и «Б», "A" and "B" films: one film word frames both names.
_JOINED = re.compile(r"^\s*(?:,|и|и еще|мен|пен|бен|және|and|,\s*and)\s*$", re.IGNORECASE)


def _framing(sentence: str, matches: list[re.Match[str]]) -> list[bool]:
    """Whether film words frame each quoted name, itself or through a name joined to it."""
    own = [
        bool(
            _FILM_BEFORE.search(sentence[max(0, match.start() - 40) : match.start()])
            or _FILM_AFTER.search(sentence[match.end() : match.end() + 30])
        )
        for match in matches
    ]
    # Runs of names joined one to the next share their framing.
    runs: list[list[int]] = []
    for index, match in enumerate(matches):
        if runs and _JOINED.match(sentence[matches[index - 1].end() : match.start()]):
            runs[-1].append(index)
        else:
            runs.append([index])
    framed = list(own)
    for run in runs:
        if any(own[index] for index in run):
            for index in run:
                framed[index] = True
    return framed


def quoted_titles(sentence: str) -> list[tuple[str, bool]]:
    """Quoted names that could be film titles, each with whether film words frame it."""
    found: list[tuple[str, bool]] = []
    matches = list(_QUOTE.finditer(sentence))
    for match, framed in zip(matches, _framing(sentence, matches), strict=True):
        title = next(value for value in match.groupdict().values() if value).strip()
        before = sentence[max(0, match.start() - 40) : match.start()]
        after = sentence[match.end() : match.end() + 30]
        named_as_film = bool(_FILM_NOUN_RIGHT_BEFORE.search(before))
        if (
            not _looks_like_title(title, framed, named_as_film)
            or (_NOT_FILM_BEFORE.search(before) and not _NAME_FIRST.search(before))
            or _NOT_FILM_AFTER.search(after)
        ):
            continue
        if not framed and _is_speech(title, before, after):
            continue
        found.append((title, framed))
    return found


# «Бекет» кинотеатрында «X» фильмі: in Kazakh the hall word follows the name it belongs to, so
# after a closing quote it does not describe the next quote.
_NAME_FIRST = re.compile(r"[»\"”]\s+(?:[\w-]+\s+){0,3}$")


# «Мы хотели показать правду»: режиссер о фильме — a quoted remark, not a title.
_SPEECH_START = re.compile(
    r"^(?:я|мы|мне|нам|нас|меня|это|как|почему|что|когда|если|не|мен|біз|бұл|i|we|it's|it is|"
    r"this|my|our)\b",
    re.IGNORECASE,
)


def _is_speech(title: str, before: str, after: str) -> bool:
    return (
        after.lstrip().startswith((":", "—", "–", "-"))
        or before.rstrip().endswith(":")
        or bool(_SPEECH_START.match(title))
    )


# English headlines often leave titles unquoted: "Kazakh drama Steppe Wind to premiere in Almaty".
_EN_BARE_TITLE = re.compile(
    r"(?P<t>[A-Z0-9][\w'’:.-]*(?:\s+(?:[A-Z0-9][\w'’:.-]*|of|the|and|a|in|on|at|to))*?)\s+"
    r"(?:premieres?|to premiere|will premiere|opens|to open|hits|arrives|debuts|gets|is coming)\b"
)
_NOT_BARE_TITLE = frozenset({"kazakh", "netflix", "film", "movie", "new", "the", "kazakhstan"})
# Or after its genre: "the romantic comedy Wedding Season will skip cinemas".
_EN_AFTER_GENRE = re.compile(
    r"\b(?:film|movie|feature|documentary|drama|comedy|thriller|horror|animation|cartoon|"
    r"musical|western|biopic|romance)\s+(?P<t>(?:The |A |An )?[A-Z0-9][\w'’-]*"
    r"(?:(?:\s+(?:of|the|and|a|an|in|on|at|to|for))*\s+[A-Z0-9][\w'’-]*)*)"
)


def _bare_english_title(units: list[Unit]) -> str | None:
    for unit in units[:3]:
        for regex in (_EN_AFTER_GENRE, _EN_BARE_TITLE):
            for match in regex.finditer(unit.text):
                title = match.group("t").strip(" :")
                if title.lower() not in _NOT_BARE_TITLE and not find_cities(title):
                    return title
    return None


def _inflected_alike(first: str, second: str) -> bool:
    """The same words up to the last two letters of the shorter one: «Карты памяти» and «Карта
    памяти», «Матери гор» and «Мать гор» (the stem itself may change in declension)."""
    a, b = fold(first).split(), fold(second).split()
    return len(a) == len(b) and all(
        x[:stem] == y[:stem] and abs(len(x) - len(y)) <= 2
        for x, y in zip(a, b, strict=True)
        for stem in (max(3, min(len(x), len(y)) - 2),)
    )


def _after_film_noun(units: list[Unit]) -> list[str]:
    """Quoted names right after a film noun, in the form the title itself has."""
    found: list[str] = []
    for unit in units:
        if unit.recall:
            continue
        for match in _QUOTE.finditer(unit.text):
            if _FILM_NOUN_BEFORE.search(unit.text[max(0, match.start() - 40) : match.start()]):
                found.append(next(value for value in match.groupdict().values() if value).strip())
    return found


def _own_form(main: str, units: list[Unit]) -> str:
    """The main title as written after a film noun when it was found declined elsewhere."""
    forms = _after_film_noun(units)
    if main in forms:
        return main
    return next((form for form in forms if _inflected_alike(main, form)), main)


def _venue_names(units: list[Unit]) -> frozenset[str]:
    return frozenset(fold(name) for unit in units for _, name in find_venues(unit.text))


def _titles(units: list[Unit]) -> tuple[str, ...]:
    framed: list[str] = []
    headline_loose: list[str] = []
    loose: list[str] = []
    recalled: list[str] = []
    # «Целинный» покажет фильм «Х»: a quoted name the story gives as the venue is no film.
    venues = _venue_names(units)
    for unit in units:
        for title, is_framed in quoted_titles(unit.text):
            if fold(title) in venues:
                continue
            if unit.recall:
                if is_framed:
                    recalled.append(title)
            elif is_framed:
                framed.append(title)
            else:
                (headline_loose if unit.headline else loose).append(title)
    # Film words around a quote are the best evidence; then the headline; then anything quoted.
    best = framed + headline_loose
    current = best + (loose if not best else [])
    if not current:
        # An unquoted English title beats a quoted one the story only recalls.
        current = [bare] if (bare := _bare_english_title(units)) else []
    ordered: list[str] = []
    keys: set[str] = set()
    for title in current + recalled:
        key = event_key(title)
        if key and key not in keys:
            keys.add(key)
            ordered.append(title)
    if not ordered:
        return ()
    # Headlines shorten titles: «Ер Төстік» in the headline, «Ер Төстік и дракон» in the text.
    main_key = event_key(ordered[0])
    fuller = [t for t in ordered[1:] if event_key(t).startswith(main_key + " ")]
    if fuller:
        ordered.remove(fuller[0])
        ordered[0] = fuller[0]
    main = _own_form(ordered[0], units)
    return tuple([main] + [t for t in ordered[1:] if t != main])


@lru_cache(maxsize=256)
def _cue(text: str) -> bool:
    return bool(PREMIERE_WORD.search(text) or RELEASE_CUE.search(text))


def _cue_unit(unit: Unit) -> bool:
    return _cue(unit.text)


# "ALMATY, Dec 2 –", «АСТАНА, 3 марта —»: a wire story's place and filing day, not the event's.
_DATELINE_STAMP = re.compile(
    r"^\W*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ-]{3,}(?:\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ-]{3,})?[,.]\s*(?=[^—–\n]{0,25}\d)"
    r"[^—–\n]{1,25}?\s[—–-]\s"
)


def _event_dates(text: str) -> list[FoundDate]:
    """The dates of a sentence, without the filing day of a dateline."""
    stamp = _DATELINE_STAMP.match(text)
    return find_dates(" " * stamp.end() + text[stamp.end() :] if stamp else text)


# «перенесена с 5 на 12 марта», "moved from March 5 to March 12", «… 12 наурызға ауыстырылды».
_POSTPONED = re.compile(
    r"перен[её]с\w*|переноси\w*|отложен\w*|сдвину\w*|postponed|moved|rescheduled|pushed back|"
    r"delayed|ауыстырыл\w*|кейінге қалдырыл\w*|шегеріл\w*",
    re.IGNORECASE,
)


def _by_relevance(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A sentence's dates, the event's first: after a postponement the new date («перенесена
    на 12 марта»; the last one when the verb comes after both, as Kazakh puts it); else the
    date nearest the word premiere («снимали с 5 января, премьера пройдет 12 марта»)."""
    if len(found) < 2:
        return found
    moved = _POSTPONED.search(text)
    if moved:
        # "from March 5 to March 12": the old date follows «с», "from".
        later = [
            day
            for day in found
            if day.start > moved.start() and not _OLD_DATE.search(text[: day.start])
        ]
        return later + [day for day in found if day not in later] if later else found[::-1]
    cues = [match.start() for match in PREMIERE_WORD.finditer(text)]
    if not cues:
        return found
    clause = _clause_of(text)
    cue_clauses = {clause(cue) for cue in cues}
    return sorted(
        found,
        key=lambda day: (
            clause(day.start) not in cue_clauses,
            min(abs(day.start - c) for c in cues),
        ),
    )


_OLD_DATE = re.compile(r"(?<![\w-])(?:from|с|со)\s+$", re.IGNORECASE)
# Clauses of a sentence: «снимали с 5 января по 20 февраля, премьера пройдет 12 марта».
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s(?:а|но|while|and)\s")


def _clause_of(text: str) -> Callable[[int], int]:
    breaks = [match.start() for match in _CLAUSE_BREAK.finditer(text)]
    return lambda position: sum(1 for at in breaks if at < position)


def _explicit_date(units: list[Unit], published: date | None, bound: bool = False) -> date | None:
    for unit in units:
        found_dates = _by_relevance(unit.text, _event_dates(unit.text))
        ahead = tense(unit.text) if found_dates else None
        for found in found_dates:
            resolved = resolve(found, published, ahead) if found.bound == bound else None
            if resolved is not None:
                return resolved
    return None


def _sentence_date(unit: Unit, published: date | None) -> date | None:
    # "Сегодня его фильм обсуждают" is no date of a screening; "вчера прошла премьера" is.
    relative = relative_date(unit.text, published) if PREMIERE_WORD.search(unit.text) else None
    return _explicit_date([unit], published) or relative


def _first_date(units: list[Unit], published: date | None) -> date | None:
    """The date of the first premiere sentence that gives one, written ("20 ноября") or, next
    to the word premiere, relative ("вчера", "в минувшую субботу"): the lead states the main
    event, later sentences the next steps. Else "завтра" in a release sentence, else any
    date; a limit or an occasion ("к 8 Марта") only when nothing else is given."""
    current = [unit for unit in units if not unit.recall]
    cued = [unit for unit in current if _cue_unit(unit)]
    in_order = (_sentence_date(unit, published) for unit in cued)
    relative = (relative_date(unit.text, published) for unit in cued)
    return (
        next((day for day in in_order if day is not None), None)
        or next((day for day in relative if day is not None), None)
        or _explicit_date(current, published)
        or _explicit_date(current, published, bound=True)
    )


def _outside_quotes(text: str) -> str:
    """The text with quoted names blanked: «Ночь в Таразе» is a title, not a place."""
    return _QUOTE.sub(lambda match: " " * len(match.group()), text)


def _gives_day(unit: Unit, day: date | None) -> bool:
    return day is not None and any(
        (found.day, found.month) == (day.day, day.month) for found in find_dates(unit.text)
    )


# «АСТАНА, 3 марта — Kazinform.», «УРАЛЬСК.», "SHYMKENT –": the place a wire story is filed from.
_DATELINE = re.compile(
    r"^\W*(?P<place>[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ-]{3,}(?:\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ-]{3,})?)(?:[,.]?\s|\.$)"
)


def _city(cued: list[Unit], current: list[Unit], language: str, day: date | None) -> str | None:
    """Named in the sentence that dates the premiere, in another premiere sentence or else next
    to the venue («ждут во Дворце Республики в Алматы»), else in the dateline or the headline;
    a city mentioned only in passing (where it was shot, where a festival showed it) is not
    where the premiere happens."""
    dated = [unit for unit in cued if _gives_day(unit, day)]
    at_venue = [unit for unit in current if unit not in cued and find_venues(unit.text)]
    for unit in dated + cued + at_venue:
        city = _where(_outside_quotes(unit.text))
        if city is not None:
            return city.name(language)
    hinted = (hinted_city(_outside_quotes(unit.text)) for unit in cued)
    found = next((hint for hint in hinted if hint is not None), None)
    if found is not None:
        return found.name(language)
    # Where the agency filed an online release from is no place of the premiere.
    if any(_ONLINE.search(unit.text) for unit in dated or cued):
        return None
    return _filed_from(current, language)


_ONLINE = re.compile(
    r"онлайн|стриминг|платформ|netflix|kinopoisk|кинопоиск|streaming|online|prime video|apple tv",
    re.IGNORECASE,
)


# «в Астане», «во Дворце… в Астане», "in Astana": a city after a preposition of place is where
# things happen; "the 1997 Almaty avalanche", «из Алматы» only mention it.
_IN_BEFORE = re.compile(r"(?<![\w-])(?:в|во|in)\s+$", re.IGNORECASE)


def _where(text: str) -> City | None:
    """The first city a sentence places something in, else the first it names."""
    cities = find_cities(text)
    located = (city for start, city in cities if _IN_BEFORE.search(text[max(0, start - 4) : start]))
    return next(located, cities[0][1] if cities else None)


def _filed_from(current: list[Unit], language: str) -> str | None:
    """The city of the dateline, or the one a headline addresses («Караганда, готовьтесь!»)."""
    body = [unit for unit in current if not unit.headline]
    if body:
        dateline = _DATELINE.match(body[0].text)
        cities = find_cities(dateline.group("place")) if dateline else []
        if cities:
            return cities[0][1].name(language)
    for unit in current:
        if unit.headline:
            cities = find_cities(_outside_quotes(unit.text))
            if cities and cities[0][0] < 3:
                return cities[0][1].name(language)
    return None


def _venue(cued: list[Unit], current: list[Unit]) -> str | None:
    """Named in a premiere sentence, else anywhere outside recall paragraphs."""
    for unit in cued + current:
        venues = find_venues(unit.text)
        if venues:
            return venues[0][1]
    return None


def premiere_date(units: list[Unit], published: date | None) -> date | None:
    """The premiere or release date the article's sentences give (headline first)."""
    return _first_date(units, published)


def complete_facts(units: list[Unit], language: str, day: date | None) -> Facts:
    """Titles, city and venue added to a premiere date found by `premiere_date`."""
    current = [unit for unit in units if not unit.recall]
    cued = [unit for unit in current if _cue_unit(unit)]
    return Facts(_titles(units), day, _city(cued, current, language, day), _venue(cued, current))


def extract_facts(units: list[Unit], language: str, published: date | None) -> Facts:
    """Premiere facts from the article's sentences (headline first)."""
    return complete_facts(units, language, premiere_date(units, published))
