"""Site junk removal for flattened page text: menus, rates, weather, captions, footers and
"trending" lists of unrelated headlines."""

from __future__ import annotations

import re

from bot.news.lexicon import AD_LABEL, RECALL, Lexicon, fold
from bot.news.sentences import split_sentences

# A line that starts a list of other stories; everything up to the next real paragraph goes.
_LIST_WORDS = (
    r"(?:в тренде|читайте также|читайте еще|читайте по теме|по теме|популярное|самое читаемое|"
    r"самое популярное|главное|последние новости|новости по теме|другие новости|лента новостей|"
    r"рекомендуем|вам может быть интересно|смотрите также|похожие новости|выбор редакции|"
    r"сейчас читают|все новости|новости партнеров|материалы по теме|"
    r"тағы оқыңыз|сондай-ақ оқыңыз|оқи отырыңыз|көп оқылған|соңғы жаңалықтар|"
    r"тақырыпқа қатысты|read also|read more|related|related news|related stories|trending|"
    r"most read|most popular|more news|latest news|you may also like|recommended|most viewed|"
    r"most commented|самое обсуждаемое|обсуждаемое|выбор читателей|top stories|editor's picks|"
    r"also read|see also|watch also|новости компаний|партнерские материалы|ұқсас жаңалықтар|"
    r"ұқсас жазбалар|похожие записи|вам может понравиться|сізге ұнауы мүмкін|you may like|"
    # The neighbours of the story: «Следующая статья: …», "Previous story: …", «Келесі жаңалық».
    r"(?:следующ|предыдущ)\w* (?:стать\w*|новост\w*|материал\w*)|(?:next|previous) "
    r"(?:article|story|post)|(?:келесі|алдыңғы) (?:жаңалық|мақала)|"
    # Rankings and partner blocks: «Топ недели», «Ең көп оқылған», "From our partners".
    r"топ(?:-\d+)?|ең көп \w+|серіктес\w*(?: жаңалықтар\w*)?|from our partners|partner content|"
    r"sponsored|top news|"
    # Calls to read on: «Еще по теме», «Не пропустите», «Өткізіп алмаңыз», "Don't miss".
    r"еще по теме|не пропустите|өткізіп алмаңыз|басты жаңалықтар|редакция таңдауы|don't miss)"
)
# The heading of such a list, possibly with a short tail ("Популярное за неделю").
_LIST_MARKER = re.compile(r"^" + _LIST_WORDS + r"(?:\s+[\w\s]{0,25})?\s*:?\s*$", re.IGNORECASE)
# One teaser on the same line as its label ("Related: Tenge falls to a record low").
_INLINE_TEASER = re.compile(
    r"^(?:" + _LIST_WORDS + r"\s*:|"
    # A call to read on needs no colon before its headline: «Оқи отырыңыз Астанада …».
    r"(?:читайте также|читайте еще|смотрите также|оқи отырыңыз|тағы оқыңыз|сондай-ақ оқыңыз|"
    r"read also|also read|see also|watch also)\s*[-–—]?)\s*\S.{0,160}$",
    re.IGNORECASE,
)
_CAPTION_WORD = (
    # An adjective may come first: «Иллюстративное фото:», "Archive photo:".
    r"(?:[^\W\d_]+\s)?(?:фото|фотография|видео|источник|кадр из фильма|кадр|иллюстрация|"
    r"скриншот|коллаж|постер|сурет|бейне|дереккөз|photo|image|video|source|still from|credit|"
    r"poster|collage)"
)
_CAPTION = re.compile(
    r"^" + _CAPTION_WORD + r"\s*[:\-–—©]"
    # Without a colon only a short line: «Кадр из фильма стал вирусным…» is a story.
    r"|^(?=.{0,70}$)" + _CAPTION_WORD + r"\s+(?:с|со|из|предоставлено|взято|пресс-служб|автора|"
    r"by|provided|courtesy)\b"
    # Credits that need no colon: "Still from the film", «Фильмнен алынған кадр», «Көрнекі сурет».
    r"|^(?=.{0,70}$)(?:still from the (?:film|movie|series)|кадр из (?:фильма|сериала|видео)|"
    r"(?:фильмнен|бейнеден|видеодан) алынған кадр|көрнекі сурет|сурет(?:ті|тер)? [^.]{0,40}"
    r"(?:ұсынды|ұсынған|алынды|алынған))",
    re.IGNORECASE,
)
_FOOTER = Lexicon(
    r"(?:подписывайтесь|подпишитесь|присоединяйтесь к нам|следите за (?:нашими )?новостями|"
    r"использовани\w* материал|все права защищены|при перепечатке|ссылка на [\w.-]+ обязательна|"
    r"при цитировании|гиперссылк|наш telegram|наш телеграм|telegram-канал|в телеграм-канале|"
    r"читайте нас|узнавайте первыми|получайте актуальн|если вы нашли ошибку|ctrl\+enter|"
    r"жазылыңыз|материалдарды пайдалану|сілтеме міндетті|барлық құқықтар қорғалған|"
    r"all rights reserved|subscribe to|follow us|follow [\w.-]+ on|sign up for|newsletter|"
    # Calls to report a typo and to read on elsewhere: «Нашли ошибку?», «Қате тапсаңыз».
    r"нашли ошибку|заметили ошибку|нашли опечатку|қате тапсаңыз|қате таптыңыз|found a typo|"
    r"spotted an? (?:typo|error)|read the full (?:story|article)|"
    # The text of an embedded social post: "View this post on Instagram", «Публикация от …».
    r"view this post on|a post shared by|посмотреть эту публикацию|публикация от [\w.]+ \(@|"
    r"copyright|^©|"
    r"реклама\s*$|жарнама\s*$|advertisement\s*$|на правах рекламы|подробнее об этом читайте|"
    r"читайте на|appeared first on|"
    r"появил\w* сначала на|читать далее|читать полностью|continue reading|толығырақ|"
    # Cookie consent banners, reprint bans and editorial disclaimers.
    r"cookie|көшіріп бас|көшіруге|копирование материал|reproduction of|"
    r"(?:re)?use of (?:the |our )?materials|requires? a link to|republication|republishing|"
    r"with an? (?:active )?(?:hyper)?link to|hyperlink|"
    r"перепечатка (?:разрешена|допускается|возможна)|"
    r"мнение (?:автор\w*|редакци\w*) (?:может )?не совпада|"
    # Whose views the comments are: «Редакция не несет ответственности за комментарии».
    r"редакци\w* не нес\w* ответственност|ответственност\w* за (?:содержани\w* )?комментари|"
    r"пікір\w* авторлар|редакция ұстаным|views expressed|comments are (?:those|the views)|"
    # App stores named: a notice, whatever it asks («в App Store и Google Play»).
    r"ios и android|ios and android|app store|google play|"
    # A broadcaster's schedule strip: «Сейчас в эфире: … · Далее: …».
    r"^сейчас в эфире|^в эфире:|^қазір эфирде|^now on air|^on air now)"
)
# The outlet talking to its reader rather than reporting: an imperative opening the sentence
# («Смотрите…», «Скачайте…», "Install…"), a Kazakh polite imperative closing it («…көріңіз»),
# or the outlet's own site or app in the first person («на нашем сайте», "our app",
# «сайтымызда»). Quoted speech is the story's, so a sentence opening with a quote is not one.
_CALL_RU = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ите|йте)(?:сь)?\s+[а-яё«\"]")
_CALL = re.compile(
    r"^(?:install|download|get|subscribe|follow|watch|stream|join|sign up|stay|visit|tap|click|"
    r"enable|turn on|listen|read|share|like|support|send|tell|find|check out)\s+"
    r"(?:to\s+|on\s+|up\s+|in\s+)?(?:our|us|the [\w.-]+ app|more|all|latest)\b"
    r"|[а-яәіңғүұқөһ]+(?:ыңыз|іңіз|ңыз|ңіз)(?:[.!]?\s*$|:)"
    r"|(?:^|\s)(?:наш(?:его|ем|ему|им|ей|у|а|и|их)?\s+(?:\w+\s+)?(?:сайт|приложени|"
    r"рассылк|telegram|телеграм)"
    r"|our\s+(?:\w+\s+)?(?:site|website|app|newsletter|telegram)"
    r"|(?:сайт|қосымша|парақша)(?:ы)?(?:мыз|міз)\w*|біздің (?:\w+ )?(?:сайт|қосымша|парақша))",
    re.IGNORECASE,
)


def calls_reader(sentence: str) -> bool:
    """The outlet addressing its reader (a call to subscribe, install, watch or read on)."""
    stripped = sentence.strip()
    if not stripped or stripped[0] in "«\"“„'—–-":
        return False
    return bool(_CALL_RU.match(stripped) or _CALL.search(stripped))


_NUMERIC_JUNK = re.compile(
    r"^[\s•·\-–—|*$€₽₸£¥%+°CcFfа-яА-Яa-zA-Z]{0,4}[\s$€₽₸£¥]*[-+−]?\d[\d\s.,:/%°]*"
    r"(?:\s*(?:°\s*[CcFС]|₸|тг|тенге|руб|usd|eur|просмотр\w*|views?|мин\w*|комментари\w*))?\s*$",
    re.IGNORECASE,
)
# A ticker of rates and quotes: "USD 505.05  EUR 542.19", "USD/KZT 505,12 ▲ 0.3%", "Brent 74.2".
_TICKER = re.compile(
    r"^(?:\s*(?:[A-Z]{3}(?:/[A-Z]{3})?|[$€₽₸£¥]|(?i:brent|kase|нефть|золото))\s*[:=]?\s*[-+−]?"
    r"\d[\d\s]*(?:[.,]\d+)?\s*(?:₸|тг|%)?\s*(?:[▲▼↑↓]\s*[-+−]?[\d.,]+\s*%?)?\s*[|·•,;/]?)+$"
)
_DATE_LINE = re.compile(
    # «2026 жылғы 20 қаңтар 14:34», "February 24, 2026, 17:55", «20 января 2026, 14:34».
    r"^[•·\s]*(?:\d{4}\s*(?:жылғы|ж\.)\s*)?(?:\d{1,2}[:.]\d{2}[,\s]*)?\d{0,2}\s*(?:"
    r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|сегодня|вчера|бүгін|кеше|today|yesterday)"
    r"\w*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:.]))?"
    r"[,\s]*(?:\d{4})?\s*(?:год\w*|г\.|жыл\w*)?[,\s]*(?:\d{1,2}[:.]\d{2})?\s*$",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(
    r"^(?:теги|тэги|метки|tags|автор|авторы|author|by|источник|поделиться|share|рубрика|"
    # Crew credits only with their colon: «Оператор фильма снимает…» is the story's.
    r"(?:корреспондент|оператор|редактор|reporter|correspondent|тілші)(?=\s*:)|"
    r"категория|тегтер|автордың|бөлісу|текст|мәтін|text)\s*:?\s*(?:\S.{0,150})?$",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"^(?:просмотр\w*|просмотрено|views?|комментари\w*|comments?|показов|оқылды|қаралды|"
    r"пікірлер)\s*:?\s*[\d\s.,kк]+$",
    re.IGNORECASE,
)
_MENU_WORD = re.compile(
    r"^[•·|>\-\s]*(?:\S{1,3}|\d{4} год|войти|вход|поиск|меню|search|login|"
    # Buttons of a gallery or a cut story: «Показать полностью», «Ещё 3 фото», "Show more".
    r"показать (?:полностью|ещ[её]|все)|ещ[её] \d+ фото|смотреть все|все фото|show more|"
    r"load more|see all|барлығын көру)$",
    re.IGNORECASE,
)
# A weather widget ("Шымкент -4°", "Astana +28 °C") and a teaser's tag with its time
# ("Кино · 12:11"): a few words before a temperature or a clock time.
_WORDS = r"[^\W\d_]+(?:[\s-][^\W\d_]+){0,2}"  # one to three words, each split one way only
_WEATHER = re.compile(r"^(?:" + _WORDS + r"\s+)?[-+−]?\d{1,2}\s*°\s*[CСF]?$")
_STAMP = re.compile(r"^" + _WORDS + r"\s*[·•|,–—-]?\s*\d{1,2}:\d{2}$")
# A bare domain as the site's name ("nur.kz") and a placeholder of a widget still loading.
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*(?:…|\.{3})$")
# "Время чтения: 3 мин", "3 min read": minutes abbreviated, a few words, no sentence.
_READING_TIME = re.compile(r"^\D{0,20}\d{1,2}\s*(?:мин|min)\b[^\d.!?]{0,12}$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_BREADCRUMB = re.compile(r"^[^.!?]{1,40}\s[>»/|→]\s[^.!?]{1,60}\.?$")
_BULLET = re.compile(r"^\s*[•·▪►]\s*")
_SENTENCE_END = re.compile(r"[.!?…»\"”:;)]\s*$")
# Running text ends its sentences; a headline may end with its quoted film title.
_RUNNING_TEXT = re.compile(r"[.!?…][»\"”)]*\s*$")


# A wire agency's dateline: «АСТАНА. DALAPRESS —», «ДАЛА АҚПАРАТ —», "KAZINFORM –".
_DATELINE = (
    r"^(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ«»\"'.,-]+\s+){0,3}"
    r"[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2}[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ«»\"'.,-]*\s*[—–-]"
)
_WIRE_DATELINE = re.compile(_DATELINE + r"$")
# Before the lead on its line; the lead starts a sentence, «США — крупнейший рынок» goes on in
# lower case.
_DATELINE_BEFORE = re.compile(_DATELINE + r"\s+(?=[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9«\"])")


def without_dateline(sentence: str) -> str:
    """The sentence without a wire dateline before it (the city before that is a sentence of
    its own, «АСТАНА.»)."""
    return _DATELINE_BEFORE.sub("", sentence, count=1)


# The links of a site's footer, run together on one line: «О нас Контакты Реклама на сайте».
_SITE_LINKS = re.compile(
    r"(?<![\w-])(?:о нас|контакты|реклама на сайте|политика конфиденциальности|пользовательское "
    r"соглашение|карта сайта|rss|біз туралы|байланыс|жарнама|құпиялылық саясаты|about us|"
    r"contacts?|advertis(?:e|ing)|privacy policy|terms of use|sitemap)(?![\w-])",
    re.IGNORECASE,
)
# What a meta line holds besides words of no story: dates, times, counters, separators.
_META_PIECE = re.compile(
    r"\d{4}\s*(?:жылғы|ж\.|года|г\.)?|\d{1,2}[:.]\d{2}(?:[.]\d{2,4})?|\d+|"
    r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|"
    r"ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\w*|"
    r"(?:просмотр\w*|views?|қаралым|оқылды|комментари\w*|comments?|пікір\w*|updated|"
    r"обновлено|жаңартылды|сегодня|вчера|бүгін|кеше|today|yesterday)\s*:?|[\s,.:;·•|/()👁]+",
    re.IGNORECASE,
)


def _only_meta(line: str) -> bool:
    """A line of dates, times and counters only: «, 2025 жылғы 20 желтоқсан Қаралым: 1092»."""
    return len(line) <= 80 and bool(re.search(r"\d", line)) and not _META_PIECE.sub("", line)


def is_caption(line: str) -> bool:
    """Photo/video credit lines."""
    return bool(_CAPTION.match(line.strip()))


def is_footer(line: str) -> bool:
    """Subscribe calls, copyright notices and cross-promotion."""
    return bool(_FOOTER.search(line)) or calls_reader(line)


def is_paragraph(line: str) -> bool:
    """A line that reads like running text, not a heading or a link."""
    stripped = line.strip()
    return len(stripped) >= 60 or (len(stripped) >= 25 and bool(_SENTENCE_END.search(stripped)))


def is_noise(line: str) -> bool:
    """Site furniture: rates, dates, counters, menus, captions, footers, breadcrumbs."""
    return _is_noise(line)


# Widgets strung on one line: "Астана -9° · USD 498.60", "RU | ҚАЗ | ENG".
_WIDGET_SEPARATOR = re.compile(r"\s[·|•]\s")


def _widget_strip(stripped: str) -> bool:
    """Widgets (weather, a rate) and links of a few words («Курсы валют», "Traffic 6/10",
    «Тікелей эфир») strung on separators: a headline does not break into such pieces."""
    pieces = [piece.strip() for piece in _WIDGET_SEPARATOR.split(stripped)]
    return (
        len(pieces) > 1
        and all(pieces)
        and all(_strip_link(piece) or _is_noise(piece) for piece in pieces)
    )


def _strip_link(piece: str) -> bool:
    return len(piece.split()) <= 3 and not _SENTENCE_END.search(piece) and "«" not in piece


def _is_noise(line: str) -> bool:
    stripped = line.strip()
    return (
        not stripped
        or _widget_strip(stripped)
        or not _LETTER.search(stripped)  # counters and dividers: "👁 15804", "* * *"
        or bool(_NUMERIC_JUNK.match(stripped))
        or bool(_TICKER.match(stripped))
        or bool(_WEATHER.match(stripped))
        or bool(_STAMP.match(stripped))
        or bool(_DOMAIN.match(stripped))
        or bool(_PLACEHOLDER.match(stripped))
        or (len(stripped) <= 32 and bool(_READING_TIME.match(stripped)))
        or bool(_DATE_LINE.match(stripped))
        or bool(_MENU_WORD.match(stripped))
        or bool(_BREADCRUMB.match(stripped))
        or bool(_COUNTER.match(stripped))
        or bool(_WIRE_DATELINE.match(stripped))
        or (len(_SITE_LINKS.findall(stripped)) >= 2 and not _SENTENCE_END.search(stripped))
        or _only_meta(stripped)
        or bool(_INLINE_TEASER.match(fold(stripped)))
        or (bool(_LABEL_LINE.match(stripped)) and not is_paragraph(stripped.split(":", 1)[-1]))
        or is_caption(stripped)
        or (len(stripped) < 400 and is_footer(stripped) and not RECALL.match(stripped))
        or (bool(_BULLET.match(line)) and not is_paragraph(_BULLET.sub("", line)))
    )


def _is_headline(line: str, title_key: str) -> bool:
    key = fold(line).strip(" .")
    # A short line may be a shortened headline by chance; only the whole headline repeats it.
    return bool(title_key) and (key == title_key or (len(key) > 20 and title_key.startswith(key)))


def _after_headline(lines: list[str], title_key: str) -> list[str]:
    """Menus and teasers sit above the headline on a page; the story starts after it.

    Teaser blocks may repeat the headline too, so the occurrence followed by running text wins."""
    found = [index for index, line in enumerate(lines) if _is_headline(line, title_key)]
    for index in found:
        if any(len(line) >= 100 for line in lines[index + 1 : index + 5]):
            return lines[index + 1 :]
    if found and found[0] < max(1, int(len(lines) * 0.6)):
        return lines[found[0] + 1 :]
    return lines


def clean_lines(text: str, title: str = "") -> list[str]:
    """The article body as lines: junk removed, repeated headline lines dropped."""
    title_key = fold(title).strip(" .")
    seen: set[str] = set()
    kept: list[str] = []
    in_list = False
    raw_lines = _after_headline(text.replace("\r", "").split("\n"), title_key)
    after_ad_label = False
    for index, raw in enumerate(raw_lines):
        line = raw.strip()  # inner spacing kept, so summary sentences stay verbatim
        if _STORY_END.match(fold(line)):
            break  # readers' comments come after the story, and nothing of it follows them
        if after_ad_label and line:
            after_ad_label = False
            if len(line) <= 160 and not _RUNNING_TEXT.search(line):
                continue  # the advertisement its label announced
        if AD_LABEL.match(line):
            after_ad_label = True
            continue
        if _LIST_MARKER.match(fold(line)) or _heads_bullets(line, raw_lines[index + 1 :]):
            in_list = True
            continue
        if in_list:
            # Trending lists are short headlines and tags; a long paragraph ends them, and so
            # does the story's own headline (a sidebar before the story in the page's order).
            # Headlines carry no final full stop; body text does.
            if _is_headline(line, title_key):
                in_list = False
                continue
            if _ends_list(line, raw_lines[index + 1 :]):
                in_list = False
            else:
                continue
        line = _without_junk_sentences(line)
        if _is_noise(raw if line == raw.strip() else line):
            continue
        key = fold(line).strip(" .")
        if key in seen or _is_headline(line, title_key):
            continue
        if not kept and not is_paragraph(line) and len(line.split()) <= 3:
            continue  # a lone word above the story (city of the weather widget, section name)
        seen.add(key)
        kept.append(line)
    return _without_trailing_heading(_without_teaser_tail(kept))


# The heading of readers' comments: «Комментарии (4)», «Пікірлер», "Comments: 12".
_STORY_END = re.compile(
    r"^(?:комментари\w*|пікірлер|comments?|reader comments|отзывы читателей|обсуждение|"
    r"оставить комментарий|пікір қалдыру|leave a (?:comment|reply))\s*(?:[:(]?\s*\d+\s*\)?)?\s*$"
)


# A credit or a footer run into a paragraph: «… в Алматы. Фото: Kinopark», "(Photo: press)".
_INLINE_CAPTION = re.compile(r"(?:фото|photo|сурет|image)\s*:", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?…][»\"”)]*\s+\S")


def _without_junk_sentences(line: str) -> str:
    """The paragraph without the credits and footers that share its line, so a story sentence
    next to «Подробнее читайте на сайте» is kept and the call itself goes."""
    if not _SENTENCE_BREAK.search(line) or not (
        _INLINE_CAPTION.search(line) or _FOOTER.search(line)
    ):
        return line
    sentences = split_sentences(line)
    if len(sentences) < 2:
        return line
    first_junk = next((i for i, sentence in enumerate(sentences) if _junk_sentence(sentence)), None)
    if first_junk is None:
        return line
    # The story runs into a credit or a footer, never out of one: what follows the first junk
    # sentence is more of it («All rights reserved. Republishing … is prohibited.»), and a
    # question right before it is its hook («Хотите получать новости? Подпишитесь»).
    rest = " ".join(sentences[:first_junk])
    return rest if is_paragraph(rest) and not rest.rstrip().endswith("?") else ""


def _junk_sentence(sentence: str) -> bool:
    core = sentence.strip(" ()[]")
    return is_caption(core) or (is_footer(core) and not RECALL.match(core))


def _ends_list(line: str, rest: list[str]) -> bool:
    """A long paragraph ends a list of teasers, and so does a shorter sentence followed by more
    running text: a standfirst under a teaser is followed by the next teaser, not by prose."""
    if len(line) >= 220 or (len(line) >= 100 and line.rstrip().endswith((".", "…"))):
        return True
    following = next((other.strip() for other in rest if other.strip()), "")
    return all(len(text) >= 50 and bool(_RUNNING_TEXT.search(text)) for text in (line, following))


def _heads_bullets(line: str, rest: list[str]) -> bool:
    """A short unfinished line right above bulleted teasers is their heading, whatever it says."""
    if not line or len(line.split()) > 5 or _SENTENCE_END.search(line) or _is_noise(line):
        return False
    following = next((other for other in rest if other.strip()), "")
    teaser = _BULLET.sub("", following)
    # A teaser is a headline; "• A" (font size) or "• $ 503.44" (a rate) is a widget.
    return (
        bool(_BULLET.match(following))
        and len(teaser.split()) >= 3
        and bool(_LETTER.search(teaser))
        and not is_paragraph(teaser)
    )


def _headline_like(line: str) -> bool:
    """Short and unfinished: a heading or a teaser, not a sentence or a line of dialogue."""
    return (
        len(line) <= 160
        and not line.rstrip().endswith((".", "…", ":", ";"))
        and not line.lstrip().startswith(("—", "–", "-"))
    )


def _without_teaser_tail(lines: list[str]) -> list[str]:
    """A page ends with the body, then lists of other stories under headings no list of words
    knows: two headline-like lines in a row, after which come only teasers, their one-line
    standfirsts and at most one other sentence, are where the story ended. Read from the end
    in one pass, so a long story costs no more than its lines."""
    headline = [_headline_like(line) for line in lines]
    headlines = sentences = 0
    short_prose = True  # every sentence of the tail is a one-line standfirst
    cut = len(lines)
    for start in range(len(lines) - 1, 0, -1):
        if len(lines[start]) >= 150:
            break  # no tail of teasers holds a line this long
        if headline[start]:
            headlines += 1
        else:
            sentences += 1
            short_prose = short_prose and len(lines[start]) < 100
        teasers = sentences <= 1 or (short_prose and headlines >= sentences + 1)
        if start + 1 < len(lines) and headline[start] and headline[start + 1] and teasers:
            cut = start
    return lines[:cut]


def _without_trailing_heading(lines: list[str]) -> list[str]:
    """A heading at the very end heads nothing: its list was a list of links."""
    last = lines[-1] if lines else ""
    heading = _headline_like(last) or last.rstrip().endswith(":")
    if len(lines) > 1 and heading and len(last.split()) <= 6 and not re.search(r"\d", last):
        return lines[:-1]
    return lines


_LINK_WORDS = 4


def _longer_headline_follows(lines: list[str], later: list[int]) -> bool:
    """Before the story starts, a line longer than a link comes that is no "Label: value"."""
    for index in later:
        line = lines[index]
        if is_paragraph(line) and _RUNNING_TEXT.search(line):
            return False
        if len(line.split()) > _LINK_WORDS and ":" not in line[:25]:
            return True
    return False


_STEM = re.compile(r"[^\W\d_]{4,}")  # "its", "the", «для» tie nothing
_HEADLINE_REACH = 25  # content lines above a lead that may be its headline: mastheads are long


def _stems(line: str) -> set[str]:
    return {word[:5] for word in _STEM.findall(fold(line))}


def _is_lead(line: str) -> bool:
    return len(line) >= 60 and bool(_RUNNING_TEXT.search(line)) and not is_footer(line)


def _headline_by_lead(lines: list[str], content: list[int], lead: int) -> int | None:
    """The line whose words the lead (`content[lead]`) repeats most: news leads retell the
    headline, so this finds it among teasers, widgets and rubrics in any order. Only lines
    above the lead compete; a tie goes to the line nearest it ("Title - Site" in the page's
    tab title comes first)."""
    best, best_score = None, 0.0
    lead_stems = _stems(lines[content[lead]])
    for index in content[max(0, lead - _HEADLINE_REACH) : lead]:
        line = lines[index].strip()
        own = _stems(line)
        # A headline ends without a full stop; a short first sentence of the story has one.
        if not own or not 2 <= len(line.split()) <= 30 or line.endswith((":", ".")):
            continue
        shared = len(own & lead_stems)
        # Shared words count twice: a teaser shares a word or two, a headline most of its own.
        score = shared * shared / len(own)
        if shared >= 2 and shared / len(own) >= 0.34 and score >= best_score:
            best, best_score = index, score
    return best


def _headline_above_lead(lines: list[str], content: list[int], lead: int) -> int | None:
    """The nearest line of a few words above the lead: a page puts the headline right over
    it, with at most a date, a counter or a byline between."""
    for index in reversed(content[:lead]):
        line = lines[index].strip()
        if len(line.split()) >= 3 and not line.endswith((":", ".")):
            return index
    return None


def headline_index(lines: list[str]) -> int:
    """Which line of flattened page text is the headline: the one its lead retells, else the
    first that is not furniture.

    A lone word above another short line is the site's name or a section label; a lone word
    right above running text is a one-word headline. Links of a few words (an accessibility
    switch, «Мобильное приложение») are furniture too when a longer line comes before the
    story: the headline is that line, not the first short one."""
    content = [index for index, line in enumerate(lines) if not _is_noise(line)]
    lead = next((position for position, i in enumerate(content) if _is_lead(lines[i])), None)
    if lead is not None:
        found = _headline_by_lead(lines, content, lead)
        if found is None:
            found = _headline_above_lead(lines, content, lead)
        if found is not None:
            return found
    for position, index in enumerate(content):
        following = lines[content[position + 1]] if position + 1 < len(content) else ""
        words = len(lines[index].split())
        if (
            words <= _LINK_WORDS
            and not _RUNNING_TEXT.search(following)
            and (words == 1 or _longer_headline_follows(lines, content[position + 1 :]))
        ):
            continue
        return index
    return content[0] if content else 0
