"""Build ``tests/data/blind10.jsonl`` from the hand-written stories in ``articles_blind10``.

Every story is rendered in one of three shapes, cycling text/flat/html after a seeded shuffle:
plain text, a flattened page as a scraper sees it (four invented site families), or a full HTML
page in one of three invented layouts (a national broadcaster, a business daily and a regional
news portal with an aggregator feed). The builder is deterministic: all randomness comes from
seeded ``random.Random`` instances.

Run from the repository root: ``python -m tests.data.build_blind10``.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.data.articles_blind10 import BLIND10
from tests.data.model import Item

# Chosen so that formats, languages and layouts are spread evenly over the story kinds.
SEED = 116_123
FORMATS = ("text", "flat", "html")
OUT = Path(__file__).with_name("blind10.jsonl")

# ---------------------------------------------------------------------------------------------
# Junk pools (all invented).
# ---------------------------------------------------------------------------------------------

HEADLINES: dict[str, list[str]] = {
    "ru": [
        "В Казахстане изменят правила техосмотра с 1 марта",
        "Курс тенге: что ждет валютный рынок на этой неделе",
        "На проспекте Аль-Фараби ограничат движение из-за ремонта развязки",
        "Пенсионные выплаты проиндексируют с нового года",
        "В Шымкенте открылся новый кинотеатр на восемь залов",
        "Синоптики рассказали о погоде на выходные",
        "Казахстанские борцы завоевали три медали на турнире в Стамбуле",
        "Цены на бензин АИ-92 выросли в пяти регионах",
        "В Астане открыли новый пешеходный мост через Есиль",
        "Минздрав напомнил о сезонной вакцинации от гриппа",
        "Актер сериала «Наш двор» объявил о завершении карьеры",
        "В Караганде задержали подозреваемых в интернет-мошенничестве",
        "Более 20 школ капитально отремонтируют в Павлодарской области",
        "Как оформить налоговый вычет на лечение: пошаговая инструкция",
        "В горах под Алматы спасли заблудившихся туристов",
        "Названы самые популярные имена новорожденных за год",
        "Аэропорт Актобе изменит расписание зимних рейсов",
        "В Туркестане отреставрируют средневековую баню",
        "Депутаты предложили запретить продажу энергетиков подросткам",
        "Жители Усть-Каменогорска снова жалуются на смог",
        "«Кайрат» объявил о подписании нового легионера",
        "Стало известно, когда в Алматы отключат горячую воду",
        "В Костанае построят новый ледовый дворец",
        "Казахстанские студенты выиграли олимпиаду по программированию",
        "Голливудский блокбастер перенесли на следующий год",
        "В Атырау прошел фестиваль уличной еды",
        "Какие документы нужны для получения удостоверения личности ребенку",
        "Нацбанк выпустил коллекционную монету в честь юбилея Абая",
        "Жителей Семея предупредили о перебоях с газом",
        "В Кызылорде начали строить новый перинатальный центр",
    ],
    "kk": [
        "Елімізде зейнетақы мөлшері жаңа жылдан бастап өседі",
        "Алматыда бірнеше көшеде жол жөндеу жұмыстары басталады",
        "Синоптиктер демалыс күндерінің ауа райын болжады",
        "Шымкентте жаңа саябақ ашылды",
        "Қазақстандық балуандар Стамбулда үш медаль жеңіп алды",
        "Астанада биыл 12 жаңа мектеп пайдалануға беріледі",
        "Жанармай бағасы бес өңірде қымбаттады",
        "Ақтөбеде жасөспірімдерге арналған спорт орталығы ашылады",
        "Тұрғын үй төлемдері: өтінімдерді қабылдау басталды",
        "Атыраудағы көше тағамдары фестиваліне мыңдаған адам келді",
        "Түркістанда ортағасырлық монша қалпына келтіріледі",
        "Денсаулық сақтау министрлігі тұмауға қарсы екпе салдыруға шақырды",
        "Қостанайда жаңа мұз сарайы салынады",
        "Оқушыларға арналған тегін үйірмелер саны артады",
        "Ұлттық банк Абай мерейтойына арналған монета шығарды",
        "Қарағандыда интернет-алаяқтар ұсталды",
        "Жаңа телехикаяның түсірілімі Түркістанда басталды",
        "Павлодар облысында 20 мектеп күрделі жөндеуден өтеді",
        "Алматы тауларында адасып кеткен туристер құтқарылды",
        "Қызылордада перинаталдық орталықтың құрылысы басталды",
        "«Қайрат» жаңа легионермен келісімшартқа қол қойды",
        "Семей тұрғындарына газ берудегі үзіліс туралы ескертілді",
    ],
    "en": [
        "Kazakhstan to raise minimum wage from January",
        "Tenge weakens slightly against the US dollar",
        "Almaty expands bike lanes in the city centre",
        "New direct flights to connect Astana and Seoul",
        "Kazakh wrestlers win three medals in Istanbul",
        "Government approves plan to modernise heating networks",
        "Shymkent opens eight-screen multiplex",
        "Cold snap expected across northern regions this weekend",
        "Kazakhstan's oil output rises in the first half of the year",
        "Astana hosts regional forum on green energy",
        "Students from Kazakhstan win international coding contest",
        "Turkistan to restore medieval bathhouse",
        "Health ministry urges seasonal flu vaccination",
        "Kostanai to build new ice arena",
        "Hollywood studio delays blockbuster to next year",
        "Atyrau street food festival draws thousands",
        "National Bank issues coin marking Abai anniversary",
        "Kairat sign new foreign midfielder",
        "Almaty airport reports record passenger traffic",
        "Karaganda police detain online fraud suspects",
        "New law on artificial intelligence takes effect",
        "Kazakhstan and Uzbekistan agree on joint water projects",
    ],
}

TEASERS: dict[str, list[str]] = {
    "ru": [
        "Рассказываем, что изменится для водителей.",
        "Эксперты дали прогноз на ближайшие дни.",
        "Публикуем полный список адресов.",
        "Что нужно знать жителям города.",
        "Объясняем простыми словами, кого это коснется.",
        "В ведомстве назвали сроки и условия.",
    ],
    "kk": [
        "Толығырақ – біздің материалда.",
        "Не өзгеретінін түсіндіреміз.",
        "Мекенжайлардың толық тізімін жариялаймыз.",
        "Сарапшылар алдағы күндерге болжам жасады.",
        "Кімге қатысты екенін қарапайым тілмен түсіндіреміз.",
    ],
    "en": [
        "Here is what changes for drivers.",
        "Experts share their forecast for the coming days.",
        "The full list of addresses is inside.",
        "What residents need to know.",
        "We explain who will be affected and when.",
    ],
}

TAGS: dict[str, list[str]] = {
    "ru": ["Пенсия 2026", "Курс валют", "Погода", "Налоги", "Футбол", "ЖКХ", "Бокс", "Образование"],
    "kk": ["Зейнетақы", "Валюта бағамы", "Ауа райы", "Салық", "Футбол", "Білім", "Денсаулық"],
    "en": ["Economy", "Tenge", "Weather", "Taxes", "Football", "Education", "Energy"],
}

COMMENTS: dict[str, list[tuple[str, str]]] = {
    "ru": [
        ("Гость", "Спасибо за новость, побольше бы таких!"),
        ("Асель_К", "А у нас в районе опять тишина, ничего не происходит..."),
        ("Марат 1987", "Интересно, сколько на это потратили из бюджета?"),
        ("Читатель", "Редакция, проверьте, пожалуйста, даты в соседней новости."),
        ("Гульмира", "Кто-нибудь знает подробности? Напишите в ответ."),
        ("Ержан", "Хорошо, что пишут об этом, обычно такое проходит незаметно."),
    ],
    "kk": [
        ("Ерлан", "Жақсы жаңалық, рақмет!"),
        ("Айым", "Бізде де осындай болса екен..."),
        ("Қонақ", "Бюджеттен қанша ақша кетті екен?"),
        ("Нұрлыбек", "Толығырақ білетін адам бар ма?"),
        ("Сәуле", "Сәттілік тілеймін, жалғасы болсын!"),
    ],
    "en": [
        ("Dana K.", "Great news, thanks for sharing."),
        ("guest_771", "Any idea how much this cost the budget?"),
        ("Timur", "Finally something positive in the news feed."),
        ("A reader", "Would be nice to have more details in the next update."),
        ("Zhanna", "Hope they do the same in our city soon."),
    ],
}

CAPTIONS_FILM: dict[str, list[str]] = {
    "ru": [
        "Кадр из фильма. Фото предоставлено продюсерами",
        "Фото: пресс-служба кинокомпании",
        "Фото со съемочной площадки",
    ],
    "kk": [
        "Фильмнен алынған кадр. Суретті продюсерлер ұсынды",
        "Фото: кинокомпанияның баспасөз қызметі",
    ],
    "en": ["Still from the film. Photo courtesy of the producers", "Photo: press service"],
}

CAPTIONS_OTHER: dict[str, list[str]] = {
    "ru": ["Фото: архив редакции", "Иллюстративное фото из открытых источников"],
    "kk": ["Фото: редакция мұрағатынан", "Көрнекі сурет ашық дереккөздерден алынды"],
    "en": ["Photo: file", "Illustrative photo from open sources"],
}

ADS: dict[str, list[str]] = {
    "ru": [
        "Депозит до 16,5% годовых — откройте онлайн за 5 минут",
        "Бизнес-карта без абонентской платы первые три месяца",
        "Квартиры в новом ЖК у парка: рассрочка без переплат",
        "Курсы английского для взрослых: первый урок бесплатно",
    ],
    "kk": [
        "Жылдық 16,5%-ға дейін депозит — 5 минутта онлайн ашыңыз",
        "Алғашқы үш ай абоненттік төлемсіз бизнес-карта",
        "Саябақ жанындағы жаңа тұрғын үй кешені: үстемеақысыз бөліп төлеу",
    ],
    "en": [
        "Deposits up to 16.5% a year — open one online in 5 minutes",
        "Business card with no monthly fee for the first three months",
        "New flats by the park: instalments with no overpayment",
    ],
}

PARTNER_BAIT: dict[str, list[str]] = {
    "ru": [
        "Врачи назвали привычку, которая незаметно разрушает сосуды",
        "Казахстанцы массово скупают этот недорогой прибор перед зимой",
        "Вот что будет, если каждый день съедать по горсти орехов",
    ],
    "kk": [
        "Дәрігерлер тамырды байқатпай бұзатын әдетті атады",
        "Қазақстандықтар қыс алдында осы арзан құрылғыны көптеп сатып алуда",
    ],
    "en": [
        "Doctors name the everyday habit that quietly harms your heart",
        "Kazakhs are buying this cheap gadget before winter",
    ],
}

POLLS: dict[str, list[tuple[str, list[str]]]] = {
    "ru": [
        ("Как часто вы ходите в кино?", ["Каждую неделю", "Раз в месяц", "Почти никогда"]),
        ("Как вы добираетесь на работу?", ["Автобус", "Своя машина", "Пешком", "Такси"]),
    ],
    "kk": [
        ("Кинотеатрға қаншалықты жиі барасыз?", ["Апта сайын", "Айына бір рет", "Өте сирек"]),
        ("Жұмысқа қалай барасыз?", ["Автобуспен", "Жеке көлікпен", "Жаяу"]),
    ],
    "en": [
        ("How often do you go to the cinema?", ["Every week", "Once a month", "Hardly ever"]),
        ("How do you get to work?", ["Bus", "Own car", "On foot", "Taxi"]),
    ],
}

OPINIONS: dict[str, list[tuple[str, str]]] = {
    "ru": [
        ("Айдар Сеитов", "Почему рынку нужен новый закон о банкротстве"),
        ("Ольга Пак", "Ставка 16,5%: кто на самом деле платит за борьбу с инфляцией"),
        ("Ринат Омаров", "Логистика через Каспий: окно возможностей закрывается"),
    ],
    "kk": [
        ("Айдар Сейітов", "Нарыққа банкроттық туралы жаңа заң не үшін керек"),
        ("Гүлнар Әлиева", "Инфляциямен күрестің құнын кім төлейді"),
    ],
    "en": [
        ("Aidar Seitov", "Why the market needs a new bankruptcy law"),
        ("Olga Pak", "Who really pays for the fight against inflation"),
    ],
}

TV_PROGRAMS: dict[str, list[str]] = {
    "ru": ["Итоги дня", "Вечерние новости", "Утро на Efir", "Спорт за неделю", "Большое интервью"],
    "kk": ["Күн тәртібі", "Кешкі жаңалықтар", "Таңғы эфир", "Апта спорты", "Сұхбат сағаты"],
    "en": ["Day in Review", "Evening News", "Morning Live", "Sport Weekly", "The Big Interview"],
}

MONTHS = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "kk": [
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
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

UI: dict[str, dict[str, str]] = {
    "ru": {
        "read_also": "Читайте также:",
        "ad": "Реклама",
        "share": "Поделиться",
        "comments": "Комментарии",
        "latest": "Последние новости",
        "popular": "Самое популярное за неделю",
        "related": "Новости по теме",
        "trend": "В тренде:",
        "film": "Кино",
        "news": "Общество",
        "search": "Поиск по сайту",
        "live": "Прямой эфир",
        "on_air": "Сейчас в эфире",
        "schedule": "Программа передач",
        "watch": "Смотрите также",
        "useful": "Была ли эта новость полезной?",
        "yes": "Да",
        "no": "Нет",
        "typo": "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
        "tg": "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "whatsapp": "Есть новость? Пишите в редакцию через WhatsApp",
        "copy": "Любое использование материалов допускается только с гиперссылкой на {site}",
        "rights": "Все права защищены",
        "license": "Свидетельство о постановке на учет СМИ № KZ{n}VPY00{m} выдано МИОР РК",
        "author": "Автор",
        "read_time": "Время чтения: {n} мин",
        "newsletter": "Утренний курс: главные деловые новости каждое утро в вашей почте",
        "subscribe": "Подписаться",
        "paywall": "Оформите подписку и читайте аналитику «Курса Дела» без ограничений",
        "opinions": "Мнения",
        "chart": "Курс доллара к тенге за неделю, KZT",
        "rates": "Курсы валют НБ РК",
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь, вы согласны",
        "opinion_note": "Мнение авторов может не совпадать с позицией редакции",
        "source": "Источник",
        "read_full": "Читать полностью на сайте источника",
        "partners": "Новости партнеров",
        "poll": "Опрос",
        "vote": "Голосовать",
        "your_name": "Ваше имя",
        "your_comment": "Текст комментария",
        "send": "Отправить",
        "rules": "Правила комментирования: без оскорблений и рекламы",
        "print": "Версия для печати",
        "views": "Просмотров",
        "reprint": "При перепечатке материалов ссылка на {site} обязательна. 18+",
        "login": "Чтобы оставить комментарий, войдите через Telegram",
        "no_comments": "Комментариев пока нет. Будьте первым!",
        "ad_phone": "Размещение рекламы на сайте: +7 (7252) 00-00-00",
        "feed": "Лента новостей",
        "weather": "снег",
        "weather_warm": "ясно",
    },
    "kk": {
        "read_also": "Тағы оқыңыз:",
        "ad": "Жарнама",
        "share": "Бөлісу",
        "comments": "Пікірлер",
        "latest": "Соңғы жаңалықтар",
        "popular": "Апта бойы көп оқылғандар",
        "related": "Тақырыпқа қатысты",
        "trend": "Өзекті:",
        "film": "Кино",
        "news": "Қоғам",
        "search": "Сайттан іздеу",
        "live": "Тікелей эфир",
        "on_air": "Қазір эфирде",
        "schedule": "Хабарлар кестесі",
        "watch": "Мұны да көріңіз",
        "useful": "Бұл жаңалық сізге пайдалы болды ма?",
        "yes": "Иә",
        "no": "Жоқ",
        "typo": "Қатені байқасаңыз, мәтінді белгілеп, Ctrl+Enter басыңыз",
        "tg": "Жаңалықтарды бірінші болып білгіңіз келсе, Telegram-арнамызға жазылыңыз!",
        "whatsapp": "Жаңалығыңыз бар ма? Редакцияға WhatsApp арқылы жазыңыз",
        "copy": "Материалдарды пайдаланғанда {site} сайтына гиперсілтеме міндетті",
        "rights": "Барлық құқықтар қорғалған",
        "license": "БАҚ-ты есепке қою туралы куәлік № KZ{n}VPY00{m}, ҚР АҚДМ берген",
        "author": "Авторы",
        "read_time": "Оқу уақыты: {n} мин",
        "newsletter": "Таңғы курс: ең маңызды іскерлік жаңалықтар күн сайын поштаңызда",
        "subscribe": "Жазылу",
        "paywall": "Жазылым рәсімдеп, «Іскер Курс» сараптамаларын шектеусіз оқыңыз",
        "opinions": "Пікір",
        "chart": "Доллардың теңгеге шаққандағы апталық бағамы, KZT",
        "rates": "ҰБ валюта бағамдары",
        "cookie": "Сайт жақсы жұмыс істеуі үшін cookie файлдарын қолданамыз",
        "opinion_note": "Авторлардың пікірі редакция ұстанымымен сәйкес келмеуі мүмкін",
        "source": "Дереккөз",
        "read_full": "Толық нұсқасын дереккөз сайтынан оқыңыз",
        "partners": "Серіктестер жаңалықтары",
        "poll": "Сауалнама",
        "vote": "Дауыс беру",
        "your_name": "Атыңыз",
        "your_comment": "Пікіріңіз",
        "send": "Жіберу",
        "rules": "Пікір қалдыру ережесі: балағат сөз бен жарнамаға тыйым салынады",
        "print": "Басып шығаруға арналған нұсқа",
        "views": "Қаралды",
        "reprint": "Материалдарды көшіріп басқанда {site} сайтына сілтеме міндетті. 18+",
        "login": "Пікір қалдыру үшін Telegram арқылы кіріңіз",
        "no_comments": "Әзірге пікір жоқ. Бірінші болыңыз!",
        "ad_phone": "Сайтта жарнама орналастыру: +7 (7252) 00-00-00",
        "feed": "Жаңалықтар легі",
        "weather": "қар",
        "weather_warm": "ашық",
    },
    "en": {
        "read_also": "Read also:",
        "ad": "Advertisement",
        "share": "Share this article",
        "comments": "Comments",
        "latest": "Latest news",
        "popular": "Most read this week",
        "related": "Related stories",
        "trend": "Trending:",
        "film": "Cinema",
        "news": "Society",
        "search": "Search the site",
        "live": "Live",
        "on_air": "On air now",
        "schedule": "TV schedule",
        "watch": "Watch also",
        "useful": "Was this story useful?",
        "yes": "Yes",
        "no": "No",
        "typo": "Found a typo? Select it and press Ctrl+Enter",
        "tg": "Follow us on Telegram for the latest news from Kazakhstan.",
        "whatsapp": "Got a story? Message our newsroom on WhatsApp",
        "copy": "Reproduction of materials is allowed only with a hyperlink to {site}",
        "rights": "All rights reserved",
        "license": "Media registration certificate No. KZ{n}VPY00{m}",
        "author": "By",
        "read_time": "{n} min read",
        "newsletter": "Morning Brief: the key business news in your inbox every day",
        "subscribe": "Subscribe",
        "paywall": "Subscribe to read Kurs Business analysis without limits",
        "opinions": "Opinion",
        "chart": "US dollar to tenge exchange rate over the week, KZT",
        "rates": "National Bank exchange rates",
        "cookie": "We use cookies to make this site work better. By staying you agree",
        "opinion_note": "The views of columnists may not reflect those of the editorial board",
        "source": "Source",
        "read_full": "Read the full story on the source website",
        "partners": "Partner news",
        "poll": "Poll",
        "vote": "Vote",
        "your_name": "Your name",
        "your_comment": "Your comment",
        "send": "Post",
        "rules": "Comment rules: no insults and no advertising",
        "print": "Print version",
        "views": "Views",
        "reprint": "Any reprint requires a link to {site}. 18+",
        "login": "Sign in with Telegram to comment",
        "no_comments": "No comments yet. Be the first!",
        "ad_phone": "Advertising on the site: +7 (7252) 00-00-00",
        "feed": "News feed",
        "weather": "snow",
        "weather_warm": "clear",
    },
}

NAV: dict[str, list[str]] = {
    "ru": ["Главная", "Новости", "Казахстан", "Экономика", "Общество", "Культура", "Спорт", "Мир"],
    "kk": ["Басты бет", "Жаңалықтар", "Қазақстан", "Экономика", "Қоғам", "Мәдениет", "Спорт"],
    "en": ["Home", "News", "Kazakhstan", "Business", "Society", "Culture", "Sport", "World"],
}

AUTHORS: dict[str, list[str]] = {
    "ru": ["Дина Касымова", "Игорь Ли", "Айжан Мухамедиева", "Сергей Волков"],
    "kk": ["Әйгерім Сапарова", "Нұржан Ермеков", "Дана Әлібекова"],
    "en": ["Dina Kassymova", "Igor Li", "Aizhan Mukhamedieva"],
}

WEATHER_CITIES = {
    "ru": ["Алматы", "Астана", "Шымкент", "Караганда"],
    "kk": ["Алматы", "Астана", "Шымкент", "Қарағанды"],
    "en": ["Almaty", "Astana", "Shymkent", "Karaganda"],
}

URL_LANG = {"ru": "ru", "kk": "kz", "en": "en"}

# ---------------------------------------------------------------------------------------------
# Helpers.
# ---------------------------------------------------------------------------------------------


def _t(text: str) -> str:
    """Escape a text node."""
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    """Escape an attribute value."""
    return html.escape(text, quote=True)


class Page:
    """Collects the junk strings placed around or inside one rendered article."""

    def __init__(self, item: Item, rng: random.Random) -> None:
        self.item = item
        self.lang = item.language
        self.rng = rng
        self.junk: list[str] = []
        self._used: set[str] = set()
        self.ui = UI[self.lang]
        self.paras = item.body.split("\n")
        self.hour = rng.randint(7, 22)
        self.minute = rng.randint(0, 59)
        self.views = rng.randint(140, 18_000)
        self.slug = f"{rng.randint(100_000, 999_999)}"

    def j(self, text: str) -> str:
        """Register a string as junk and return it."""
        if text not in self.junk:
            self.junk.append(text)
        return text

    def ui_j(self, key: str, **kw: str) -> str:
        """A UI string, formatted and registered as junk."""
        return self.j(self.ui[key].format(**kw))

    def headlines(self, n: int) -> list[str]:
        """Distinct junk headlines in the page language, never reused on the page."""
        pool = [h for h in HEADLINES[self.lang] if h not in self._used]
        picked = self.rng.sample(pool, n)
        self._used.update(picked)
        return [self.j(h) for h in picked]

    def foreign_headline(self, other: str) -> str:
        """A headline from another language edition of the same site."""
        return self.j(self.rng.choice(HEADLINES[other]))

    def pick(self, pool: dict[str, list[str]]) -> str:
        return self.j(self.rng.choice(pool[self.lang]))

    def caption(self) -> str:
        return self.pick(CAPTIONS_FILM if self.item.primary else CAPTIONS_OTHER)

    def section(self) -> str:
        return self.ui["film"] if self.item.primary else self.ui["news"]

    def human_date(self) -> str:
        y, m, d = (int(x) for x in self.item.published.split("-"))
        month = MONTHS[self.lang][m - 1]
        hm = f"{self.hour:02d}:{self.minute:02d}"
        if self.lang == "ru":
            return f"{d} {month} {y}, {hm}"
        if self.lang == "kk":
            return f"{y} жылғы {d} {month}, {hm}"
        return f"{month} {d}, {y}, {hm}"

    def dotted_date(self) -> str:
        y, m, d = self.item.published.split("-")
        return f"{d}.{m}.{y} {self.hour:02d}:{self.minute:02d}"

    def iso_time(self) -> str:
        return f"{self.item.published}T{self.hour:02d}:{self.minute:02d}:00+05:00"

    def insert_points(self) -> list[int]:
        """Indices of paragraphs after which something is embedded (never after the last)."""
        n = len(self.paras)
        k = 1 if n <= 4 else 2
        return sorted(self.rng.sample(range(1, n - 1), k))


# ---------------------------------------------------------------------------------------------
# Flat pages: four site families.
# ---------------------------------------------------------------------------------------------


def _flat_caravan_like(pg: Page) -> list[str]:
    """A Russian city portal with ticker, weather and a trending block (Stepnoy Vestnik)."""
    site = "Степной вестник"
    y, m, d = (int(x) for x in pg.item.published.split("-"))
    rng = pg.rng
    out = [f"{pg.item.title} - {site}"]
    out += [f"  • $ {rng.uniform(480, 530):.2f}", f"  • {rng.uniform(550, 610):.2f}"]
    out += [f"{rng.randint(-25, 30):+d} °C", rng.choice(WEATHER_CITIES["ru"]), f"{y} Год"]
    out += [f"{d} {MONTHS['ru'][m - 1].capitalize()}"]
    out += ["  • A"] * 3
    out += [pg.item.title, "", pg.item.title, ""]
    out += [f"  • {d} {MONTHS['ru'][m - 1].capitalize()} {y}", f"  • {pg.views}"]
    out += [pg.caption(), ""]
    points = pg.insert_points()
    for i, para in enumerate(pg.paras):
        out.append(para)
        if i in points:
            out += ["", pg.ui_j("read_also"), pg.headlines(1)[0], ""]
    out += ["", pg.ui["trend"], ""]
    tags = rng.sample(TAGS["ru"], 5)
    for tag, head in zip(tags, pg.headlines(5), strict=True):
        out += [tag, "", head, ""]
    out.append(pg.ui_j("copy", site="stepvestnik.kz"))
    out.append(pg.ui_j("tg"))
    return out


def _flat_agency(pg: Page) -> list[str]:
    """A Russian regional agency with a news feed at the top and comments below (Priirtysh)."""
    rng = pg.rng
    out = ["Priirtysh.info", "Новости Павлодара и области", pg.ui["feed"]]
    times = sorted((rng.randint(8, 20), rng.randint(0, 59)) for _ in range(4))
    for (h, mi), head in zip(reversed(times), pg.headlines(4), strict=True):
        out.append(f"{h:02d}:{mi:02d} {head}")
    out += ["Все новости", "Главная / " + pg.section(), pg.item.title]
    out.append(f"{pg.human_date()} | {pg.section()} | {pg.views}")
    points = pg.insert_points()
    for i, para in enumerate(pg.paras):
        out.append(para)
        if i == points[0]:
            out += [pg.ui["ad"], pg.pick(ADS)]
        elif i in points:
            out.append(pg.caption())
    out += [pg.ui["share"] + ": Telegram WhatsApp Facebook", pg.ui_j("typo")]
    out += [f"{pg.ui['comments']} (0)", pg.ui_j("login"), pg.ui_j("no_comments")]
    out.append(pg.ui["popular"])
    out += [f"{n}. {h}" for n, h in enumerate(pg.headlines(4), start=1)]
    out.append(pg.ui_j("whatsapp"))
    out.append(f"© 2012–2026 Priirtysh.info. {pg.ui['rights']}.")
    return out


def _flat_kk_portal(pg: Page) -> list[str]:
    """A Kazakh-language portal with vertical navigation and a latest-news rail (Aqparat Ordasy)."""
    rng = pg.rng
    out = ["ҚАЗ", "РУС", "ENG", "Ақпарат Ордасы"] + NAV["kk"] + [pg.ui["search"]]
    out += [pg.section(), pg.item.title, pg.dotted_date(), f"{pg.ui['views']}: {pg.views}"]
    out.append(pg.caption())
    points = pg.insert_points()
    for i, para in enumerate(pg.paras):
        out.append(para)
        if i in points:
            out.append(f"{pg.ui_j('read_also')} {pg.headlines(1)[0]}")
    out += ["", pg.ui["related"]]
    for head, teaser in zip(pg.headlines(3), rng.sample(TEASERS["kk"], 3), strict=True):
        out += [head, pg.j(teaser)]
    out += [pg.ui_j("tg"), pg.ui["latest"]]
    times = sorted(((rng.randint(8, 21), rng.randint(0, 59)) for _ in range(4)), reverse=True)
    for (h, mi), head in zip(times, pg.headlines(4), strict=True):
        out.append(f"{h:02d}:{mi:02d} {head}")
    out.append("Русская версия: " + pg.foreign_headline("ru"))
    out.append(f"© 2026 aqparatorda.kz. {pg.ui_j('rights')}.")
    out.append(pg.ui_j("copy", site="aqparatorda.kz"))
    return out


def _flat_en_outlet(pg: Page) -> list[str]:
    """An English-language Kazakh outlet with a byline, inline ads and related links."""
    rng = pg.rng
    out = ["Skip to content", "The Steppe Post", "Home", "Kazakhstan", "Business", "Culture"]
    out += ["Subscribe", "Русский", "Қазақша", pg.section(), pg.item.title]
    out.append(f"By {rng.choice(AUTHORS['en'])} | {pg.human_date()}")
    out.append(pg.caption())
    points = pg.insert_points()
    for i, para in enumerate(pg.paras):
        out.append(para)
        if i == points[0]:
            out += [pg.ui["ad"], pg.pick(ADS)]
        if i == points[-1]:
            out.append(f"{pg.ui_j('read_also')} {pg.headlines(1)[0]}")
    out += ["Share this article", "Facebook", "X", "Telegram", "LinkedIn"]
    out.append(pg.ui["latest"])
    for head in pg.headlines(5):
        out.append(head)
    out.append(pg.ui_j("tg"))
    out.append(f"© 2026 The Steppe Post. {pg.ui_j('rights')}.")
    return out


def render_flat(pg: Page) -> str:
    if pg.lang == "kk":
        lines = _flat_kk_portal(pg)
    elif pg.lang == "en":
        lines = _flat_en_outlet(pg)
    elif pg.rng.random() < 0.5:
        lines = _flat_caravan_like(pg)
    else:
        lines = _flat_agency(pg)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# HTML layouts.
# ---------------------------------------------------------------------------------------------


def _html_broadcaster(pg: Page) -> str:
    """A national TV broadcaster: live player, schedule, video cards, reactions (EFIR24)."""
    rng = pg.rng
    ui = pg.ui
    lang = pg.lang
    lp = URL_LANG[lang]
    url = f"https://efir24.kz/{lp}/news/{pg.slug}"
    title = pg.item.title
    progs = rng.sample(TV_PROGRAMS[lang], 4)
    now = pg.j(progs[0])
    nav = "".join(f'<li><a href="/{lp}/{n}">{_t(x)}</a></li>' for n, x in enumerate(NAV[lang]))
    sched = "".join(
        f"<li><time>{18 + k}:00</time> {_t(pg.j(p))}</li>" for k, p in enumerate(progs[1:])
    )
    points = pg.insert_points()
    body: list[str] = []
    for i, para in enumerate(pg.paras[1:], start=1):
        body.append(f"<p>{_t(para)}</p>")
        if i == points[0]:
            head = pg.headlines(1)[0]
            body.append(
                f'<div class="inline-related"><span class="inline-related__label">'
                f"{_t(pg.ui_j('read_also'))}</span> "
                f'<a href="/{lp}/news/{rng.randint(10**5, 10**6)}">'
                f"{_t(head)}</a></div>"
            )
        elif i in points:
            vid = pg.headlines(1)[0]
            body.append(
                '<div class="video-embed"><iframe src="https://www.youtube.com/embed/'
                f'{pg.slug}x" title="{_a(vid)}" allowfullscreen loading="lazy"></iframe>'
                f'<p class="video-embed__caption">{_t(vid)}</p></div>'
            )
    cards = "".join(
        f'<a class="card" href="/{lp}/video/{rng.randint(10**5, 10**6)}"><img src="https://cdn.'
        f'efir24.kz/thumbs/{k}.jpg" alt=""><span class="card__time">0{rng.randint(1, 9)}:'
        f'{rng.randint(10, 59)}</span><span class="card__title">{_t(h)}</span></a>'
        for k, h in enumerate(pg.headlines(4))
    )
    tags = "".join(
        f'<a class="tag" href="/tag/{k}">#{_t(t)}</a>'
        for k, t in enumerate(rng.sample(TAGS[lang], 3))
    )
    lead = pg.paras[0]
    when = _t(pg.human_date())
    body_html = "\n".join(body)
    licence = pg.ui_j("license", n=str(rng.randint(10, 99)), m=str(rng.randint(10000, 99999)))
    other_lang = "ru" if lang != "ru" else "kk"
    other = pg.foreign_headline(other_lang)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_t(title)} | EFIR24</title>
<meta name="description" content="{_a(lead[:150])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="EFIR24">
<meta property="og:title" content="{_a(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.efir24.kz/img/{pg.slug}.jpg">
<meta property="article:published_time" content="{pg.iso_time()}">
<meta property="article:section" content="{_a(pg.section())}">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="kk" href="https://efir24.kz/kz/news/{pg.slug}">
<link rel="alternate" hreflang="ru" href="https://efir24.kz/ru/news/{pg.slug}">
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-EF24A1B2C3');</script>
<script async src="https://player.efir24.kz/live/loader.js"></script>
</head>
<body class="page page--news">
<div class="topline">
<span class="topline__live">{_t(ui["live"])}</span>
<span class="topline__onair">{_t(ui["on_air"])}: {_t(now)}</span>
<ul class="topline__lang"><li><a href="/kz/">ҚАЗ</a></li><li><a href="/ru/">РУС</a></li>
<li><a href="/en/">ENG</a></li></ul>
<a class="topline__edition" href="/{URL_LANG[other_lang]}/news/">{_t(other)}</a>
</div>
<header class="header">
<a class="header__logo" href="/{lp}/">EFIR<span>24</span></a>
<nav class="header__menu"><ul>{nav}</ul></nav>
<form class="header__search" action="/search"><input type="search" name="q"
 placeholder="{_a(ui["search"])}"><button type="submit">⌕</button></form>
</header>
<section class="live-strip" data-stream="https://live.efir24.kz/hls/main.m3u8">
<video muted playsinline poster="https://cdn.efir24.kz/live/poster.jpg"></video>
<div class="live-strip__schedule"><b>{_t(ui["schedule"])}</b><ul>{sched}</ul></div>
</section>
<main class="container">
<ol class="breadcrumbs"><li><a href="/{lp}/">{_t(NAV[lang][0])}</a></li>
<li><a href="/{lp}/news/">{_t(pg.section())}</a></li></ol>
<article class="news" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="news__title" itemprop="headline">{_t(title)}</h1>
<div class="news__meta"><time datetime="{pg.iso_time()}" itemprop="datePublished">{when}</time>
<span class="news__views">{pg.views}</span></div>
<figure class="news__cover"><img src="https://cdn.efir24.kz/img/{pg.slug}.jpg" alt="{_a(title)}">
<figcaption>{_t(pg.caption())}</figcaption></figure>
<div class="news__lead"><p>{_t(lead)}</p></div>
<div class="news__body" itemprop="articleBody">
{body_html}
</div>
<div class="news__tags">{tags}</div>
<div class="news__share"><span>{_t(ui["share"])}:</span>
<a href="https://t.me/share/url?url={url}">Telegram</a>
<a href="https://wa.me/?text={url}">WhatsApp</a>
<a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></div>
<div class="reactions" data-id="{pg.slug}"><span>{_t(pg.ui_j("useful"))}</span>
<button>👍 {_t(ui["yes"])}</button><button>👎 {_t(ui["no"])}</button></div>
</article>
<section class="more-video"><h2>{_t(ui["watch"])}</h2><div class="cards">{cards}</div></section>
</main>
<footer class="footer">
<div class="footer__apps"><a href="#">App Store</a> <a href="#">Google Play</a></div>
<p class="footer__tg">{_t(pg.ui_j("tg"))}</p>
<p class="footer__license">{_t(licence)}</p>
<p class="footer__copy">© 2026 EFIR24. {_t(pg.ui_j("rights"))}.</p>
</footer>
<script src="/static/js/app.9c1e7d.js" defer></script>
<script>window.EFIR_PLAYER&&EFIR_PLAYER.init({{autoplay:false,muted:true}});</script>
</body>
</html>
"""


def _html_business(pg: Page) -> str:
    """A business daily: market ticker, JSON-LD, headline outside h1, sidebars, paywall."""
    rng = pg.rng
    ui = pg.ui
    lang = pg.lang
    lp = URL_LANG[lang]
    site = {"ru": "Курс Дела", "kk": "Іскер Курс", "en": "Kurs Business"}[lang]
    url = f"https://kursdelo.kz/{lp}/{pg.item.published.replace('-', '/')}/{pg.slug}"
    title = pg.item.title
    author = rng.choice(AUTHORS[lang])
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": pg.iso_time(),
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": site},
            "inLanguage": lang,
        },
        ensure_ascii=False,
    )
    usd = rng.uniform(480, 530)
    ticker_items = [
        f"USD/KZT {usd:.2f} ▲{rng.uniform(0.1, 0.9):.1f}%",
        f"EUR/KZT {usd * 1.16:.2f}",
        f"RUB/KZT {rng.uniform(5.5, 6.9):.2f}",
        f"Brent ${rng.uniform(60, 85):.2f}",
        f"KASE {rng.uniform(5500, 7200):.1f} ▼{rng.uniform(0.1, 0.9):.1f}%",
    ]
    ticker = "".join(f'<li class="ticker__item">{_t(pg.j(x))}</li>' for x in ticker_items)
    sections = {
        "ru": ["Финансы", "Рынки", "Компании", "Недвижимость", "Технологии", "Стиль жизни"],
        "kk": ["Қаржы", "Нарықтар", "Компаниялар", "Жылжымайтын мүлік", "Технология"],
        "en": ["Finance", "Markets", "Companies", "Real estate", "Tech", "Lifestyle"],
    }[lang]
    menu = " ".join(f'<a href="/{lp}/{k}/">{_t(s)}</a>' for k, s in enumerate(sections))
    points = pg.insert_points()
    body: list[str] = [f'<p class="article__lead">{_t(pg.paras[0])}</p>']
    for i, para in enumerate(pg.paras[1:], start=1):
        body.append(f"<p>{_t(para)}</p>")
        if i == points[0]:
            body.append(
                f'<aside class="ad-inline" data-adfox="owner_id=3{pg.slug}">'
                f'<span class="ad-inline__label">{_t(ui["ad"])}</span> '
                f'<a href="https://ads.kursdelo.kz/click/{pg.slug}" rel="sponsored">'
                f"{_t(pg.pick(ADS))}</a></aside>"
            )
        elif i in points:
            bars = "".join(
                f'<rect x="{k * 22}" y="{60 - v}" width="16" height="{v}"></rect>'
                for k, v in enumerate(rng.randint(20, 58) for _ in range(7))
            )
            body.append(
                f'<figure class="chart"><figcaption>{_t(pg.ui_j("chart"))}</figcaption>'
                f'<svg viewBox="0 0 160 60" role="img">{bars}</svg></figure>'
            )
    body.append(
        f'<div class="subscribe-inline"><p>{_t(pg.ui_j("newsletter"))}</p>'
        f'<form action="/newsletter" method="post"><input type="email" name="email" '
        f'placeholder="E-mail"><button>{_t(ui["subscribe"])}</button></form></div>'
    )
    top = "".join(
        f'<li><a href="/{lp}/a/{k}">{_t(h)}</a></li>' for k, h in enumerate(pg.headlines(5))
    )
    opinions = "".join(
        f'<div class="opinion"><b>{_t(pg.j(name))}</b><a href="/{lp}/opinion/{k}">'
        f"{_t(pg.j(head))}</a></div>"
        for k, (name, head) in enumerate(rng.sample(OPINIONS[lang], 2))
    )
    rates = "".join(
        f"<tr><td>{c}</td><td>{v:.2f}</td></tr>"
        for c, v in (("USD", usd), ("EUR", usd * 1.16), ("RUB", usd / 81), ("CNY", usd / 7.1))
    )
    reading = _t(ui["read_time"].format(n=rng.randint(2, 6)))
    body_html = "\n".join(body)
    return f"""<!doctype html>
<html lang="{lang}" data-theme="light">
<head>
<meta charset="UTF-8">
<title>{_t(title)} — {_t(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="keywords" content="{_a(", ".join(sections[:3]))}">
<meta name="author" content="{_a(author)}">
<meta property="og:title" content="{_a(title)}">
<meta property="og:url" content="{url}">
<meta name="twitter:card" content="summary_large_image">
<link rel="preconnect" href="https://cdn.kursdelo.kz">
<link rel="stylesheet" href="https://cdn.kursdelo.kz/build/app.css?v=8812">
<script type="application/ld+json">{ld}</script>
<script async src="https://yandex.ru/ads/system/context.js"></script>
<script>window.__KD__={{"page":"article","id":{pg.slug},"paywall":false}};</script>
</head>
<body>
<div class="market-ticker" aria-label="markets"><ul class="ticker">{ticker}</ul></div>
<header class="masthead">
<h1 class="masthead__logo"><a href="/{lp}/">{_t(site)}</a></h1>
<nav class="masthead__nav">{menu}</nav>
<div class="masthead__langs"><a href="/ru/">Рус</a> <a href="/kz/">Қаз</a> <a href="/en/">Eng</a>
</div>
</header>
<div class="layout">
<div class="layout__main">
<div class="article" data-id="{pg.slug}">
<div class="article__rubric"><a href="/{lp}/lifestyle/">{_t(pg.section())}</a></div>
<div class="article__headline" role="heading" aria-level="1">{_t(title)}</div>
<div class="article__byline"><span>{_t(ui["author"])}: <a href="/{lp}/authors/1">{_t(author)}</a>
</span> · <time datetime="{pg.iso_time()}">{_t(pg.dotted_date())}</time> · <span>{reading}</span>
</div>
<section class="article__body">
{body_html}
</section>
<div class="paywall-teaser"><p>{_t(pg.ui_j("paywall"))}</p>
<a href="/{lp}/subscribe">{_t(ui["subscribe"])}</a></div>
<p class="article__disclaimer">{_t(pg.ui_j("opinion_note"))}</p>
</div>
</div>
<aside class="layout__side">
<section class="side-block"><h3>{_t(ui["popular"])}</h3><ol>{top}</ol></section>
<section class="side-block"><h3>{_t(ui["opinions"])}</h3>{opinions}</section>
<section class="side-block rates"><h3>{_t(ui["rates"])}</h3><table>{rates}</table></section>
</aside>
</div>
<footer class="site-footer">
<nav>{menu}</nav>
<p>© 1998–2026 {_t(site)}. {_t(pg.ui_j("copy", site="kursdelo.kz"))}.</p>
</footer>
<div class="cookie-banner" id="cookie"><p>{_t(pg.ui_j("cookie"))}</p><button>OK</button></div>
<script src="https://cdn.kursdelo.kz/build/app.js?v=8812" defer></script>
</body>
</html>
"""


def _html_regional(pg: Page) -> str:
    """A regional portal with aggregator feed: table layout, polls, comments, counters."""
    rng = pg.rng
    ui = pg.ui
    lang = pg.lang
    site = {"ru": "РегионЛента", "kk": "Өңір Лента", "en": "Region Lenta"}[lang]
    title = pg.item.title
    wcity = rng.choice(WEATHER_CITIES[lang])
    temp = rng.randint(-18, 34)
    sky = ui["weather"] if temp < 1 else ui["weather_warm"]
    sources = ["Otyrar Times", "Qala Kz", "Dala News", "Ertis Media"]
    source = rng.choice(sources)
    points = pg.insert_points()
    runs: list[str] = []
    for i, para in enumerate(pg.paras):
        runs.append(_t(para))
        if i in points:
            runs.append(
                f'<div class="bn_in"><a href="https://regionlenta.kz/go/{rng.randint(10, 99)}">'
                f'<img src="/bn/{rng.randint(1, 9)}.gif" alt="{_a(ui["ad"])}"></a>'
                f'<span class="bn_txt">{_t(pg.pick(ADS))}</span></div>'
            )
    text_parts: list[str] = []
    for k, run in enumerate(runs):
        if k and not run.startswith("<div") and not runs[k - 1].startswith("<div"):
            text_parts.append("<br><br>")
        text_parts.append(run)
    text = "".join(text_parts)
    related = "".join(
        f'<li><span class="d">{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}</span> '
        f'<a href="/news/{rng.randint(10**4, 10**5)}.html">{_t(h)}</a></li>'
        for h in pg.headlines(4)
    )
    partners = "".join(
        f'<td width="33%"><a href="https://trk.example-partners.kz/{k}"><img src="/p/{k}.jpg"'
        f' width="120"><br>{_t(pg.j(b))}</a></td>'
        for k, b in enumerate(rng.sample(PARTNER_BAIT[lang], 2))
    )
    question, options = rng.choice(POLLS[lang])
    pg.j(question)
    opts = "".join(
        f'<input type="radio" name="poll" value="{k}"> {_t(o)}<br>' for k, o in enumerate(options)
    )
    chosen = rng.sample(COMMENTS[lang], rng.randint(1, 3))
    comments = "".join(
        f'<div class="cmt"><b>{_t(name)}</b> <i>{pg.dotted_date()}</i><br>{_t(pg.j(txt))}</div>'
        for name, txt in chosen
    )
    menu = " | ".join(f'<a href="/r/{k}">{_t(x)}</a>' for k, x in enumerate(NAV[lang][:6]))
    tagline = {
        "ru": "новости регионов Казахстана",
        "kk": "Қазақстан өңірлерінің жаңалықтары",
        "en": "regional news of Kazakhstan",
    }[lang]
    about, contacts = {
        "ru": ("О проекте", "Контакты"),
        "kk": ("Жоба туралы", "Байланыс"),
        "en": ("About", "Contacts"),
    }[lang]
    feed_times = sorted(((rng.randint(8, 21), rng.randint(0, 59)) for _ in range(5)), reverse=True)
    feed = "".join(
        f'<div class="fl"><span>{h:02d}:{mi:02d}</span> '
        f'<a href="/news/{rng.randint(10**4, 10**5)}.html">{_t(head)}</a></div>'
        for (h, mi), head in zip(feed_times, pg.headlines(5), strict=True)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_t(title)} - {_t(site)} - {_t(tagline)}</title>
<meta name="keywords" content="{_a(site)}, новости, {_a(wcity)}" />
<meta name="description" content="{_a(title)}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml" />
<link href="/css/style.css?3" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
var _counter_id = 4471902;
(function(){{var i=new Image();i.src="//count.regionlenta.kz/hit?id="+_counter_id+"&r="+
escape(document.referrer)+"&"+Math.random();}})();
</script>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" class="top">
<tr><td width="240"><a href="/"><img src="/img/logo.png" alt="{_a(site)}" /></a></td>
<td align="center"><div class="bn728"><a href="/adv/"><img src="/bn/728x90.gif" /></a><br />
<small>{_t(pg.ui_j("ad_phone"))}</small></div></td>
<td width="180" class="wth">{_t(wcity)}: {temp:+d}°C, {_t(sky)}</td></tr>
</table>
<div class="menu">{menu}</div>
<table width="100%" cellpadding="6" cellspacing="0" class="main">
<tr>
<td width="200" valign="top" class="left">
<div class="blk"><div class="blk_t">{_t(ui["feed"])}</div>{feed}</div>
</td>
<td valign="top" class="content">
<div class="path"><a href="/">{_t(NAV[lang][0])}</a> » <a href="/lenta/">{_t(ui["feed"])}</a>
 » {_t(pg.section())}</div>
<span class="zag">{_t(title)}</span><br />
<span class="date">{pg.dotted_date()}</span> | {_t(ui["views"])}: {pg.views} |
<a href="?print=1">{_t(ui["print"])}</a>
<div class="text">{text}</div>
<div class="src">{_t(ui["source"])}: <a href="https://{source.lower().replace(" ", "")}.kz/"
 rel="nofollow">{_t(source)}</a> — <a href="#">{_t(pg.ui_j("read_full"))}</a></div>
<div class="rel"><b>{_t(ui["related"])}:</b><ul>{related}</ul></div>
<div class="partners"><b>{_t(ui["partners"])}</b><table width="100%"><tr>{partners}</tr>
</table></div>
<div class="comments"><b>{_t(ui["comments"])} ({len(chosen)})</b>{comments}
<form method="post" action="/comment/add"><input type="text" name="name"
 placeholder="{_a(ui["your_name"])}" /><br /><textarea name="text" rows="4" cols="50"
 placeholder="{_a(ui["your_comment"])}"></textarea><br /><input type="submit"
 value="{_a(ui["send"])}" /></form>
<small>{_t(pg.ui_j("rules"))}</small></div>
</td>
<td width="220" valign="top" class="right">
<div class="blk poll"><div class="blk_t">{_t(ui["poll"])}</div><p>{_t(question)}</p>
<form action="/poll/vote" method="post">{opts}<input type="submit" value="{_a(ui["vote"])}" />
</form></div>
<div class="blk"><a href="/adv/"><img src="/bn/200x300.gif" alt="" /></a></div>
</td>
</tr>
</table>
<div class="foot">© 2008–2026 {_t(site)}. {_t(pg.ui_j("reprint", site="regionlenta.kz"))}<br />
<a href="/about/">{_t(about)}</a> | <a href="/adv/">{_t(ui["ad"])}</a> |
<a href="/contacts/">{_t(contacts)}</a>
<br /><img src="//count.regionlenta.kz/88x31.gif" width="88" height="31" alt="" /></div>
</body>
</html>
"""


LAYOUTS: tuple[Callable[[Page], str], ...] = (_html_broadcaster, _html_business, _html_regional)


def render_text(item: Item) -> str:
    return f"{item.title}\n{item.body}\n"


# ---------------------------------------------------------------------------------------------
# Build.
# ---------------------------------------------------------------------------------------------


def _premiere(item: Item) -> dict[str, Any] | None:
    if item.premiere is None:
        return None
    p = item.premiere
    return {"titles": list(p.titles), "date": p.date, "city": p.city, "venue": p.venue}


def build() -> list[dict[str, Any]]:
    """Render every story into one deterministic record."""
    order = list(range(len(BLIND10)))
    random.Random(SEED).shuffle(order)
    records: list[dict[str, Any]] = []
    html_count = 0
    for pos, idx in enumerate(order):
        item = BLIND10[idx]
        fmt = FORMATS[pos % len(FORMATS)]
        pg = Page(item, random.Random(f"blind10-{SEED}-{pos}"))
        if fmt == "text":
            content = render_text(item)
        elif fmt == "flat":
            content = render_flat(pg)
        else:
            content = LAYOUTS[html_count % len(LAYOUTS)](pg)
            html_count += 1
        records.append(
            {
                "id": f"blind10_{pos:03d}",
                "format": fmt,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": _premiere(item),
                "body": item.body,
                "junk": pg.junk if fmt != "text" else [],
                "content": content,
            }
        )
    return records


def main() -> None:
    lines = [json.dumps(record, ensure_ascii=False) for record in build()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
