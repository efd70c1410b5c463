"""Cities and cinema venues: gazetteers with the inflected forms news text uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.news.lexicon import Lexicon


@dataclass(frozen=True)
class City:
    ru: str
    kk: str
    en: str
    forms: re.Pattern[str]

    def name(self, language: str) -> str:
        """The nominative in the article's language."""
        return {"kk": self.kk, "en": self.en}.get(language, self.ru)


_WORD_START = r"(?<![\w-])"


def _city(ru: str, kk: str, en: str, forms: str) -> City:
    # "Almaty region" / "Алматы облысы" is a province, not the city.
    whole = _WORD_START + r"(?:" + forms + r")(?![\w-])(?!\s+(?:region|oblast|облыс))"
    return City(ru, kk, en, re.compile(whole, re.IGNORECASE))


_KK_CASES = (
    r"(?:да|де|та|те|ға|ге|қа|ке|ның|нің|дың|дің|дағы|дегі|тағы|тегі|дан|ден|тан|тен|ны|ні|н|)"
)
CITIES: tuple[City, ...] = (
    _city("Алматы", "Алматы", "Almaty", r"алматы" + _KK_CASES + r"|алма-ат\w*|almaty"),
    _city(
        "Астана",
        "Астана",
        "Astana",
        r"астан(?:а|ы|е|у|ой)|астана" + _KK_CASES + r"|astana"
        r"|нур-султан\w*|нұр-сұлтан\w*|nur-sultan",
    ),
    _city(
        "Шымкент",
        "Шымкент",
        "Shymkent",
        r"шымкент(?:а|е|у|ом)?|шымкент" + _KK_CASES + r"|shymkent|chimkent",
    ),
    _city(
        "Караганда",
        "Қарағанды",
        "Karaganda",
        r"караганд(?:а|ы|е|у|ой)|қарағанды" + _KK_CASES + r"|karaganda|karagandy",
    ),
    _city("Актобе", "Ақтөбе", "Aktobe", r"актобе|ақтөбе" + _KK_CASES + r"|aktobe"),
    _city("Атырау", "Атырау", "Atyrau", r"атырау" + _KK_CASES + r"|atyrau"),
    _city("Актау", "Ақтау", "Aktau", r"актау|ақтау" + _KK_CASES + r"|aktau"),
    _city(
        "Павлодар",
        "Павлодар",
        "Pavlodar",
        r"павлодар(?:а|е|у|ом)?|павлодар" + _KK_CASES + r"|pavlodar",
    ),
    _city(
        "Усть-Каменогорск",
        "Өскемен",
        "Ust-Kamenogorsk",
        r"усть-каменогорск\w*|өскемен" + _KK_CASES + r"|oskemen|ust-kamenogorsk",
    ),
    _city("Семей", "Семей", "Semey", r"семе[йею]|семей" + _KK_CASES + r"|semey"),
    _city("Костанай", "Қостанай", "Kostanay", r"костана[йею]|қостанай" + _KK_CASES + r"|kostanay"),
    _city(
        "Кызылорда",
        "Қызылорда",
        "Kyzylorda",
        r"кызылорд(?:а|ы|е|у)|қызылорда" + _KK_CASES + r"|kyzylorda",
    ),
    _city("Тараз", "Тараз", "Taraz", r"тараз(?:а|е|у)?|тараз" + _KK_CASES + r"|taraz"),
    _city("Уральск", "Орал", "Oral", r"уральск\w*|орал" + _KK_CASES + r"|oral|uralsk"),
    _city(
        "Петропавловск",
        "Петропавл",
        "Petropavl",
        r"петропавловск\w*|петропавл" + _KK_CASES + r"|petropavlovsk|petropavl",
    ),
    _city(
        "Туркестан",
        "Түркістан",
        "Turkistan",
        r"туркестан(?:а|е|у)?|түркістан" + _KK_CASES + r"|turkistan|turkestan",
    ),
    _city("Кокшетау", "Көкшетау", "Kokshetau", r"кокшетау|көкшетау" + _KK_CASES + r"|kokshetau"),
    _city(
        "Талдыкорган",
        "Талдықорған",
        "Taldykorgan",
        r"талдыкорган\w*|талдықорған" + _KK_CASES + r"|taldykorgan",
    ),
    _city(
        "Экибастуз", "Екібастұз", "Ekibastuz", r"экибастуз\w*|екібастұз" + _KK_CASES + r"|ekibastuz"
    ),
    _city(
        "Жезказган",
        "Жезқазған",
        "Zhezkazgan",
        r"жезказган(?:а|е|у|ом)?|жезқазған" + _KK_CASES + r"|zhezkazgan",
    ),
    _city("Темиртау", "Теміртау", "Temirtau", r"темиртау|теміртау" + _KK_CASES + r"|temirtau"),
    _city("Риддер", "Риддер", "Ridder", r"риддер(?:а|е|у|ом)?|риддер" + _KK_CASES + r"|ridder"),
    _city("Балхаш", "Балқаш", "Balkhash", r"балхаш(?:а|е|у|ом)?|балқаш" + _KK_CASES + r"|balkhash"),
    _city(
        "Конаев",
        "Қонаев",
        "Konaev",
        r"конаев(?:а|е|у|ым)?|қонаев" + _KK_CASES + r"|konaev|qonaev|капшага[йея]\w*|kapshagay",
    ),
    _city(
        "Жанаозен",
        "Жаңаөзен",
        "Zhanaozen",
        r"жанаозен(?:а|е|у|ом)?|жаңаөзен" + _KK_CASES + r"|zhanaozen",
    ),
    # Mining and space towns the regional press writes from. Рудный is left out: it is also the
    # adjective «рудный» (ore); Сатпаев only as «Сатпаев», «в Сатпаеве», not the scientist's
    # «имени Сатпаева».
    _city("Сатпаев", "Сәтбаев", "Satpayev", r"сатпаеве?|сәтбаев(?:та|те|ке)|satpayev(?! univ)"),
    _city(
        "Байконур",
        "Байқоңыр",
        "Baikonur",
        r"байконур(?:а|е|у)?|байқоңыр" + _KK_CASES + r"|baikonur|baikonyr",
    ),
    _city("Кентау", "Кентау", "Kentau", r"кентау" + _KK_CASES + r"|kentau"),
    _city(
        "Степногорск",
        "Степногор",
        "Stepnogorsk",
        r"степногорск\w*|степногор" + _KK_CASES + r"|stepnogorsk",
    ),
    # Smaller towns with a cinema or a house of culture that hosts regional premieres.
    _city("Щучинск", "Щучинск", "Shchuchinsk", r"щучинск\w*|shchuchinsk"),
    _city("Аркалык", "Арқалық", "Arkalyk", r"аркалык(?:а|е|у)?|арқалық" + _KK_CASES + r"|arkalyk"),
    _city("Лисаковск", "Лисаков", "Lisakovsk", r"лисаковск\w*|лисаков" + _KK_CASES + r"|lisakovsk"),
    _city("Шахтинск", "Шахтинск", "Shakhtinsk", r"шахтинск\w*|shakhtinsk"),
    _city(
        "Жаркент", "Жаркент", "Zharkent", r"жаркент(?:а|е|у)?|жаркент" + _KK_CASES + r"|zharkent"
    ),
    _city(
        "Каскелен",
        "Қаскелең",
        "Kaskelen",
        r"каскелен(?:а|е|у)?|қаскелең" + _KK_CASES + r"|kaskelen",
    ),
    # «Аральское море», «Аралда» (the sea): only the town's own Russian forms.
    _city("Аральск", "Арал", "Aral", r"аральск(?:а|е|у|ом)?|aralsk"),
    _city("Кульсары", "Құлсары", "Kulsary", r"кульсары|құлсары" + _KK_CASES + r"|kulsary"),
    _city("Москва", "Мәскеу", "Moscow", r"москв(?:а|е|ы|у|ой)|мәскеу" + _KK_CASES + r"|moscow"),
    _city(
        "Санкт-Петербург",
        "Санкт-Петербург",
        "Saint Petersburg",
        r"санкт-петербург\w*|петербург\w*|st\.? petersburg|saint petersburg",
    ),
    _city(
        "Ташкент", "Ташкент", "Tashkent", r"ташкент(?:а|е|у)?|ташкент" + _KK_CASES + r"|tashkent"
    ),
    _city("Бишкек", "Бішкек", "Bishkek", r"бишкек(?:а|е|у)?|бішкек" + _KK_CASES + r"|bishkek"),
    _city("Канны", "Канн", "Cannes", r"канн(?:ы|ах|ам)|канн" + _KK_CASES + r"|cannes"),
    _city("Берлин", "Берлин", "Berlin", r"берлин(?:а|е|у)?|берлин" + _KK_CASES + r"|berlin"),
    _city("Венеция", "Венеция", "Venice", r"венеци[яиюей]|венеция" + _KK_CASES + r"|venice"),
    _city("Лос-Анджелес", "Лос-Анджелес", "Los Angeles", r"лос-андж?елес\w*|los angeles"),
    _city("Нью-Йорк", "Нью-Йорк", "New York", r"нью-йорк\w*|new york"),
    _city("Лондон", "Лондон", "London", r"лондон(?:а|е|у)?|лондон" + _KK_CASES + r"|london"),
    _city("Торонто", "Торонто", "Toronto", r"торонто|toronto"),
    _city("Пусан", "Пусан", "Busan", r"пусан(?:а|е)?|busan"),
    _city("Стамбул", "Стамбул", "Istanbul", r"стамбул(?:а|е)?|ыстамбұл\w*|istanbul"),
    _city("Дубай", "Дубай", "Dubai", r"дуба[йею]|dubai"),
    _city("Сеул", "Сеул", "Seoul", r"сеул(?:а|е|у)?|сеул" + _KK_CASES + r"|seoul"),
    _city("Пекин", "Бейжің", "Beijing", r"пекин(?:а|е|у)?|бейжің" + _KK_CASES + r"|beijing"),
    _city("Париж", "Париж", "Paris", r"париж(?:а|е|у)?|париж" + _KK_CASES + r"|paris"),
    _city("Баку", "Баку", "Baku", r"баку|баку" + _KK_CASES + r"|baku"),
    _city("Тбилиси", "Тбилиси", "Tbilisi", r"тбилиси|tbilisi"),
    _city("Минск", "Минск", "Minsk", r"минск(?:а|е|у)?|минск" + _KK_CASES + r"|minsk"),
)


# Adjectives and nicknames ("в алматинском кинотеатре", "в южной столице", "в столице" as
# Kazakh outlets write it): used only when no city is named outright.
_HINTS: tuple[tuple[str, Lexicon], ...] = tuple(
    (name, Lexicon(r"(?<![\w-])(?:" + forms + ")"))
    for name, forms in (
        ("Алматы", r"алматинск\w*|южн\w* столиц\w*"),
        ("Астана", r"астанинск\w*|столиц[аеыу]\b|столичн\w*|елорда\w*"),
        ("Шымкент", r"шымкентск\w*"),
        ("Караганда", r"карагандинск\w*(?! облас)"),
        ("Павлодар", r"павлодарск\w*(?! облас)"),
    )
)


def hinted_city(text: str) -> City | None:
    """A city given only by an adjective or a nickname."""
    for name, regex in _HINTS:
        if regex.search(text):
            return next(city for city in CITIES if city.ru == name)
    return None


# All cities in one pass. Equivalent to scanning for each city on its own: every form spans whole
# words, and no text is a form of two cities, so mentions can neither overlap nor collide.
_ANY_CITY = Lexicon(
    _WORD_START
    + "(?:"
    + "|".join(
        f"(?P<c{i}>{city.forms.pattern.removeprefix(_WORD_START)})" for i, city in enumerate(CITIES)
    )
    + ")"
)


def find_cities(text: str) -> list[tuple[int, City]]:
    """Every city mention with its position."""
    return [
        (match.start(), CITIES[int((match.lastgroup or "c0")[1:])])
        for match in _ANY_CITY.finditer(text)
    ]


# A hall number is part of a cinema's name ("Kinopark 11"); a day before a month is a date.
_HALL_NUMBER = (
    r"\d+(?:[A-Z]{1,3}\b)?(?![\d.:])(?!\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# A Latin name word; a hyphen joins Latin parts ("Alma-Ata", "Sary-Arka"), not a Kazakh case
# ending ("Esentai-де", "Mall-да").
_LATIN_WORD = r"[A-Z][A-Za-z0-9']*(?:-[A-Za-z0-9][A-Za-z0-9']*)*(?![A-Za-z0-9'])"
_CHAIN_TAIL = r"(?:\s+(?:" + _HALL_NUMBER + r"|" + _LATIN_WORD + r"|&))"
_CHAIN = (
    r"(?:Kinopark|Kinoplexx|Cinemax|Lumiera|Kinoforum|Cinema Park|Silk Way Cinema)"
    + _CHAIN_TAIL
    + r"*"
    # Chains named like people ("Jockey Arman", "Charlie Chaplin"): a branch after the name,
    # or a preposition of place before it.
    + r"|(?:Chaplin|Arman)"
    + _CHAIN_TAIL
    + r"+|(?:(?<=\bat )|(?<=\bin )|(?<=\bв )|(?<=\bво )|(?<=\bthe ))(?:Chaplin|Arman)"
)
_NAMED_HALL = (
    r"Казахконцерт\w*|Қазақконцерт\w*|Астана Опер\w*|Astana Opera|"
    r"Astana Ballet|Qazaqstan Concert Hall|Kazakhstan Concert Hall|"
    r"Синемакс|Кинопарк\w*(?:\s+(?:" + _HALL_NUMBER + r"|" + _LATIN_WORD + r"))*|Чаплин\w*|"
    r"Арман кинотеатр\w*"
)
# «во Дворце Мира и Согласия», «в Доме дружбы», «во Дворце культуры имени Горького»: a house or
# palace named by what it is of (and after whom), in any case; given in the nominative.
_HOUSE = (
    r"(?P<house>Дом(?:е|а|у|ом)?|Двор(?:ец|ца|цу|це|цом))\s+(?P<house_of>"
    r"(?:кино|дружбы|культуры|офицеров|школьников|молод[её]жи|мира и согласия|"
    r"[А-ЯЁ][а-яё]+(?:\s+и\s+[А-ЯЁ][а-яё]+)?)(?![\w-])"
    r"(?:\s+имени\s+(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)?)"
)
# Cinemas named like people (Арман, Бекет, Цезарь): a name only in quotes or after a hall word,
# so «композитор Арман Жаксылыков» is not a venue.
_PERSON_LIKE_HALL = r"Бекет|Цезар[ьея]|Арман[еа]?"
# «в Большом зале ЗКУ»: an adjective, «зал» and the owner's name; given in the nominative.
_RU_ADJ_HALL = (
    r"(?P<adj>Больш|Мал|Концертн|Актов|Конференц|Киноконцертн)(?:ом|ый|ой|ого)\s+"
    r"зал(?:е|а|у)?\s+(?P<owner>[А-ЯЁA-Z][\w-]*(?:\s+[А-ЯЁA-Z][\w-]*){0,2})"
)
# «Бейбітшілік және келісім сарайында», «Тәуелсіздік сарайы»: a Kazakh palace in any case.
_KK_PALACE = (
    r"(?P<kk_palace>[А-ЯӘІҢҒҮҰҚӨҺ][\w-]+(?:\s+және\s+[\w-]+)?)\s+сарай(?:ы|ында|ына|ынан|ының)"
)
_MALL = (
    r"Esentai Mall|Mega Silk Way|MEGA Silk Way|MEGA Park|Mega Park|Mega Alma-Ata|Khan Shatyr|"
    r"Keruen City|Keruen|Dostyk Plaza|Forum Almaty|Asia Park|Aport Mall|Abu Dhabi Plaza|"
    r"Mall of Astana|Shymkent Plaza|City Mall"
)
# A name in Latin letters, as cinemas brand themselves: "Sary-Arka Cinema", "Kinopark 5 Atakent".
_LATIN_NAME = _LATIN_WORD + r"(?:\s+(?:" + _HALL_NUMBER + r"|" + _LATIN_WORD + r"|&))*"
# Only the Russian singular names the cinema after it: «кинотеатрах» are the whole release, and
# in «кинотеатрында «Х» фильмі» the Kazakh hall word closes the name before it, so «Х» is a film.
# An «онлайн-кинотеатр» is a streaming service, not a place.
_ONE_CINEMA = r"(?<![\w-])кинотеатр(?:е|а|у|ом)?(?![\w-])"
# «в Центре современной культуры «Целинный»», «в ДК «Энергетик»», «во Дворце культуры
# «Шахтер»»: a house named by what it is for, then its own name in quotes.
_CENTRE = (
    r"(?:[Цц]ентр\w*|Дом(?:е|а|ом)?|Двор(?:ец|ца|це|цом))\s+(?:[а-яё]+(?:ой|ых|ого|его)\s+){0,2}"
    r"(?:культуры|искусств\w?|досуга|творчества|кино)|ДК"
)
_HALL_WORD = (
    r"(?:" + _ONE_CINEMA + r"|кинозал\w*|киноцентр\w*|концертн\w+ зал\w*|ТРЦ|ТРК|cinema|theatre|"
    r"theater|" + _CENTRE + r")"
)
# Kazakh names the place first: «Арман» кинотеатрында, Sary-Arka Cinema кинотеатрында,
# «Керуен-Сарай» кешенінде (a complex).
_KK_HALL_AFTER = (
    r"\s+(?:кинотеатр|киноорталы|концерт залы|сарайы|ойын-сауық|кешен|кинокешен|мәдениет үй|"
    r"(?:[\w-]+\s+)?(?:мәдениет|өнер)\s+(?:орталығ|сарай))"
)
_QUOTED = r"[«\"“](?P<{}>[^»\"”]{{2,40}})[»\"”]"
# "at the Palace of Independence", "at the Republic Palace".
_EN_HALL = (
    r"(?:[A-Z][\w'-]*\s+){1,3}(?:Palace|Hall|Arena|Centre|Center|Philharmonic)"
    r"(?:\s+[A-Z][\w'-]*(?=\s+in\s))?"
    r"|(?:Palace|Hall|Centre|Center)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3}"
)
# «в Государственном академическом театре драмы имени М. Ауэзова», «в Центральном концертном
# зале «Казахстан»»: capitalised adjectives, a hall noun, its complement; given in the nominative.
_RU_FORMAL_HALL = (
    r"(?P<formal>[А-ЯЁ][а-яё]+(?:ом|ем)\s+(?:[а-яё]+(?:ом|ем)\s+){0,3}(?:театре|зале|дворце)"
    r"(?:\s+(?:драмы|оперы и балета|музыкальной комедии|кукол|школьников|молод[её]жи|культуры|"
    r"искусств))?"
    r"(?:\s+[«\"“][^»\"”]{2,40}[»\"”])?"
    # After whom: initials end with a full stop, a name does not («имени Абая.» ends a sentence).
    r"(?:\s+имени\s+(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)?)"
)
# «в Жамбылской областной филармонии», «в Казахской национальной консерватории»: feminine
# adjectives and the hall; given in the nominative.
_FEMININE_HALLS = {"филармонии": "филармония", "консерватории": "консерватория"}
_RU_FORMAL_FEMININE = (
    r"(?P<formal_f>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?ой\s+(?:[а-яё]+ой\s+){0,2}"
    r"(?:" + "|".join(_FEMININE_HALLS) + r"))"
    r"(?![\w-])"
)
# «Қазақстан» орталық концерт залында: the Kazakh name first, then the kind of hall.
_KK_CONCERT_HALL = (
    r"[«\"“](?P<kk_hall>[^»\"”]{2,40})[»\"”]\s+(?P<kk_kind>(?:[\w-]+\s+)?концерт\s+зал)\w*"
)
_VENUE = re.compile(
    "|".join(
        (
            r"(?P<chain>(?<![\w-])" + _CHAIN + r")",
            _KK_CONCERT_HALL,
            _HALL_WORD + r"\s+" + _QUOTED.format("quoted"),
            r"(?<![\w-])(?:кинотеатр\w*|кинозал\w*|киноцентр\w*)\s+(?P<latin>" + _LATIN_NAME + r")",
            _QUOTED.format("kk") + _KK_HALL_AFTER,
            r"(?<![\w-])(?P<kk_latin>" + _LATIN_NAME + r")" + _KK_HALL_AFTER,
            # "at the Shakhtyor Palace of Culture": by its name, like «Шахтер» мәдениет сарайы.
            r"(?:at|in)\s+the\s+(?P<en_culture>[A-Z][\w'-]*)\s+"
            r"(?:Palace|House|Centre|Center) of Culture",
            # Named after someone it keeps its whole name: "Ilyas Zhansugurov Palace of Culture".
            r"(?:at|in)\s+the\s+(?P<en_dedicated>(?:[A-Z][\w'-]*\s+){2,3}"
            r"(?:Palace|House|Centre|Center) of Culture)",
            r"(?:at|in)\s+the\s+(?P<en_hall>" + _EN_HALL + r")(?![\w-])",
            r"(?<![\w-])" + _HOUSE,
            r"(?<![\w-])[«\"“]?(?P<hall>" + _NAMED_HALL + r")[»\"”]?",
            r"(?<![\w-])(?:[«\"“](?P<person_hall>" + _PERSON_LIKE_HALL + r")[»\"”]"
            r"|(?:кинотеатр\w*|кинозал\w*)\s+(?P<named_hall>" + _PERSON_LIKE_HALL + r")(?![\w-]))",
            r"(?<![\w-])" + _RU_ADJ_HALL,
            r"(?<![\w-])" + _RU_FORMAL_HALL,
            r"(?<![\w-])" + _RU_FORMAL_FEMININE,
            r"(?<![\w-])" + _KK_PALACE + r"(?![\w-])",
            r"(?<![\w-])(?P<mall>" + _MALL + r")(?![\w-])",
            r"(?:at|in)\s+the\s+(?P<en>[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3})\s+"
            r"(?:cinema|theater|theatre|multiplex|concert hall|complex)",
        )
    )
)
_VENUE_CANON = {
    "Цезаре": "Цезарь",
    "Цезаря": "Цезарь",
    "Армане": "Арман",
    "Армана": "Арман",
    "Синемакс": "Cinemax",
}
_ADJ_NOMINATIVE = {"Больш": "Большой", "Мал": "Малый", "Конференц": "Конференц-"}


def find_venues(text: str) -> list[tuple[int, str]]:
    """Every venue mention with its position, names as the text spells them (nominative)."""
    return list(_venues(text))


@lru_cache(maxsize=512)
def _venues(text: str) -> tuple[tuple[int, str], ...]:
    # Cached: the title and the venue steps both read the sentences of one story.
    found: list[tuple[int, str]] = []
    for match in _VENUE.finditer(text):
        if match.group("adj"):
            found.append((match.start(), _adjective_hall(match.group("adj"), match.group("owner"))))
            continue
        if match.group("formal_f"):
            *adjectives, hall = match.group("formal_f").split()
            words = [word[:-2] + "ая" for word in adjectives] + [_FEMININE_HALLS[hall]]
            found.append((match.start(), " ".join(words)))
            continue
        if match.group("formal"):
            found.append((match.start(), _formal_nominative(match.group("formal"))))
            continue
        if match.group("house"):
            noun = "Дом" if match.group("house").startswith("Дом") else "Дворец"
            found.append((match.start(), f"{noun} {match.group('house_of')}"))
            continue
        if match.group("kk_hall"):
            name = f"«{match.group('kk_hall')}» {match.group('kk_kind')}ы"
            found.append((match.start(), name))
            continue
        name = next(value for value in match.groupdict().values() if value)
        name = name.strip()
        if match.group("kk_palace"):
            name = f"{name} сарайы"
        if name.startswith(("Казахконцерт", "Қазақконцерт")):
            # Spelled as the article's language spells it, like a city.
            name = "Қазақконцерт" if name.startswith("Қ") else "Казахконцерт"
        elif name.startswith("Астана Опер"):
            name = "Астана Опера"
        elif name.startswith("Кинопарк"):
            # The chain's own spelling, unless the branch is spelt in Cyrillic too.
            rest = re.sub(r"^Кинопарк\w*", "", name)
            name = ("Кинопарк" if _CYRILLIC.search(rest) else "Kinopark") + rest
        elif name.startswith("Чаплин"):
            name = "Chaplin"
        found.append((match.start(), _VENUE_CANON.get(name, name)))
    return tuple(found)


_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ]")
_HALL_NOMINATIVE = {"театре": "театр", "зале": "зал", "дворце": "дворец"}
# Stress falls on the ending of these, which spelling cannot tell: «Областной», «Городской».
_STRESSED_ENDING = frozenset({"областн", "городск", "окружн"})


def _formal_nominative(phrase: str) -> str:
    """«Государственном академическом театре драмы» → «Государственный академический театр
    драмы»: the adjectives and the noun before the complement change, the rest stays."""
    words = phrase.split(" ")
    out: list[str] = []
    for index, word in enumerate(words):
        if word in _HALL_NOMINATIVE:
            return " ".join(out + [_HALL_NOMINATIVE[word]] + words[index + 1 :])
        stem = word[:-2]
        soft = word.endswith("ем") or stem[-1:] in "кгхжшщч"
        ending = "ой" if stem.lower() in _STRESSED_ENDING else "ий" if soft else "ый"
        out.append(stem + ending)
    return phrase


def _adjective_hall(stem: str, owner: str) -> str:
    adjective = _ADJ_NOMINATIVE.get(stem, stem + "ый")
    joiner = "" if adjective.endswith("-") else " "
    return f"{adjective}{joiner}зал {owner}"


def canonical_city(name: str | None) -> str | None:
    """The Russian nominative of a city given in any language or case (unknown names unchanged)."""
    if not name:
        return None
    for city in CITIES:
        if city.forms.fullmatch(name.strip()) or name in (city.ru, city.kk, city.en):
            return city.ru
    return name
