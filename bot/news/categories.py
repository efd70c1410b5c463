"""Film story categories; the first one returned is the primary."""

from __future__ import annotations

import re

from bot.news.lexicon import PREMIERE_WORD, Lexicon, pattern

_LEXICON: dict[str, Lexicon] = {
    "premiere": pattern(
        r"в прокат|прокат(?:е|а)?\b|выход(?:ит|ят) на (?:большие )?экран|выйд(?:ет|ут)|"
        r"на экранах|в кинотеатрах (?:страны|казахстана|с)|стартует|релиз|премьерн\w* показ|"
        r"допремьерн|дата выхода|появится в кинотеатрах|прокатқа|экранға шығады|көрсетіледі|"
        r"кинотеатрларда|hits (?:theaters|theatres|cinemas)|in (?:cinemas|theaters|theatres)|"
        r"release[sd]?|will premiere|opens in|opens nationwide|on netflix|streaming on|"
        r"доступ\w* на (?:платформ|netflix|kinopoisk|кинопоиск)|на стриминг|"
        # «покажут фильм», «представят картину», «покажут зрителям», «будет представлена в»
        r"(?:покаж|представ)(?:ут|ят|ет|ит)\s+(?:[\w-]+\s+){0,2}?(?:фильм|картин|лент|мультфильм|"
        r"документальн|драм|комеди|работ)|(?:покажут|представят)\s+(?:зрителям|публике)|"
        # The film named first: «Фильм «Сокол» покажут в Караганде», «Картину представят 5 мая».
        r"(?:фильм|картин|лент|мультфильм)\w*\s+(?:[«\"“][^»\"”]{1,40}[»\"”]\s+)?"
        r"(?:покаж|представ)(?:ут|ят)|"
        # «Показ пройдет 7 апреля»: a screening announced for a day.
        r"показ\w*\s+(?:пройдет|пройдут|состоится|состоятся)|"
        # «С 3 марта на большом экране — драма», «выходит мультфильм»: a film's release.
        r"на больш\w* экран\w*|выход(?:ит|ят)\s+(?:[\w-]+\s+){0,2}?(?:фильм|картин|лент|"
        r"мультфильм|драм|комеди|сериал)|"
        r"будет представлен\w*\s+(?:в|на)\s"
    ),
    "festival": pattern(
        r"фестивал|кинофестивал|канн(?:ах|ский|ского|ском)|берлинале|венецианск|"
        r"конкурсн\w* программ|смотр[аеу]?\b|отбор|еуразия|евразия|жюри|в программ[еу]|"
        r"недел\w*(?: \w+)? кино|дн(?:и|ей)(?: \w+)? кино|кинонедел|ретроспектив|"
        r"festival|berlinale|sundance|tiff\b|selected for|lineup|competition|jury|film week|"
        r"film days|retrospective"
    ),
    "awards": pattern(
        r"преми[яиюей](?! министр)|кинопреми|оскар|золот\w* глобус|награ[дж]|номинац|номинирова|"
        r"лауреат|статуэтк|тулпар|ника\b|bafta|эмми|сыйлы|жүлде|гран-при|приз\b|приз[аы]|"
        r"лучш\w*(?:\s+\w+)? (?:фильм|режисс|актер|актрис|рол[ьи]|сценари)|"
        r"получил\w* (?:приз|премию|награду|гран-при|статуэтку)|удостоен|жеңіп алды|"
        r"awards?\b|oscars?\b|grand prix|wins\b|won the|nominat|golden globe|prize|wins best|"
        r"winners?\b|best actress|"
        r"best actor|best picture"
    ),
    "box_office": pattern(
        r"кассов|сбор(?:ы|ов|ам)\b|собрал|бокс-офис|"
        r"(?:млн|млрд|миллион\w*|миллиард\w*) (?:доллар\w*|тенге|теңге\w*|рубл\w*)|"
        r"зрител\w* посмотрел|көрермен\w* (?:тамашала|көрді)|"
        r"посмотрели (?:более|свыше|около)|продали|билет\w* (?:продан|на сумму)|лидер\w* проката|"
        r"возглавляет кинопрокат|топ проката|табыс|кассалық|рекорд|"
        r"box office|box-office|gross|ticket sales|opening weekend|уик-?энд|weekend|"
        # A share of the market and the year's ranking by takings.
        r"дол[яиюе]\w*\s+(?:[\w-]+\s+){0,3}в (?:прокате|кинопрокате)|по сборам|"
        r"market share|share of (?:the )?box|"
        # Kazakh takings: «200 миллион теңге жинады», «көрермен көп жинады», «прокат көшбасшысы».
        r"(?:теңге\w*|доллар\w*|көрермен\w*|көп)\s+жина\w*|көшбасшы"
    ),
    "production": pattern(
        r"съемк|съемочн|начал\w* съем|снима(?:ет|ют|ть|ли)|кастинг|финансир|"
        r"государственн\w* (?:поддержк|финансир|заказ)|кинопроизводств|"
        r"киноиндустри|министерств\w* культуры|госкино|центр\w* поддержки национального кино|"
        r"гцпнк|бюджет|питчинг|киноотрасл|закон\w* о кино|түсірілім(?:ін|і) баста|"
        r"қаржыланд|filming|production|casting|shoot\b|funding|rebate|"
        r"film commission|crew members|продлил\w* на \w+ сезон|новый сезон|renewed for|"
        # Studios and sets, and Kazakh shooting verbs: «түсіре бастады», «түсірілуде».
        r"павильон|продакшн|продакшен|съемочн\w* площадк|түсіре баста|түсірілу\w*|түсіруде|"
        r"массовка|мемлекеттік тапсырыс|постпродакшн|постпродакшен|пост-продакшн|post-production|"
        r"postproduction"
    ),
    "review": pattern(
        r"рецензи|обзор|стоит ли смотреть|впечатлени|разбираем|наш\w* оценк|оценка|"
        r"плюсы и минусы|разочаров|хронометраж|шолу|тұрарлық|"
        # A critic's verdict: weak and strong points, acting, whether it is worth the ticket (not
        # «стоит посмотреть», which recommends a list of films as often as it judges one).
        r"слаб\w* (?:мест|сторон)|сильн\w* (?:мест|сторон)|актерск\w* работ|"
        r"стоит (?:идти|сходить)|провиса|затянут|буксует|бағамыз|ұпайдың|"
        r"олқылық|"
        # Its merits and flaws and praise for a part: «главный недостаток картины», «хороша в роли».
        r"недостат(?:ок|ки|ком)\b|достоинств|хорош\w* в роли|flaws?\b|shines as|"
        # A score out of ten or five stars is a critic's verdict.
        r"\d{1,2} из (?:10|десяти|5|пяти)\b|\d{1,2}/10\b|(?:stars?|points?) out of|"
        r"review|verdict|stumbles|performances?\b"
    ),
    "interview": pattern(
        r"интервью|беседова|рассказал\w* в (?:беседе|интервью)|сұхбат|поговорили|"
        r"ответил\w* на вопрос|призна(?:лась|лся|ется|ются)|"
        r"interview|in conversation|q&a|she says|he says"
    ),
    "trailer": pattern(r"трейлер|тизер|первые кадры|промо-ролик|teaser|trailer|first look"),
}
# A headline "Name Surname: «quote»" or "«A remark of several words»: Name Surname on…", or a
# dialogue of "— question?" or "Q: question?" lines is an interview.
_INTERVIEW_TITLE = re.compile(
    r"^[\w.-]+(?:\s+[\w.-]+){0,3}:\s*[«\"“'‘]"
    r"|^[«\"“][^»\"”]*\s[^»\"”]*\s[^»\"”]+[»\"”]\s*:\s*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]+\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]"
)
_DIALOGUE = re.compile(r"^(?:[—–-]|Q:|В:|Вопрос:|Сұрақ:)\s.*\?\s*$", re.MULTILINE)
_HEADLINE_GENRES = ("trailer", "review", "interview")
_PRIORITY = (
    "premiere",
    "trailer",
    "box_office",
    "festival",
    "awards",
    "interview",
    "review",
    "production",
)


def scores(title: str, body: str) -> dict[str, float]:
    """Evidence per category, before the premiere facts are known."""
    found = {
        name: 3.0 * len(regex.findall(title)) + min(len(regex.findall(body)), 6)
        for name, regex in _LEXICON.items()
    }
    found["premiere"] += 3.0 * len(PREMIERE_WORD.findall(title)) + min(
        len(PREMIERE_WORD.findall(body)), 6
    )
    for genre in _HEADLINE_GENRES:
        # "Трейлер…", "Рецензия:", "Интервью" in a headline name the story's genre outright.
        found[genre] += 3.0 * bool(_LEXICON[genre].search(title))
    found["interview"] += 4.0 * bool(_INTERVIEW_TITLE.search(title))
    found["interview"] += 2.0 * min(len(_DIALOGUE.findall(body)), 3)
    return found


def needs_premiere_facts(found: dict[str, float]) -> bool:
    """Whether a premiere date could change the ranking (it only adds to a premiere score)."""
    return found["premiere"] > 0


def rank(found: dict[str, float], has_premiere_facts: bool) -> tuple[str, ...]:
    """All matching categories, strongest first; `other` when nothing specific fits."""
    final = dict(found)
    # A date helps a premiere story; by itself ("с 1 января цены вырастут") it makes none.
    final["premiere"] += 2.0 if has_premiere_facts and needs_premiere_facts(found) else 0.0
    ranked = sorted(
        (name for name in _PRIORITY if final[name] >= 2.0),
        key=lambda name: (-final[name], _PRIORITY.index(name)),
    )
    return tuple(ranked) or ("other",)


def categorise(title: str, body: str, has_premiere_facts: bool) -> tuple[str, ...]:
    """All matching categories, strongest first; `other` when nothing specific fits."""
    return rank(scores(title, body), has_premiere_facts)
