"""Shared normalisation and word lists: one place for the vocabulary the rules rely on."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# The word-start index reads a pattern's parse tree from the stdlib's private regex parser. A
# Python without it only loses the index: every pattern then scans the whole text.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the Python version
    sre = sre_parse = None

# Case-insensitive matching in `re` is several times slower than matching lower-cased text with a
# case-sensitive twin. The two agree except on characters that `re` folds differently from
# str.lower() (dotless i, long s, micro sign, Greek, old Cyrillic letter forms, dotted capital I);
# text with anything outside these ranges takes the exact case-insensitive path.
_LOWER_SAFE = re.compile(
    r"[\x00-\xb4\xb6-\u012f\u0132-\u017e\u0180-\u024f\u0400-\u052f"
    r"\u2000-\u215f\u2190-\u2bff\U0001f000-\U0001faff]*"
)


@lru_cache(maxsize=256)
def safe_lower(text: str) -> str | None:
    """The lower-cased text when case-insensitive regexes may scan it case-sensitively instead."""
    lowered = text.lower()
    if len(lowered) == len(text) and _LOWER_SAFE.fullmatch(text):
        return lowered
    return None


_WORD_START = r"(?<![\w-])"
# Every place where a word-start pattern may begin, with the one or two characters found there.
_STARTS = re.compile(_WORD_START + r"(?=(.{1,2}))", re.DOTALL)
_PREFIX = 2
# Building the index costs about three plain scans, so a text gets one from its third scan on.
_PLAIN_SCANS = 2


@lru_cache(maxsize=64)
def _scan_count(lowered: str) -> list[int]:
    return [0]


@lru_cache(maxsize=64)
def _starts(lowered: str) -> dict[str, list[int]]:
    pairs: dict[str, list[int]] = {}
    for match in _STARTS.finditer(lowered):
        pairs.setdefault(match.group(1), []).append(match.start())
    return pairs


def _prefixes(items: list[Any], wanted: int) -> set[str]:
    """Strings (up to `wanted` characters) one of which starts every match of the parsed regex;
    an empty string among them means "could start with anything"."""
    if wanted == 0 or not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        return {chr(arg) + tail for tail in _prefixes(rest, wanted - 1)}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _prefixes(rest, wanted)  # takes no characters
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
        tails = _prefixes(rest, wanted - 1)
        return {chr(code) + tail for _, code in arg for tail in tails}
    if op is sre.SUBPATTERN:
        return _prefixes(list(arg[-1]) + rest, wanted)
    if op is sre.BRANCH:
        return set().union(*(_prefixes(list(branch) + rest, wanted) for branch in arg[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, body = arg
        once = _prefixes(list(body), wanted)  # what follows a repeat is not followed further
        return once | _prefixes(rest, wanted) if low == 0 else once
    return {""}


def _indexed(lowered: str) -> bool:
    count = _scan_count(lowered)
    count[0] += 1
    return count[0] > _PLAIN_SCANS


class Lexicon:
    """A case-insensitive regex that scans lower-cased text when that gives the same matches.

    Positions are those of the original text; matched strings may come back lower-cased.
    A pattern anchored at word starts whose matches begin with known letters is tried only at
    the word starts that begin with them, instead of at every character."""

    __slots__ = ("exact", "_fast", "_pairs")

    def __init__(self, source: str) -> None:
        self.exact = re.compile(source, re.IGNORECASE)
        # Without upper-case letters in the source (no \W, \S, \B, \D either; group names
        # aside) the pattern means the same without the flag on lower-case text.
        letters = source.replace("(?P<", "(?<")
        self._fast = None if letters != letters.lower() else re.compile(source)
        self._pairs: frozenset[str] | None = None
        if sre_parse is not None and self._fast is not None and source.startswith(_WORD_START):
            prefixes = _prefixes(list(sre_parse.parse(source)), _PREFIX)
            if all(len(prefix) == _PREFIX for prefix in prefixes):
                self._pairs = frozenset(prefixes)

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = safe_lower(text) if self._fast is not None else None
        if lowered is None or self._fast is None:
            return self.exact, text
        return self._fast, lowered

    def findall(self, text: str) -> list[str]:
        """Every non-overlapping match (as re.findall on a pattern without groups).

        Meant for texts that many lexicons read: the word-start index is built once per text."""
        regex, target = self._target(text)
        if self._pairs is None or regex is self.exact or not _indexed(target):
            if regex.groups:
                return [match.group() for match in regex.finditer(target)]
            return regex.findall(target)
        starts = _starts(target)
        where = sorted(at for key in starts.keys() & self._pairs for at in starts[key])
        found: list[str] = []
        end = 0
        for at in where:
            if at >= end:
                match = regex.match(target, at)
                if match is not None:
                    end = match.end()
                    found.append(match.group())
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every non-overlapping match object."""
        regex, target = self._target(text)
        return list(regex.finditer(target))

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, if any."""
        regex, target = self._target(text)
        return regex.search(target)


def fold(text: str) -> str:
    """Lower case, ё→е, non-breaking spaces → spaces."""
    return text.lower().replace("ё", "е").replace("\u00a0", " ")


def pattern(alternatives: str) -> Lexicon:
    """Compile "|"-separated word-start regex fragments into one case-insensitive pattern."""
    return Lexicon(r"(?<![\w-])(?:" + alternatives + ")")


# Words that show a story is about film, in Russian, Kazakh and English.
FILM = pattern(
    # «Кинотеатр», «киносеть», «кинофестиваль» are words of their own, not repeats of «кино».
    r"фильм|кино(?!лог)\w*|мультфильм|мультик|кинолент|режисс[её]р|сценарист|сценари[йяюе]|актер|"
    r"актёр|актрис|съем(?:к|ок|очн)|съём|сериал|трейлер|тизер|блокбастер|экраниз|сиквел|приквел|"
    r"казахфильм|қазақфильм|kazakhfilm|кассов\w* сбор|бокс-офис|box office|box-office|оскар|"
    r"netflix|imax|kinopark|chaplin|kinoplexx|cinemax|кинопоиск|"
    r"прокат(?:е|а|ом|ной|ная|ного|ные|чик)?(?! автомобил| машин| велосипед| лыж| самокат)|"
    r"анимационн|анимаци|документальн\w* (?:фильм|лент|картин)|продюсер|байопик|триллер|хоррор|"
    r"ужастик|мелодрам|кинематографист|кинокомпани|дистрибьютор|берлинале|"
    r"(?:комеди|драм|боевик|лент)\w*\s+[«\"“]|на большо\w* экран|"
    r"(?:comedy|drama|thriller|melodrama|documentary|animation)\s+[\"“‘']|"
    r"opens (?:nationwide|in cinemas)|available to stream|"
    r"түсірілім|түсіру тобы|туынды|экранға|операторлық|"
    r"film|movie|cinema|filmmaker|screenplay|screening|trailer|teaser|hollywood|голливуд|sequel|"
    r"documentary|animated|actor|actress|director(?!-general| general)|premiered|streaming|"
    r"biopic|thriller|horror|oscars?\b|best picture|berlinale|cannes|feature film|debut feature|"
    r"blockbuster|filming|франшиз|franchise|в ролях|в главных ролях|starring|операторск|"
    r"ремейк|remake|"
    r"саундтрек|кинокритик|режиссерск|актерск|cinematograph|screenwriter|"
    r"(?:gala|world|red-carpet|film|movie) premiere|general release|"
    r"nationwide release|in (?:kazakh |local )?cinemas|cinemas nationwide|премьер\w* фильм\w*|"
    # Film lengths and genres named by critics.
    r"короткометражн|полнометражн|коротк\w* метр|толықметражды|short films?\b|feature-length|"
    r"нуар|noir\b|"
    # Film archives and their restorations.
    r"госфильмофонд|фильмофонд|киноархив|кинохроник|film archive|film restoration"
)
# Words film news uses a lot but so do its neighbours; they count half.
FILM_WEAK = pattern(
    r"зрител|экран|комеди|драм[аыуе]\b|премьер(?!-|\s+министр)|рецензи|сезон|эпизод|"
    r"красн\w* дорожк|жюри|фестивал|премия|шабандоз|көрермен|тұсаукесер|"
    r"premiere|cast\b|drama|comedy|series|episode|review|red carpet|audience|viewers|festival|jury|"
    r"saga|performances?\b|showrunner|show\b|сюжет|хронометраж|персонаж|кейіпкер|"
    # A cameraman, a release, a showing (not of fashion), a picture and a critic's score are film
    # words other news uses too.
    r"оператор|релиз|сеанс|картин[аыеуо]й?\b|показ(?:а|е|у|ы|ом)?\b(?!\s+(?:мод|коллекц|одежд))|"
    r"\d{1,2} из (?:10|десяти|5|пяти)\b|stars? out of"
)
# Competing subjects whose news shares words with film news.
THEATRE = pattern(
    r"спектакл|(?<!кино)театр(?!ализ)|постановк|опер(?:а|ы|е|у|ой)\b|балет|балерин|мюзикл|"
    r"драмтеатр|труппа|хореограф|партию|қойылым|сахнала|спектакль|"
    r"stage play|on stage|playwright|broadway|west end|musical\b|ballet|opera\b|theatre company|"
    # English "theatre" is also a cinema ("in theaters"); a drama theatre, a play, its scenery
    # and its box office are the stage's.
    r"drama theat(?:re|er)|puppet theat(?:re|er)|opera house|the play\b|new play|stage production|"
    r"scenery|theat(?:re|er)'s box office"
)
MUSIC = pattern(
    r"клип|альбом|песн|сингл|трек|певиц|певец|певца|рэпер|музыкант|концерт(?!н\w* зал)|гастрол|"
    r"ән\b|әнші|әні|әнге|"
    r"album|single\b|song|music video|singer|rapper|band\b|tour\b"
)
GADGET = pattern(
    r"смартфон|гаджет|iphone|galaxy|процессор|планшет|ноутбук|смарт-час|xiaomi|samsung|apple|"
    r"айфон|мегапиксел|батаре|"
    # A phone's camera and its video modes borrow «съемка» and «кино» from film news.
    r"камер[аыуе]\b|камерой|аккумулятор|дисплей|зарядк|флагман\w*|режим\w* (?:съемки|видео)|"
    r"съемк\w* видео|видеосъемк|"
    r"smartphone|phone\b|chipset|battery|megapixel|camera|display|flagship"
)
SPORT = pattern(
    r"матч|чемпионат|турнир|сборн\w* (?:казахстана|россии|команд)|сборная|футбол|хоккей|"
    r"бокс(?!-офис)|боксер|лиг[аиеу]\b|премьер-лиг|олимпи|спортсмен|спорт|гол\b|голы|тренер|"
    r"бой\b|боя\b|поедин|букмекер|нокаут|ринг\b|жарыс|чемпион|"
    r"трансляци\w* (?:матч|игр|боя|поедин)|"
    r"match\b|league|football|hockey|tournament|championship|kick-off|transfer|clubs?\b|squad"
)
GAMING = pattern(
    r"видеоигр|компьютерн\w* игр|геймер|геймплей|steam|playstation|xbox|nintendo|консол[иья]|"
    r"игрок(?:и|ам|ов)\b|релиз игры|разработчик\w* игр|шутер|головоломк|stadia|dlc\b|"
    r"video ?game|gameplay|gamers?\b|console|esports|киберспорт|"
    # A game's own launch words: «трейлер игры», «премьера игры», «игроку предстоит», «на ПК».
    r"(?:трейлер\w*|премьер\w*|релиз\w*|выход\w*) игры|игрок\w*|разработчик\w*|на пк\b"
)
POLITICS = pattern(
    r"премьер-министр|премьер министр|правительств|парламент|мажилис|сенат|министр|үкімет|"
    r"акимат|аким\b|prime minister|government"
)
# Elections borrow film words («сценарий второго тура», «режиссер кампании») and film news
# never needs theirs, so unlike government they count in full.
ELECTIONS = pattern(
    r"выбор(?:ы|ов|ах|ам)\b|избирател|предвыборн|политолог|голосовани|референдум|бюллетен|"
    r"кандидат\w* в (?:президент|депутат|аким)|сайлау|election|voters?\b|ballot|polling"
)
# Food festivals and restaurants: «главный режиссер фестиваля еды — шеф-повар».
FOOD = pattern(
    r"еды\b|кулинар|гастроном|шеф-повар|повар|плов|казан\b|блюд[аоуе]?\b|блюд(?:ами|ах)|"
    r"ресторан|тағам|аспаз|food\b|chef|cuisine|restaurant|dishes"
)
# Malls and property: a cinema among a mall's shops is an amenity, not film news.
PROPERTY = pattern(
    r"трц\b|трк\b|торгов\w*[- ]развлекательн|торгов\w* центр|фудкорт|квадратн\w* метр|"
    r"рабоч\w* мест|застройщик|арендатор|инвестици|сауда орталығ|ойын-сауық орталығ|"
    r"shopping (?:mall|centre|center)|square met|food court|retail space"
)
# «Премьера» that is not a film: the word itself only helps when film words are around.
PREMIERE_WORD = pattern(
    r"премьер(?:а|ы|е|у|ой|ный|ного|ном|ные|ных|ным)(?!-|\s+министр)|кинопремьер|допремьер|"
    r"премьерас\w*|премьералық|тұсаукесер|"
    r"premiere(?!\s+league)|premiered|world premiere|"
    # A gala screening is the premiere by another name: «гала-показ», "gala screening".
    r"гала-показ\w*|gala screening"
)
RELEASE_CUE = pattern(
    r"в прокат|прокат(?:е|а)?\b|выходит на (?:экраны|большие экраны)|выйдет|выйдут|выходит|"
    r"на экранах|в кинотеатрах|стартует|стартовал|покажут|показ|релиз|состоится|состоялась|"
    r"пройдет|прошла|прошел|увидят|доступ\w* на|на платформе|стриминг|назначена|появится|"
    r"представ(?:ят|ит|лен\w*)|"
    r"прокатқа|көрсетіледі|көрсетілім|шығады|өтеді|өтті|экранға|кинотеатрларда|"
    r"release|hits (?:theaters|theatres|cinemas)|in (?:cinemas|theaters|theatres)|opens|"
    r"screen(?:ed|ing)|streaming on|will premiere|debut|arriv|premiere|премьер|кинотеатр|cinema|"
    # Showings that start on a day: «с 14 февраля в нашем зале», «30 қазаннан бастап».
    r"с\s+\d{1,2}(?:-го)?\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр)|\d{1,2}\s+\w+(?:нан|нен|дан|ден|тан|тен)\s+бастап"
)
# The label of an advertisement: a line of its own in page text, a banner's alt text.
AD_LABEL = re.compile(
    r"^(?:реклама|жарнама|advertisement|ad|sponsored|спонсорский материал|баннер|banner)\s*:?$",
    re.IGNORECASE,
)
RECALL = re.compile(
    r"^\W*(?:напомним|ранее|как сообщалось|как писал|еске сала кетейік|еске салайық|бұған дейін|"
    r"earlier|previously|as reported|recall that|to recall|as a reminder|напоминаем|"
    r"ранее сообщалось|last (?:month|year)|в прошлом (?:месяце|году)|өткен (?:айда|жылы))\b",
    re.IGNORECASE,
)
