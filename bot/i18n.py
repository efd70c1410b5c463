"""The one translation mechanism: a typed catalogue per interface language and `t()`.

Values are HTML (the bot sends with parse_mode HTML); parameters are escaped by `t()`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from string import Formatter
from typing import Final

LANGUAGES: Final = ("ru", "kk", "en")
DEFAULT_LANGUAGE: Final = "ru"

Catalogue = dict[str, str]

RU: Final[Catalogue] = {
    "msg.film": "Фильм",
    "msg.date": "Дата",
    "msg.city": "Город",
    "msg.venue": "Где",
    "msg.source": "Источник",
    "msg.digest": "Дайджест кинопремьер",
    "msg.continued": "продолжение",
    "start.welcome": (
        "Привет! Я присылаю новости о кино и премьерах с казахстанских и русскоязычных сайтов.\n"
        "Подпишитесь командой /subscribe, выберите темы в /categories, ищите в архиве через "
        "/search. Все команды — /help."
    ),
    "start.deeplink": "Подписка на тему «{category}» оформлена.",
    "help": (
        "<b>Команды</b>\n"
        "/subscribe — получать новости (по умолчанию премьеры)\n"
        "/unsubscribe — больше не присылать\n"
        "/categories — выбрать темы\n"
        "/keywords +слово -слово — включить или исключить слова\n"
        "/city Алматы, Астана — города премьер\n"
        "/search запрос — поиск по архиву\n"
        "/latest — свежие новости кино\n"
        "/premieres [город] — ближайшие премьеры\n"
        "/digest off|daily|weekly [ЧЧ:ММ] — дайджест вместо мгновенных сообщений\n"
        "/settings — текущие настройки\n"
        "/lang ru|kk|en — язык интерфейса\n"
        "/stop — отписаться и остановить бота"
    ),
    "stop.done": "Готово, больше ничего не пришлю. Вернуться — /subscribe.",
    "subscribe.done": "Подписка оформлена. Темы: {categories}. Изменить — /categories.",
    "unsubscribe.done": "Подписка отключена. Настройки сохранены; вернуться — /subscribe.",
    "categories.title": "Выберите темы (✅ — выбрано):",
    "categories.none": "ничего",
    "cat.premiere": "Премьеры",
    "cat.festival": "Фестивали",
    "cat.awards": "Премии",
    "cat.box_office": "Кассовые сборы",
    "cat.production": "Съёмки и производство",
    "cat.review": "Рецензии",
    "cat.interview": "Интервью",
    "cat.trailer": "Трейлеры",
    "cat.other": "Другое",
    "keywords.show": "Слова, которые нужны: {include}\nСлова-исключения: {exclude}",
    "keywords.usage": (
        "Как задать: /keywords +слово -слово (плюс — включить, минус — исключить), "
        "/keywords clear — очистить."
    ),
    "city.show": "Города премьер: {cities}",
    "city.usage": "Как задать: /city Алматы, Астана; очистить: /city clear.",
    "search.usage": "Напишите, что искать: /search Томирис",
    "search.nothing": "По запросу «{query}» ничего не нашлось. Попробуйте другие слова.",
    "search.header": "Результаты по запросу «{query}», страница {page}:",
    "search.expired": "Этот поиск устарел, повторите /search.",
    "latest.header": "Свежие новости кино, страница {page}:",
    "latest.empty": "Новостей о кино пока нет.",
    "premieres.header": "Ближайшие премьеры:",
    "premieres.header_city": "Ближайшие премьеры в городе {city}:",
    "premieres.empty": "Ближайших премьер не найдено.",
    "premiere.line": "{date} · {city}",
    "digest.usage": "Как задать: /digest off|daily|weekly [ЧЧ:ММ], например /digest daily 09:00.",
    "digest.off": "Дайджест выключен: новости приходят сразу.",
    "digest.daily": "ежедневно в {time}",
    "digest.weekly": "еженедельно (понедельник) в {time}",
    "digest.saved": "Дайджест: {schedule} ({timezone}).",
    "settings": (
        "<b>Настройки</b>\n"
        "Подписка: {subscribed}\n"
        "Темы: {categories}\n"
        "Слова: {include}\n"
        "Исключения: {exclude}\n"
        "Города: {cities}\n"
        "Дайджест: {digest}\n"
        "Часовой пояс: {timezone}\n"
        "Язык: {language}"
    ),
    "settings.instant": "сразу",
    "yes": "да",
    "no": "нет",
    "none": "—",
    "lang.usage": "Как задать: /lang ru, /lang kk или /lang en.",
    "lang.saved": "Язык интерфейса: русский.",
    "lang.name": "русский",
    "group.admins_only": "В группе настройки меняют только администраторы.",
    "admin.refused": "Эта команда только для администраторов бота.",
    "admin.refresh_started": "Обновляю ленты…",
    "admin.refresh_done": (
        "Обновление завершено:\nЛент проверено: {feeds} (без изменений: {unchanged}, "
        "с ошибкой: {errors})\nНовых статей: {new}\nВ очередь на отправку: {queued}"
    ),
    "admin.refresh_missing": "Обновление сейчас недоступно.",
    "admin.stats": (
        "Подписчиков: {subscribers}\nЛент: {feeds} (на паузе: {paused})\n"
        "Статей: {articles}, о кино: {cinema}\nВ поиске: {indexed}\n"
        "Лент с ошибками: {failing}\n"
        "Очередь отправки: {queued}, не доставлено: {undelivered}{last_error}"
    ),
    "admin.feeds_empty": "Лент нет. Добавить — /addfeed URL.",
    "admin.feed_line": "{state} {url} — ошибок: {errors}",
    "admin.addfeed_usage": "Как добавить: /addfeed https://example.kz/rss",
    "admin.addfeed_done": "Лента добавлена: {url}",
    "admin.removefeed_usage": "Как удалить: /removefeed URL",
    "admin.removefeed_done": "Лента удалена: {url}",
    "admin.removefeed_missing": "Такой ленты нет: {url}",
    "feed.bad_url": "Нужен адрес вида http:// или https:// с именем сайта.",
    "feed.private": "Адрес {host} ведёт в локальную или частную сеть; такие ленты запрещены.",
    "feed.unresolvable": "Не удалось найти сайт {host}.",
    "btn.prev": "◀",
    "btn.next": "▶",
    "cmd.start": "Начать",
    "cmd.help": "Помощь",
    "cmd.subscribe": "Подписаться",
    "cmd.unsubscribe": "Отписаться",
    "cmd.categories": "Темы",
    "cmd.keywords": "Ключевые слова",
    "cmd.city": "Города премьер",
    "cmd.search": "Поиск",
    "cmd.latest": "Свежие новости",
    "cmd.premieres": "Ближайшие премьеры",
    "cmd.digest": "Дайджест",
    "cmd.settings": "Настройки",
    "cmd.lang": "Язык",
    "cmd.stop": "Остановить",
}

KK: Final[Catalogue] = {
    "msg.film": "Фильм",
    "msg.date": "Күні",
    "msg.city": "Қала",
    "msg.venue": "Өтетін орны",
    "msg.source": "Дереккөз",
    "msg.digest": "Кинопремьералар дайджесті",
    "msg.continued": "жалғасы",
    "start.welcome": (
        "Сәлем! Мен қазақстандық және орыс тіліндегі сайттардан кино мен премьералар туралы "
        "жаңалықтарды жіберемін.\n/subscribe арқылы жазылыңыз, /categories ішінен тақырып "
        "таңдаңыз, мұрағаттан /search арқылы іздеңіз. Барлық командалар — /help."
    ),
    "start.deeplink": "«{category}» тақырыбына жазылдыңыз.",
    "help": (
        "<b>Командалар</b>\n"
        "/subscribe — жаңалықтарды алу (әдепкі бойынша премьералар)\n"
        "/unsubscribe — жіберуді тоқтату\n"
        "/categories — тақырыптарды таңдау\n"
        "/keywords +сөз -сөз — сөздерді қосу немесе алып тастау\n"
        "/city Алматы, Астана — премьера қалалары\n"
        "/search сұрау — мұрағаттан іздеу\n"
        "/latest — кино туралы соңғы жаңалықтар\n"
        "/premieres [қала] — жақын премьералар\n"
        "/digest off|daily|weekly [СС:ММ] — бірден емес, дайджест түрінде алу\n"
        "/settings — қазіргі баптаулар\n"
        "/lang ru|kk|en — интерфейс тілі\n"
        "/stop — жазылымнан шығу және ботты тоқтату"
    ),
    "stop.done": "Дайын, енді ештеңе жібермеймін. Қайта оралу — /subscribe.",
    "subscribe.done": "Жазылдыңыз. Тақырыптар: {categories}. Өзгерту — /categories.",
    "unsubscribe.done": "Жазылым өшірілді. Баптаулар сақталды; қайта оралу — /subscribe.",
    "categories.title": "Тақырыптарды таңдаңыз (✅ — таңдалған):",
    "categories.none": "ештеңе",
    "cat.premiere": "Премьералар",
    "cat.festival": "Фестивальдер",
    "cat.awards": "Марапаттар",
    "cat.box_office": "Прокат табысы",
    "cat.production": "Түсірілім және өндіріс",
    "cat.review": "Рецензиялар",
    "cat.interview": "Сұхбаттар",
    "cat.trailer": "Трейлерлер",
    "cat.other": "Басқа",
    "keywords.show": "Керек сөздер: {include}\nАлып тасталатын сөздер: {exclude}",
    "keywords.usage": (
        "Қалай орнату: /keywords +сөз -сөз (плюс — қосу, минус — алып тастау), "
        "/keywords clear — тазалау."
    ),
    "city.show": "Премьера қалалары: {cities}",
    "city.usage": "Қалай орнату: /city Алматы, Астана; тазалау: /city clear.",
    "search.usage": "Не іздеу керегін жазыңыз: /search Томирис",
    "search.nothing": "«{query}» сұрауы бойынша ештеңе табылмады. Басқа сөздерді байқап көріңіз.",
    "search.header": "«{query}» сұрауының нәтижелері, {page}-бет:",
    "search.expired": "Бұл іздеу ескірген, /search командасын қайталаңыз.",
    "latest.header": "Кино туралы соңғы жаңалықтар, {page}-бет:",
    "latest.empty": "Кино туралы жаңалықтар әзірге жоқ.",
    "premieres.header": "Жақын премьералар:",
    "premieres.header_city": "{city} қаласындағы жақын премьералар:",
    "premieres.empty": "Жақын премьералар табылмады.",
    "premiere.line": "{date} · {city}",
    "digest.usage": "Қалай орнату: /digest off|daily|weekly [СС:ММ], мысалы /digest daily 09:00.",
    "digest.off": "Дайджест өшірулі: жаңалықтар бірден келеді.",
    "digest.daily": "күн сайын {time}",
    "digest.weekly": "апта сайын (дүйсенбі) {time}",
    "digest.saved": "Дайджест: {schedule} ({timezone}).",
    "settings": (
        "<b>Баптаулар</b>\n"
        "Жазылым: {subscribed}\n"
        "Тақырыптар: {categories}\n"
        "Сөздер: {include}\n"
        "Алып тасталатындар: {exclude}\n"
        "Қалалар: {cities}\n"
        "Дайджест: {digest}\n"
        "Уақыт белдеуі: {timezone}\n"
        "Тіл: {language}"
    ),
    "settings.instant": "бірден",
    "yes": "иә",
    "no": "жоқ",
    "none": "—",
    "lang.usage": "Қалай орнату: /lang ru, /lang kk немесе /lang en.",
    "lang.saved": "Интерфейс тілі: қазақша.",
    "lang.name": "қазақша",
    "group.admins_only": "Топта баптауларды тек әкімшілер өзгерте алады.",
    "admin.refused": "Бұл команда тек бот әкімшілеріне арналған.",
    "admin.refresh_started": "Арналарды жаңартып жатырмын…",
    "admin.refresh_done": (
        "Жаңарту аяқталды:\nТексерілген арналар: {feeds} (өзгеріссіз: {unchanged}, "
        "қатемен: {errors})\nЖаңа мақалалар: {new}\nЖіберу кезегіне: {queued}"
    ),
    "admin.refresh_missing": "Жаңарту қазір қолжетімсіз.",
    "admin.stats": (
        "Жазылушылар: {subscribers}\nАрналар: {feeds} (кідіртілген: {paused})\n"
        "Мақалалар: {articles}, кино туралы: {cinema}\nІздеуде: {indexed}\n"
        "Қатесі бар арналар: {failing}\n"
        "Жіберу кезегі: {queued}, жеткізілмеді: {undelivered}{last_error}"
    ),
    "admin.feeds_empty": "Арналар жоқ. Қосу — /addfeed URL.",
    "admin.feed_line": "{state} {url} — қателер: {errors}",
    "admin.addfeed_usage": "Қалай қосу: /addfeed https://example.kz/rss",
    "admin.addfeed_done": "Арна қосылды: {url}",
    "admin.removefeed_usage": "Қалай жою: /removefeed URL",
    "admin.removefeed_done": "Арна жойылды: {url}",
    "admin.removefeed_missing": "Мұндай арна жоқ: {url}",
    "feed.bad_url": "http:// немесе https:// түріндегі, сайт аты бар мекенжай керек.",
    "feed.private": (
        "{host} мекенжайы жергілікті немесе жеке желіге апарады; мұндай арналарға тыйым салынған."
    ),
    "feed.unresolvable": "{host} сайты табылмады.",
    "btn.prev": "◀",
    "btn.next": "▶",
    "cmd.start": "Бастау",
    "cmd.help": "Анықтама",
    "cmd.subscribe": "Жазылу",
    "cmd.unsubscribe": "Жазылымнан шығу",
    "cmd.categories": "Тақырыптар",
    "cmd.keywords": "Кілт сөздер",
    "cmd.city": "Премьера қалалары",
    "cmd.search": "Іздеу",
    "cmd.latest": "Соңғы жаңалықтар",
    "cmd.premieres": "Жақын премьералар",
    "cmd.digest": "Дайджест",
    "cmd.settings": "Баптаулар",
    "cmd.lang": "Тіл",
    "cmd.stop": "Тоқтату",
}

EN: Final[Catalogue] = {
    "msg.film": "Film",
    "msg.date": "Date",
    "msg.city": "City",
    "msg.venue": "Venue",
    "msg.source": "Source",
    "msg.digest": "Film premiere digest",
    "msg.continued": "continued",
    "start.welcome": (
        "Hi! I send film and premiere news from Kazakh and Russian-language sites.\n"
        "Subscribe with /subscribe, pick topics in /categories, search the archive with "
        "/search. All commands: /help."
    ),
    "start.deeplink": "You are subscribed to “{category}”.",
    "help": (
        "<b>Commands</b>\n"
        "/subscribe — get news (premieres by default)\n"
        "/unsubscribe — stop sending\n"
        "/categories — choose topics\n"
        "/keywords +word -word — include or exclude words\n"
        "/city Almaty, Astana — premiere cities\n"
        "/search query — search the archive\n"
        "/latest — the newest film stories\n"
        "/premieres [city] — upcoming premieres\n"
        "/digest off|daily|weekly [HH:MM] — a digest instead of instant messages\n"
        "/settings — current settings\n"
        "/lang ru|kk|en — interface language\n"
        "/stop — unsubscribe and stop the bot"
    ),
    "stop.done": "Done, I will not send anything more. To come back: /subscribe.",
    "subscribe.done": "Subscribed. Topics: {categories}. Change them with /categories.",
    "unsubscribe.done": "Unsubscribed. Your settings are kept; to come back: /subscribe.",
    "categories.title": "Choose topics (✅ = chosen):",
    "categories.none": "nothing",
    "cat.premiere": "Premieres",
    "cat.festival": "Festivals",
    "cat.awards": "Awards",
    "cat.box_office": "Box office",
    "cat.production": "Filming and production",
    "cat.review": "Reviews",
    "cat.interview": "Interviews",
    "cat.trailer": "Trailers",
    "cat.other": "Other",
    "keywords.show": "Wanted words: {include}\nExcluded words: {exclude}",
    "keywords.usage": (
        "How to set: /keywords +word -word (plus includes, minus excludes), "
        "/keywords clear to clear."
    ),
    "city.show": "Premiere cities: {cities}",
    "city.usage": "How to set: /city Almaty, Astana; to clear: /city clear.",
    "search.usage": "Tell me what to look for: /search Tomiris",
    "search.nothing": "Nothing found for “{query}”. Try other words.",
    "search.header": "Results for “{query}”, page {page}:",
    "search.expired": "This search has expired, please repeat /search.",
    "latest.header": "The newest film stories, page {page}:",
    "latest.empty": "No film news yet.",
    "premieres.header": "Upcoming premieres:",
    "premieres.header_city": "Upcoming premieres in {city}:",
    "premieres.empty": "No upcoming premieres found.",
    "premiere.line": "{date} · {city}",
    "digest.usage": "How to set: /digest off|daily|weekly [HH:MM], e.g. /digest daily 09:00.",
    "digest.off": "Digest off: news arrives instantly.",
    "digest.daily": "daily at {time}",
    "digest.weekly": "weekly (Monday) at {time}",
    "digest.saved": "Digest: {schedule} ({timezone}).",
    "settings": (
        "<b>Settings</b>\n"
        "Subscribed: {subscribed}\n"
        "Topics: {categories}\n"
        "Words: {include}\n"
        "Excluded: {exclude}\n"
        "Cities: {cities}\n"
        "Digest: {digest}\n"
        "Time zone: {timezone}\n"
        "Language: {language}"
    ),
    "settings.instant": "instant",
    "yes": "yes",
    "no": "no",
    "none": "—",
    "lang.usage": "How to set: /lang ru, /lang kk or /lang en.",
    "lang.saved": "Interface language: English.",
    "lang.name": "English",
    "group.admins_only": "In a group only administrators can change settings.",
    "admin.refused": "This command is for the bot's administrators only.",
    "admin.refresh_started": "Refreshing feeds…",
    "admin.refresh_done": (
        "Refresh finished:\nFeeds checked: {feeds} (unchanged: {unchanged}, "
        "failed: {errors})\nNew articles: {new}\nQueued for sending: {queued}"
    ),
    "admin.refresh_missing": "Refreshing is not available right now.",
    "admin.stats": (
        "Subscribers: {subscribers}\nFeeds: {feeds} (paused: {paused})\n"
        "Articles: {articles}, about film: {cinema}\nSearchable: {indexed}\n"
        "Feeds with errors: {failing}\n"
        "Send queue: {queued}, undelivered: {undelivered}{last_error}"
    ),
    "admin.feeds_empty": "No feeds. Add one with /addfeed URL.",
    "admin.feed_line": "{state} {url} — errors: {errors}",
    "admin.addfeed_usage": "How to add: /addfeed https://example.kz/rss",
    "admin.addfeed_done": "Feed added: {url}",
    "admin.removefeed_usage": "How to remove: /removefeed URL",
    "admin.removefeed_done": "Feed removed: {url}",
    "admin.removefeed_missing": "No such feed: {url}",
    "feed.bad_url": "An http:// or https:// address with a host name is needed.",
    "feed.private": "{host} points into a local or private network; such feeds are not allowed.",
    "feed.unresolvable": "Could not find the host {host}.",
    "btn.prev": "◀",
    "btn.next": "▶",
    "cmd.start": "Start",
    "cmd.help": "Help",
    "cmd.subscribe": "Subscribe",
    "cmd.unsubscribe": "Unsubscribe",
    "cmd.categories": "Topics",
    "cmd.keywords": "Keywords",
    "cmd.city": "Premiere cities",
    "cmd.search": "Search",
    "cmd.latest": "Latest news",
    "cmd.premieres": "Upcoming premieres",
    "cmd.digest": "Digest",
    "cmd.settings": "Settings",
    "cmd.lang": "Language",
    "cmd.stop": "Stop",
}

CATALOGUES: Final[dict[str, Catalogue]] = {"ru": RU, "kk": KK, "en": EN}


def normalize_language(code: str | None) -> str:
    """Map a Telegram language_code (e.g. 'kk', 'en-GB', 'uk') to an interface language."""
    base = (code or "").split("-")[0].lower()
    return base if base in CATALOGUES else DEFAULT_LANGUAGE


def t(lang: str, key: str, **params: object) -> str:
    """The text for key in lang (Russian when missing), with params HTML-escaped."""
    template = CATALOGUES.get(lang, RU).get(key) or RU.get(key, key)
    safe = {name: html.escape(str(value), quote=False) for name, value in params.items()}
    return template.format(**safe)


def placeholders(template: str) -> set[str]:
    """Names of the {placeholders} in a template (for the catalogue test)."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def message_labels(lang: str) -> Callable[[str], str]:
    """Labels of rendered articles and digests (keys like 'film', 'category.premiere')."""

    def label(key: str) -> str:
        if key.startswith("category."):
            return t(lang, "cat." + key.removeprefix("category."))
        return t(lang, "msg." + key)

    return label
