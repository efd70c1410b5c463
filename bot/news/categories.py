"""Film story categories; the first one returned is the primary."""

from __future__ import annotations

import re

from bot.news.lexicon import PREMIERE_WORD, pattern

_LEXICON: dict[str, re.Pattern[str]] = {
    "premiere": pattern(
        r"в прокат",
        r"прокат(?:е|а)?\b",
        r"выход(?:ит|ят) на (?:большие )?экран",
        r"выйд(?:ет|ут)",
        r"на экранах",
        r"в кинотеатрах (?:страны|казахстана|с)",
        r"стартует",
        r"релиз",
        r"премьерн\w* показ",
        r"допремьерн",
        r"прокатқа",
        r"экранға шығады",
        r"көрсетіледі",
        r"кинотеатрларда",
        r"hits (?:theaters|theatres|cinemas)",
        r"in (?:cinemas|theaters|theatres)",
        r"release[sd]?",
        r"will premiere",
        r"opens in",
        r"on netflix",
        r"streaming on",
        r"доступ\w* на (?:платформ|netflix|kinopoisk|кинопоиск)",
        r"на стриминг",
    ),
    "festival": pattern(
        r"фестивал",
        r"кинофестивал",
        r"канн(?:ах|ский|ского|ском)",
        r"берлинале",
        r"венецианск",
        r"программ\w* фестивал",
        r"конкурсн\w* программ",
        r"еуразия",
        r"евразия",
        r"фестиваль",
        r"festival",
        r"berlinale",
        r"sundance",
        r"tiff\b",
        r"лауреат\w* фестивал",
    ),
    "awards": pattern(
        r"преми[яиюей](?! министр)",
        r"оскар",
        r"золот\w* глобус",
        r"награ[дж]",
        r"номинац",
        r"номинирова",
        r"лауреат",
        r"статуэтк",
        r"тулпар",
        r"ника\b",
        r"bafta",
        r"эмми",
        r"сыйлы",
        r"жүлде",
        r"award",
        r"oscar",
        r"nominat",
        r"golden globe",
        r"prize",
        r"wins best",
        r"лучш\w* (?:фильм|режисс|актер|актрис)",
    ),
    "box_office": pattern(
        r"кассов",
        r"сбор(?:ы|ов|ам)\b",
        r"собрал",
        r"бокс-офис",
        r"box office",
        r"gross",
        r"млн (?:долларов|тенге|рублей)",
        r"миллион\w* (?:долларов|тенге|рублей)",
        r"зрител\w* посмотрел",
        r"билет\w* (?:продан|на сумму)",
        r"лидер\w* проката",
        r"топ проката",
        r"табыс",
        r"ticket sales",
        r"opening weekend",
        r"уик-энд",
        r"выходны\w* собрал",
    ),
    "production": pattern(
        r"съемк",
        r"съемочн",
        r"снима(?:ет|ют|ть|ли)",
        r"снял",
        r"сняли",
        r"кастинг",
        r"финансир",
        r"государственн\w* (?:поддержк|финансир|заказ)",
        r"казахфильм",
        r"киностуди",
        r"продюсер",
        r"сценари",
        r"кинопроизводств",
        r"киноиндустри",
        r"министерств\w* культуры",
        r"госкино",
        r"центр\w* поддержки национального кино",
        r"гцпнк",
        r"бюджет",
        r"питчинг",
        r"киноотрасл",
        r"закон\w* о кино",
        r"түсірілім",
        r"түсір(?:у|іп|еді|ді|мек)",
        r"kazakhfilm",
        r"filming",
        r"production",
        r"casting",
        r"shooting",
        r"funding",
        r"studio",
        r"screenplay",
        r"script",
    ),
    "review": pattern(
        r"рецензи",
        r"обзор",
        r"стоит ли смотреть",
        r"впечатлени",
        r"разбираем",
        r"критик",
        r"наш\w* оценк",
        r"оценка",
        r"review",
        r"verdict",
        r"сюжет",
        r"пікір",
        r"шолу",
        r"плюсы и минусы",
        r"не все идеально",
        r"разочаров",
    ),
    "interview": pattern(
        r"интервью",
        r"беседова",
        r"рассказал\w* в (?:беседе|интервью)",
        r"сұхбат",
        r"interview",
        r"in conversation",
        r"q&a",
        r"поговорили",
        r"ответил\w* на вопрос",
    ),
    "trailer": pattern(
        r"трейлер",
        r"тизер",
        r"teaser",
        r"trailer",
        r"первые кадры",
        r"first look",
        r"промо-ролик",
    ),
}
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


def _scores(title: str, body: str, has_premiere_facts: bool) -> dict[str, float]:
    scores: dict[str, float] = {}
    for name, regex in _LEXICON.items():
        scores[name] = 3.0 * len(regex.findall(title)) + min(len(regex.findall(body)), 6) * 1.0
    premiere_words = 3.0 * len(PREMIERE_WORD.findall(title)) + min(
        len(PREMIERE_WORD.findall(body)), 6
    )
    scores["premiere"] += premiere_words + (2.0 if has_premiere_facts else 0.0)
    return scores


def categorise(title: str, body: str, has_premiere_facts: bool) -> tuple[str, ...]:
    """All matching categories, strongest first; `other` when nothing specific fits."""
    scores = _scores(title, body, has_premiere_facts)
    ranked = sorted(
        (name for name in _PRIORITY if scores[name] >= 2.0),
        key=lambda name: (-scores[name], _PRIORITY.index(name)),
    )
    return tuple(ranked) or ("other",)
