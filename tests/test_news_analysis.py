"""News understanding: traps, date forms, places, categories, cleanup and summaries."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article_input import parse_article
from bot.news import CATEGORIES, Analysis, analyze
from bot.news.cleanup import is_footer, is_noise
from bot.news.dates import find_dates, relative_date, resolve, tense
from bot.news.events import event_key
from bot.news.places import find_cities, find_venues
from bot.news.premiere import quoted_titles
from bot.news.sentences import split_sentences
from bot.news.text import html_to_page, looks_like_html
from tests.news_fixtures import (
    HTML_PAGE,
    PORTAL_JUNK,
    PORTAL_TEXT,
    PREMIERE_REPORT,
    SCRAPED_INDUSTRY,
    SEED_DIR,
    TRENDING_HEADLINES,
)

PUBLISHED = date(2025, 11, 1)


def run(text: str, published: date = PUBLISHED) -> Analysis:
    title, _, body = text.strip().partition("\n")
    return analyze(title=title, text=body, published=published)


def assert_valid_summary(result: Analysis, body: str) -> None:
    sentences = split_sentences(result.summary)
    assert result.summary and len(result.summary) <= 600 and len(sentences) <= 3
    for sentence in sentences:
        assert sentence in body
        assert not sentence.startswith(("Фото", "Подписывайтесь", "Любое использование"))


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр провел заседание правительства\nПремьер-министр поручил министрам "
        "ускорить строительство дорог. Правительство выделит дополнительные средства акиматам.",
        "Премьера спектакля «Гамлет» прошла в драмтеатре\nВ театре состоялась премьера спектакля "
        "«Гамлет». Режиссер постановки пригласил актеров труппы из трех городов. Зрители "
        "аплодировали стоя, следующие спектакли пройдут в декабре.",
        "Певица представила премьеру клипа\nПевица представила премьеру клипа на новую песню. "
        "Режиссер клипа снимал видео в горах. Песня войдет в новый альбом.",
        "Группа выпустила альбом\nПремьера альбома состоялась на музыкальных платформах. "
        "В альбом вошли десять треков и два сингла.",
        "Премьера смартфона: компания показала новый флагман\nПремьера смартфона прошла онлайн. "
        "Гаджет получил новый процессор и камеру на 200 мегапикселей.",
        "Бой Головкина покажут в кинотеатрах\nПрямую трансляцию боя покажут в кинотеатрах страны. "
        "Боксер проведет поединок в Лас-Вегасе, букмекеры считают его фаворитом.",
        "Где смотреть матч Казахстан — Бельгия\nТрансляция матча начнется в 21:00 на спортивном "
        "телеканале. Сборная проведет игру на стадионе «Астана Арена».",
        "Вышел трейлер хоррора Gylt\nРазработчики представили трейлер хоррора от третьего лица. "
        "Релиз игры состоится 19 ноября на консолях и в Steam. Игрокам предстоит решать "
        "головоломки.",
    ],
    ids=[
        "prime-minister",
        "theatre",
        "music-clip",
        "album",
        "smartphone",
        "boxing",
        "football",
        "video-game-trailer",
    ],
)
def test_traps_are_not_cinema(text: str) -> None:
    result = run(text)
    assert not result.is_cinema
    assert result.categories == () and result.premiere is None


def test_junk_headlines_do_not_make_a_story_film_news() -> None:
    text = (
        "Нацбанк сохранил базовую ставку\nНациональный банк сохранил базовую ставку на прежнем "
        "уровне. Решение связано с инфляцией.\nВ тренде:\nКино\nПремьера фильма «Тулпар» "
        "собрала полный зал\nКино\nРежиссер фильма рассказал о съемках сериала\n"
    )
    result = run(text)
    assert not result.is_cinema
    assert "Тулпар" not in result.clean_text and "Тулпар" not in result.summary


def test_premiere_report_with_recall_film() -> None:
    result = run(PREMIERE_REPORT)
    assert result.language == "ru" and result.is_cinema
    assert result.categories[0] == "premiere"
    assert result.premiere is not None
    assert result.premiere.titles[0] == "Степной волк"
    assert "Горизонт" not in result.premiere.titles[:1]
    assert result.premiere.date == date(2025, 11, 12)
    assert result.premiere.city == "Астана"
    assert result.premiere.venue == "Chaplin MEGA Silk Way"
    assert_valid_summary(result, PREMIERE_REPORT)
    assert "Подписывайтесь" not in result.clean_text


def test_flattened_page_with_trending_list() -> None:
    result = run(SCRAPED_INDUSTRY, published=date(2026, 1, 12))
    assert result.is_cinema and result.categories[0] == "production"
    for headline in TRENDING_HEADLINES:
        assert headline not in result.clean_text and headline not in result.summary
    for junk in ("503", "°C", "Фото - example.kz", "1204"):
        assert junk not in result.clean_text
    assert_valid_summary(result, SCRAPED_INDUSTRY)


def test_html_page_is_reduced_to_the_story() -> None:
    assert looks_like_html(HTML_PAGE)
    page = html_to_page(HTML_PAGE)
    assert page.title == "Триллер «Перевал» выйдет в прокат 5 марта"
    assert "Курс доллара" not in page.text and "Главная" not in page.text
    assert "кадр из фильма" not in page.text and "var x" not in page.text
    result = analyze(title="", text=HTML_PAGE, published=date(2026, 2, 20))
    assert result.is_cinema and result.categories[0] == "premiere"
    assert result.premiere is not None
    assert result.premiere.titles[0] == "Перевал"
    assert result.premiere.date == date(2026, 3, 5)
    assert (result.premiere.city, result.premiere.venue) == ("Шымкент", "Kinoplexx")
    assert "Курс доллара" not in result.summary


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Премьера пройдет в четверг, 4 декабря, в Астане.", date(2025, 11, 20), date(2025, 12, 4)),
        ("Фильм выйдет в прокат 12.03.2026.", date(2026, 3, 1), date(2026, 3, 12)),
        ("Фильм покажут с 14 февраля.", date(2025, 12, 20), date(2026, 2, 14)),
        ("Фильмнің премьерасы 25 қазанда өтеді.", date(2025, 10, 1), date(2025, 10, 25)),
        ("Премьера 2026 жылғы 24 қаңтарда өтті.", date(2026, 1, 25), date(2026, 1, 24)),
        ("Көрсетілім 19.03.2026 күні өтеді.", date(2026, 3, 1), date(2026, 3, 19)),
        ("23 октября 2025 года состоялась премьера.", date(2025, 10, 24), date(2025, 10, 23)),
        ("The film opens on October 24.", date(2025, 10, 1), date(2025, 10, 24)),
        ("It premiered on Nov. 8, 2025, in Shymkent.", date(2025, 11, 10), date(2025, 11, 8)),
        ("It hits theaters on 12 February 2026.", date(2026, 2, 1), date(2026, 2, 12)),
        ("Фестиваль пройдет с 1 по 7 октября.", date(2025, 9, 1), date(2025, 10, 1)),
        ("Показ 2026-05-21 в 19:00.", date(2026, 5, 1), date(2026, 5, 21)),
        ("Премьера 04.12 в 19:00.", date(2025, 11, 20), date(2025, 12, 4)),
        ("Фильмнің тұсаукесері 25-қазанда өтеді.", date(2025, 10, 1), date(2025, 10, 25)),
        ("The film opens on the 5th of December.", date(2025, 11, 20), date(2025, 12, 5)),
        ("Фильм покажут 4–6 декабря.", date(2025, 11, 20), date(2025, 12, 4)),
    ],
)
def test_date_forms(sentence: str, published: date, expected: date) -> None:
    found = find_dates(" ".join(split_sentences(sentence)))
    assert found, sentence
    assert resolve(found[0], published) == expected


def test_amounts_and_times_are_not_dates() -> None:
    assert find_dates("Фильм собрал 1.10 млрд тенге, сеанс в 19.30, 2.5 million views") == []


def test_year_is_not_taken_from_a_count() -> None:
    found = find_dates("12 марта 1500 зрителей увидели фильм")
    assert resolve(found[0], date(2026, 3, 1)) == date(2026, 3, 12)


def test_missing_year_without_publication_date_gives_no_date() -> None:
    assert resolve(find_dates("с 14 февраля")[0], None) is None


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        (
            "«Қараша» фильмінің премьерасы\n«Қараша» фильмінің премьерасы 25 қазанда Алматыда "
            "өтеді. Көрсетілім Kinopark 11 IMAX Esentai кинотеатрында басталады. Фильм ауыл "
            "мұғалімі туралы. Режиссер туындыны екі жыл түсірген.",
            "Алматы",
            "Kinopark 11 IMAX Esentai",
        ),
        (
            "«Бауыр» фильмінің тұсаукесері\nАстанада 24 қаңтарда «Бауыр» фильмінің премьерасы "
            "өтті. Фильм ағайынды жігіттер туралы. Режиссер мен актерлер көрермендермен кездесті.",
            "Астана",
            None,
        ),
        (
            "Премьера фильма «Ана» в Караганде\nПремьера фильма «Ана» состоится 5 мая в Караганде "
            "в кинотеатре «Арман». Режиссер и актеры представят картину зрителям.",
            "Караганда",
            "Арман",
        ),
        (
            "Премьера фильма «Кош» в Казахконцерте\nСпециальный показ фильма «Кош» пройдет 20 мая "
            "в Астане, в концертном зале «Казахконцерт». Режиссер фильма представит картину.",
            "Астана",
            "Казахконцерт",
        ),
    ],
)
def test_cities_in_nominative_and_venues(text: str, city: str, venue: str | None) -> None:
    result = run(text, published=date(2026, 1, 1))
    assert result.premiere is not None
    assert result.premiere.city == city
    assert result.premiere.venue == venue


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "«Қараша» фильмі\nФильмнің премьерасы Алматыда өтеді және көрермендер оны жақсы "
            "қабылдады.",
            "kk",
        ),
        (
            "Фильм «Жаужүрек мың бала» вернется на экраны\nКартину «Жаужүрек мың бала» снова "
            "покажут в кинотеатрах страны.",
            "ru",
        ),
        ("Kazakh drama premieres\nThe film will premiere in Almaty on Friday.", "en"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert run(text).language == language


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Вышел трейлер фильма «Дюна 3»\nСтудия показала первый трейлер фильма. Ролик набрал "
            "миллион просмотров.",
            "trailer",
        ),
        (
            "Комедия собрала миллиард тенге\nКазахстанская комедия собрала в прокате миллиард "
            "тенге, фильм посмотрели 400 тысяч зрителей.",
            "box_office",
        ),
        (
            "Казахстанский фильм номинирован на «Оскар»\nЛента вошла в шорт-лист премии «Оскар» "
            "в категории лучший международный фильм.",
            "awards",
        ),
        (
            "Рецензия на фильм «Перевал»\nРежиссер держит напряжение, но к финалу сюжет буксует. "
            "Стоит ли смотреть фильм? Да.",
            "review",
        ),
    ],
)
def test_categories(text: str, primary: str) -> None:
    result = run(text)
    assert result.is_cinema and result.categories[0] == primary
    assert set(result.categories) <= set(CATEGORIES)


def test_event_key_tolerates_spelling_variants() -> None:
    assert event_key("«Капитан Байтасов»") == event_key('"капитана байтасова"')
    assert event_key("Жаужүрек мың бала") == event_key("Жаужурек мын бала")
    assert event_key("Ёлки") == event_key("елки")


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seeds is not present")
def test_seed_premiere() -> None:
    text = (SEED_DIR / "000_premiere_kapitan_baytasov.txt").read_text(encoding="utf-8")
    result = run(text, published=date(2025, 10, 24))
    assert (result.language, result.is_cinema, result.categories[0]) == ("ru", True, "premiere")
    assert result.premiere is not None
    assert result.premiere.titles[0] == "Капитан Байтасов"
    assert result.premiere.date == date(2025, 10, 23)
    assert result.premiere.city == "Алматы"
    assert result.premiere.venue == "Kinopark 11 IMAX Esentai"
    assert_valid_summary(result, text)


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seeds is not present")
def test_seed_scraped_industry() -> None:
    text = (SEED_DIR / "001_industry_scraped_with_boilerplate.txt").read_text(encoding="utf-8")
    result = run(text)
    assert (result.language, result.is_cinema, result.categories[0]) == ("ru", True, "production")
    trending = text.split("В тренде:")[1]
    for line in (line.strip() for line in trending.splitlines()):
        if len(line) > 15:
            assert line not in result.clean_text and line not in result.summary
    assert_valid_summary(result, text)


def test_link_lists_without_a_heading_are_dropped_from_html() -> None:
    page = html_to_page(
        "<html><body><h1>Фильм «Тест» выйдет в мае</h1><p>Фильм «Тест» выйдет в прокат 5 мая.</p>"
        "<ul><li>Пункт статьи без ссылки</li></ul>"
        '<div><ul><li><a href="/1">Курс доллара вырос</a></li>'
        '<li><a href="/2"><span>Спорт</span> Кайрат победил</a></li></ul></div></body></html>'
    )
    assert "Пункт статьи без ссылки" in page.text
    assert "Курс доллара" not in page.text and "Кайрат" not in page.text


def test_portal_text_breadcrumbs_counters_and_teasers() -> None:
    article = parse_article(PORTAL_TEXT)
    assert article.title == "«Бір ауыз сөз» выходит в прокат 20 ноября"
    result = analyze(title=article.title, text=article.text, published=date(2025, 11, 12))
    assert result.language == "ru" and result.categories[0] == "premiere"
    assert result.premiere is not None
    assert (result.premiere.titles[0], result.premiere.date) == ("Бір ауыз сөз", date(2025, 11, 20))
    assert "сорокаградусная жара" in result.clean_text, "the story goes on after a teaser list"
    for junk in PORTAL_JUNK:
        assert junk not in result.clean_text and junk not in result.summary
    assert_valid_summary(result, PORTAL_TEXT)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Премьера фильма «Дом» пройдет в пятницу",
            "Премьера фильма «Дом» пройдет в пятницу в Алматы. Фильм снят режиссером из Астаны.",
            date(2025, 11, 21),
        ),
        (
            "В пятницу состоялась премьера фильма «Дом»",
            "Премьера фильма «Дом» состоялась в пятницу "
            "в кинотеатре «Арман». Режиссер представил фильм.",
            date(2025, 11, 14),
        ),
        (
            "«Үй» фильмінің премьерасы ертең өтеді",
            "«Үй» фильмінің премьерасы ертең Астанада өтеді. Режиссер фильмді екі жыл түсірді.",
            date(2025, 11, 20),
        ),
    ],
)
def test_relative_premiere_days(title: str, body: str, expected: date) -> None:
    result = analyze(title=title, text=body, published=date(2025, 11, 19))  # a Wednesday
    assert result.premiere is not None and result.premiere.date == expected


def test_unquoted_english_title() -> None:
    result = analyze(
        title="Dune: Part Three premieres in Astana",
        text="Dune: Part Three premieres in Astana on December 17 at Chaplin Khan Shatyr. "
        "The film is directed by Denis Villeneuve.",
        published=date(2025, 11, 19),
    )
    assert result.premiere is not None
    assert result.premiere.titles == ("Dune: Part Three",)
    assert (result.premiere.date, result.premiere.city) == (date(2025, 12, 17), "Astana")


def test_quoted_remark_in_headline_is_not_the_title() -> None:
    result = analyze(
        title="«Мы хотели показать правду»: режиссер о фильме «Кенгир»",
        text="Режиссер фильма «Кенгир» рассказал о съемках. Премьера фильма «Кенгир» состоится "
        "15 ноября в Караганде.",
        published=date(2025, 11, 1),
    )
    assert result.premiere is not None and result.premiere.titles == ("Кенгир",)


def test_feed_footers_are_dropped() -> None:
    result = analyze(
        title="Фильм «Тест» выйдет в мае",
        text="Фильм «Тест» выйдет 5 мая в прокат, премьера пройдет в Алматы.\n"
        "Сообщение Фильм Тест появились сначала на Kino.kz.\n"
        "The post Test appeared first on Kino.\nЧитать далее",
        published=date(2026, 4, 1),
    )
    assert result.clean_text == "Фильм «Тест» выйдет 5 мая в прокат, премьера пройдет в Алматы."


def test_kazakh_genre_word_after_title_and_place_names_in_quotes() -> None:
    result = analyze(
        title="Ғашықтар күніне арналған фильм шығады",
        text="«Мен сені іздедім» романтикалық комедиясы 14 ақпанда кинотеатрларда көрсетіле "
        "бастайды.\nАлғашқы көрсетілім Алматыдағы «Арман» кинотеатрында өтеді.",
        published=date(2026, 2, 1),
    )
    assert result.language == "kk" and result.premiere is not None
    assert result.premiere.titles == ("Мен сені іздедім",)
    assert (result.premiere.city, result.premiere.venue) == ("Алматы", "Арман")


def test_article_header_keeps_headline_and_lead_page_header_goes() -> None:
    page = html_to_page(
        "<html><body><header><nav>Меню</nav><div>Логотип сайта</div></header><main><article>"
        "<header><h1>Заголовок</h1><p>Лид статьи о фильме, который выйдет в прокат.</p></header>"
        "<p>Текст.</p><footer>Теги: кино</footer></article></main><footer>© сайт</footer>"
        "</body></html>"
    )
    assert page.text == "Заголовок\nЛид статьи о фильме, который выйдет в прокат.\nТекст."


# A scraped page of a site whose logo, widgets and teaser list no word list names.
MASTHEAD_PAGE = """KAZPRESS
Войти
USD 511.20
Караганда -9°
Главная / Культура

Драма «Долгая зима» выходит в прокат 20 января

Бүгін, 10:05

Драма «Долгая зима» выйдет в прокат 20 января, сообщили в прокатной компании.

👁 2310
💬 12

Картину снимали в Темиртау и на заводских окраинах Караганды.

Мы используем файлы cookie, чтобы сайт работал лучше.

Лучшее за месяц

В Шымкенте откроют новый сквер
Общество · 14:05

Кинокомпания из Бишкека снимет сериал о таксистах
Кино · 11:40
"""
MASTHEAD_JUNK = (
    "В Шымкенте откроют новый сквер",
    "Кинокомпания из Бишкека снимет сериал о таксистах",
    "Мы используем файлы cookie",
    "👁 2310",
    "Общество · 14:05",
    "Караганда -9°",
)


def test_site_name_above_a_short_line_is_not_the_headline() -> None:
    article = parse_article(MASTHEAD_PAGE)
    assert article.title == "Драма «Долгая зима» выходит в прокат 20 января"
    assert parse_article("Оппенгеймер\nФильм Кристофера Нолана вышел в прокат.\n").title == (
        "Оппенгеймер"
    ), "a one-word headline right above running text stays the headline"


def test_widgets_counters_stamps_and_an_unnamed_teaser_list_are_dropped() -> None:
    article = parse_article(MASTHEAD_PAGE)
    result = analyze(title=article.title, text=article.text, published=date(2026, 1, 10))
    assert result.clean_text.splitlines() == [
        "Драма «Долгая зима» выйдет в прокат 20 января, сообщили в прокатной компании.",
        "Картину снимали в Темиртау и на заводских окраинах Караганды.",
    ]
    for junk in MASTHEAD_JUNK:
        assert junk not in result.clean_text and junk not in result.summary


@pytest.mark.parametrize(
    "heading", ["Новости партнёров", "Топ-10 за неделю", "Ең көп қаралған", "From our partners"]
)
def test_list_headings_of_any_site(heading: str) -> None:
    text = (
        "Фильм «Тест» выйдет в прокат 5 мая, премьера пройдет в Алматы.\n"
        f"{heading}\nВ Астане открыли новый парк аттракционов\n"
    )
    result = analyze(title="Фильм «Тест» выйдет в мае", text=text, published=date(2026, 4, 1))
    assert result.clean_text == "Фильм «Тест» выйдет в прокат 5 мая, премьера пройдет в Алматы."


def test_teaser_tail_needs_two_unfinished_lines() -> None:
    text = (
        "Фильм «Тест» выйдет в прокат 5 мая.\nРежиссер снимал его три года.\nОтырыс Астанада өтті."
    )
    result = analyze(title="Фильм «Тест» выйдет в мае", text=text, published=date(2026, 4, 1))
    assert result.clean_text == text, "short finished sentences at the end are the story"


def test_summary_skips_a_headline_line_ending_with_a_title() -> None:
    result = analyze(
        title="",
        text="В Таразе покажут комедию «Мост»\nКомедию «Мост» покажут в Таразе 3 июня. "
        "Режиссер снимал ее на местном рынке.",
        published=date(2026, 5, 1),
    )
    assert result.summary.startswith("Комедию «Мост» покажут")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ко Дню Победы фильм «Рубеж» покажут в Уральске 6 мая.", date(2026, 5, 6)),
        ("Фильм «Рубеж» к 9 мая покажут в Уральске 6 мая.", date(2026, 5, 6)),
        ("Билеты на фильм «Рубеж» продаются до 5 мая, показ 7 мая.", date(2026, 5, 7)),
        ("«Рубеж» фильмі 9 мамырға дейін, 7 мамырда көрсетіледі.", date(2026, 5, 7)),
        ('The film "Rubezh" opens by May 9, on May 7 in Oral.', date(2026, 5, 7)),
        ("Фильм «Рубеж» выйдет в прокат к 9 мая.", date(2026, 5, 9)),
    ],
)
def test_limit_and_occasion_dates_give_way_to_the_event_date(sentence: str, expected: date) -> None:
    result = analyze(title="Премьера фильма «Рубеж»", text=sentence, published=date(2026, 4, 28))
    assert result.premiere is not None and result.premiere.date == expected


def test_day_of_the_month_without_a_month() -> None:
    published = date(2026, 7, 2)
    (found,) = find_dates("Премьера пройдет 18-го числа в Астане.")
    assert resolve(found, published) == date(2026, 7, 18)
    (found,) = find_dates("Премьера осы айдың 9-ында өтеді.")
    assert resolve(found, published) == date(2026, 7, 9)


def test_declined_headline_title_gives_way_to_the_form_after_a_film_noun() -> None:
    result = analyze(
        title="Зрители аплодировали стоя на премьере «Степной песни»",
        text="Премьера музыкального фильма «Степная песня» прошла 2 марта в Астане. "
        "Картина «Степная песня» выйдет в прокат через неделю.",
        published=date(2026, 3, 3),
    )
    assert result.premiere is not None and result.premiere.titles == ("Степная песня",)


def test_framed_title_may_end_with_an_exclamation() -> None:
    result = analyze(
        title="Комедия «Мама, я в ауле!» выйдет в прокат 5 июня",
        text="Комедия «Мама, я в ауле!» выйдет в прокат 5 июня. «Не пропустите!» — призвали "
        "создатели.",
        published=date(2026, 5, 20),
    )
    assert result.premiere is not None and result.premiere.titles == ("Мама, я в ауле!",)


def test_city_named_beside_the_venue() -> None:
    result = analyze(
        title="Премьера фильма «Арал» назначена на 3 апреля",
        text="Премьерный показ фильма «Арал» назначен на 3 апреля. Гостей ждут в кинотеатре "
        "«Шахтер» в Караганде. Съемки шли в Аральске и Кызылорде.",
        published=date(2026, 3, 20),
    )
    assert result.premiere is not None
    assert (result.premiere.city, result.premiere.venue) == ("Караганда", "Шахтер")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Премьера Nomad Cinema кинотеатрында өтеді.", "Nomad Cinema"),
        ("Показ пройдет в кинотеатре Star Cinema 3 мая.", "Star Cinema"),
        (
            "The film will be shown at the Palace of Peace and Reconciliation.",
            "Palace of Peace and Reconciliation",
        ),
        (
            "The screening is at the Kazakhstan Central Concert Hall tonight.",
            "Kazakhstan Central Concert Hall",
        ),
    ],
)
def test_venue_names_the_gazetteer_does_not_list(text: str, venue: str) -> None:
    assert [name for _, name in find_venues(text)] == [venue]


def test_kazakh_box_office_in_tenge() -> None:
    result = analyze(
        title="«Дала жолы» прокатта 1,2 миллиард теңге жинады",
        text="«Дала жолы» фильмі екі аптада 1,2 миллиард теңге жинады. Фильмді 400 мыңнан астам "
        "көрермен тамашалады.",
        published=date(2026, 2, 1),
    )
    assert result.is_cinema and result.categories[0] == "box_office"


def test_a_studio_name_alone_is_not_production_news() -> None:
    result = analyze(
        title="«Казахфильм» открыл музей своей киностудии",
        text="Киностудия «Казахфильм» открыла музей, где показаны костюмы и афиши старых фильмов. "
        "Вход для школьников бесплатный.",
        published=date(2026, 2, 1),
    )
    assert result.is_cinema and result.categories[0] == "other"


def test_a_city_inside_a_quoted_title_is_not_the_premiere_city() -> None:
    result = analyze(
        title="Драма «Ночь в Таразе» выйдет 5 мая",
        text="Драма «Ночь в Таразе» выйдет в прокат 5 мая. Премьера пройдет в Жезказгане.",
        published=date(2026, 4, 1),
    )
    assert result.premiere is not None and result.premiere.city == "Жезказган"


def test_english_genre_word_before_a_quoted_title_is_film_news() -> None:
    result = analyze(
        title="Kazakh comedy 'Big Toi' opens nationwide on Thursday, January 15",
        text='The comedy "Big Toi" opens in cinemas across Kazakhstan on Thursday, January 15. '
        "It was shot in Taraz over the summer by a crew of forty.",
        published=date(2026, 1, 5),
    )
    assert result.is_cinema and result.premiere is not None
    assert (result.premiere.titles, result.premiere.date) == (("Big Toi",), date(2026, 1, 15))
    assert result.premiere.city is None


SCRAPED_WITH_WIDGETS = """kino-novosti.kz
Loading…
18+
Главная | Кино | Общество
Драма «Соленый ветер» выйдет в прокат 9 апреля
Время чтения: 4 мин

Драма «Соленый ветер» выйдет в прокат 9 апреля, сообщили в прокатной компании.
Обновлено 14:05
Архивное фото: kino-novosti.kz
Режиссер снимал картину на побережье Балхаша два лета подряд.
Копирование материалов kino-novosti.kz без разрешения запрещено.
Мнение автора может не совпадать с позицией редакции.

Интересное рядом
• В Павлодаре отремонтируют набережную к лету
• Цены на яйца снизились во всех регионах
"""


def test_site_domain_placeholder_reading_time_and_an_unknown_list_heading_are_furniture() -> None:
    article = parse_article(SCRAPED_WITH_WIDGETS)
    assert article.title == "Драма «Соленый ветер» выйдет в прокат 9 апреля"
    result = analyze(title=article.title, text=article.text, published=date(2026, 3, 30))
    assert result.clean_text.splitlines() == [
        "Драма «Соленый ветер» выйдет в прокат 9 апреля, сообщили в прокатной компании.",
        "Режиссер снимал картину на побережье Балхаша два лета подряд.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Photo courtesy of the distributor",
        "Collage: example.kz",
        "Иллюстративное фото: example.kz",
        "Follow example.kz on Telegram for more news.",
        "Жаңалықтарды Telegram-арнамызға жазылып оқыңыз.",
        "Жүктелуде…",
        "7 min read",
        "Оқу уақыты: 2 мин",
    ],
)
def test_more_captions_footers_and_stamps_are_noise(line: str) -> None:
    assert is_noise(line)


def test_a_short_headline_repeated_in_the_page_is_dropped() -> None:
    result = analyze(
        title="Холод и свет",
        text="Холод и свет\nФильм «Холод и свет» выйдет в прокат 3 мая. Режиссер снимал его в "
        "Экибастузе.",
        published=date(2026, 4, 20),
    )
    assert not result.clean_text.startswith("Холод и свет\n")


def test_html_list_heading_without_a_known_word_goes_with_its_links() -> None:
    page = (
        "<html><body><article><h1>Фильм «Тест» выйдет 5 мая</h1><p>Фильм «Тест» выйдет в прокат "
        "5 мая, премьера пройдет в Алматы, сообщил прокатчик.</p></article><div><h3>Интересное"
        "</h3><ul><li><a href='/1'>В Астане открыли парк</a></li><li><a href='/2'>Снег в горах"
        "</a></li></ul></div></body></html>"
    )
    assert "Интересное" not in html_to_page(page).text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Показ пройдет в кинотеатре Kinopark 5 4DX Atakent.", "Kinopark 5 4DX Atakent"),
        ("Премьеру покажут в Доме кино в Алматы.", "Дом кино"),
        ("Показ пройдет в Малом зале Казахконцерта.", "Малый зал Казахконцерта"),
        ("Встреча со зрителями пройдет в Актовом зале КазНУ.", "Актовый зал КазНУ"),
        ("Тұсаукесер Тәуелсіздік сарайында өтеді.", "Тәуелсіздік сарайы"),
        ("Показ в кинотеатре «Бекет» начнется в 19:00.", "Бекет"),
    ],
)
def test_venue_grammar(text: str, venue: str) -> None:
    assert [name for _, name in find_venues(text)] == [venue]


def test_a_person_named_like_a_cinema_is_not_a_venue() -> None:
    text = "Музыку к фильму написал Арман Сейтжанов, а продюсером стал Бекет Ахмет."
    assert find_venues(text) == []


def test_english_title_after_its_genre_word() -> None:
    result = analyze(
        title="Kazakh thriller Night Train to Aral will skip cinemas",
        text="The thriller Night Train to Aral will premiere on a streaming service on May 14. "
        "It was directed by a debutant from Kyzylorda.",
        published=date(2026, 5, 1),
    )
    assert result.premiere is not None and result.premiere.titles[0] == "Night Train to Aral"


def test_declined_title_with_a_changing_stem_takes_the_form_after_a_film_noun() -> None:
    result = analyze(
        title="Как прошла премьера «Дочери степи»",
        text="В Астане 12 мая состоялась премьера драмы «Дочь степи». Режиссер фильма и актеры "
        "вышли к зрителям после показа, зал аплодировал стоя.",
        published=date(2026, 5, 14),
    )
    assert result.premiere is not None and result.premiere.titles[0] == "Дочь степи"


def test_city_of_a_sentence_that_presents_the_film() -> None:
    result = analyze(
        title="Фильм о Жамбыле представят в Таразе",
        text="Драма «Акын» будет представлена в Таразе в субботу, 16 мая. Показ пройдет в "
        "кинотеатре «Жулдыз». Фильм снимали в горах Алатау.",
        published=date(2026, 5, 10),
    )
    assert result.premiere is not None
    assert (result.premiere.city, result.premiere.venue) == ("Тараз", "Жулдыз")


def test_will_show_a_film_is_a_premiere_story() -> None:
    result = analyze(
        title="В Жезказгане покажут фильм о горняках",
        text="Документальный фильм «Глубокая руда» покажут зрителям 20 мая в Жезказгане.",
        published=date(2026, 5, 11),
    )
    assert result.categories[0] == "premiere"
    assert result.premiere is not None and result.premiere.date == date(2026, 5, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Студия выпустила трейлер игры «Батыр»\nВышел трейлер компьютерной игры «Батыр». Игроку "
        "предстоит защищать аул, ролики озвучили актеры. Премьера игры на ПК и консолях — осенью.",
        "В Актобе откроют ТРЦ с кинотеатром\nВ Актобе построят торговый центр, в нем будут "
        "супермаркет, каток и кинотеатр. Инвестиции составят 9 млрд тенге.",
        "ТРЦ с кинотеатром IMAX откроется в Кокшетау\nВ Кокшетау откроется ТРЦ с кинотеатром "
        "IMAX на шесть залов, фудкортом и 300 рабочими местами.",
    ],
)
def test_game_launches_and_a_mall_with_a_cinema_are_not_film_news(text: str) -> None:
    assert not run(text).is_cinema


def test_a_premiere_in_a_mall_cinema_is_still_film_news() -> None:
    result = run(
        "В ТРЦ «Керуен» покажут премьеру фильма «Сон»\nПремьера фильма «Сон» пройдет 5 мая в "
        "кинотеатре Kinopark 7 Keruen в ТРЦ «Керуен». Режиссер и актеры встретятся со зрителями.",
        published=date(2026, 5, 1),
    )
    assert result.is_cinema and result.categories[0] == "premiere"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "«Мы снимали без дублей»: Алия Серикова о своей первой роли\nАктриса рассказала о "
            "съемках фильма «Зимний сад» и работе с режиссером. Она признается, что до премьеры "
            "боялась камеры и не смотрела трейлер.",
            "interview",
        ),
        (
            "Director Ruslan Ospanov: 'We shot it in eight days'\nThe director spoke about his "
            "film Dry River.\nQ: Why so fast?\nA: The budget.\nQ: Would you do it again?\nA: Yes.",
            "interview",
        ),
        (
            "Степь без героя\nНовый фильм «Пустошь» красив, но холоден. Сильная сторона — "
            "операторская работа, слабое место — сценарий, который буксует к финалу. Ради "
            "актерской работы в главной роли стоит сходить в кино.",
            "review",
        ),
        (
            "«Қазақфильм» жаңа фильм түсіре бастады\nКиностудия Сарыарқа туралы фильмнің "
            "түсірілімін бастады. Фильмге 300 массовка қатысады.",
            "production",
        ),
        (
            "Киностудия построит павильон за 2 млрд тенге\nКиностудия начинает строительство "
            "нового павильона для съемок фильмов и сериалов.",
            "production",
        ),
    ],
)
def test_genre_and_production_vocabulary(text: str, primary: str) -> None:
    result = run(text)
    assert result.is_cinema and result.categories[0] == primary


def test_kazakh_review_without_film_words_in_its_headline_is_film_news() -> None:
    result = run(
        "«Түнгі қала»: әдемі, бірақ бос\n«Түнгі қала» фильмінде операторлық жұмыс жақсы, ал "
        "кейіпкерлер ашылмаған. Режиссер сценарийдегі олқылықтарды көрнекі сахналармен жасыруға "
        "тырысады, бірақ фильм тым ұзақ. Біздің бағамыз – 10 ұпайдың 6-уы."
    )
    assert result.is_cinema and result.categories[0] == "review"


_CREW = "Режиссер фильма — Асан Бекет, в главных ролях — актеры театра."


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Вчера в Костанае состоялась премьера фильма «Ветер».", date(2026, 6, 3), "2026-06-02"),
        ("Кеше Таразда «Тау» фильмінің премьерасы өтті.", date(2026, 6, 3), "2026-06-02"),
        ("“Ice” premiered yesterday in Aktau.", date(2026, 6, 3), "2026-06-02"),
        # Past tense: the day before the story; future: the eve of another date, not a day.
        ("Премьера ленты «Лед» прошла накануне в Актау.", date(2026, 6, 3), "2026-06-02"),
    ],
)
def test_yesterday_forms_date_a_reported_premiere(
    sentence: str, published: date, expected: str
) -> None:
    facts = run(f"Премьера фильма\n{sentence} {_CREW}", published).premiere
    assert facts is not None and facts.date is not None and facts.date.isoformat() == expected


def test_eve_of_the_release_is_not_the_day_before_the_story() -> None:
    facts = run(
        "Фильм «Лед» выходит в прокат\nДрама «Лед» выходит в прокат 19 июня. Премьера для "
        "прессы пройдет накануне в Актау. " + _CREW,
        date(2026, 6, 3),
    ).premiere
    assert facts is not None and facts.date == date(2026, 6, 19)


def test_a_reported_premiere_of_the_lead_outranks_a_later_release_date() -> None:
    facts = run(
        "Костанайцы увидели фильм «Ветер»\nВ минувшую пятницу в Костанае прошла премьера "
        "фильма «Ветер». В прокат картина выйдет 25 июня. " + _CREW,
        date(2026, 6, 8),
    ).premiere
    assert facts is not None and facts.date == date(2026, 6, 5)


def test_city_of_the_sentence_that_dates_the_premiere_beats_a_festival_city() -> None:
    facts = run(
        "Дебютный фильм о степи\nВесной фильм «Жусан» показали на фестивале в Берлине. "
        "Премьера в Кокшетау пройдет 2 июля в кинотеатре «Заря». " + _CREW,
        date(2026, 6, 20),
    ).premiere
    assert facts is not None and facts.city == "Кокшетау"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Фильм о саксаулах покажут зрителям\nКОКШЕТАУ. Премьера фильма «Саксаул» пройдет "
            "3 июля в кинотеатре «Заря». " + _CREW,
            "Кокшетау",
        ),
        (
            "Семей, ждем вас на фильм!\nПремьера фильма «Иртыш» пройдет 3 июля в кинотеатре "
            "«Заря». " + _CREW,
            "Семей",
        ),
    ],
)
def test_city_of_the_dateline_or_the_headline_when_the_premiere_sentence_has_none(
    text: str, city: str
) -> None:
    facts = run(text, date(2026, 6, 20)).premiere
    assert facts is not None and facts.city == city


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "в Государственном академическом русском театре драмы имени Лермонтова",
            "Государственный академический русский театр драмы имени Лермонтова",
        ),
        ("во Дворцовом концертном зале «Жетісу»", "Дворцовый концертный зал «Жетісу»"),
        ("«Шабыт» орталық концерт залында", "«Шабыт» орталық концерт залы"),
        ("at the Grand Concert Hall Shabyt in Oral", "Grand Concert Hall Shabyt"),
    ],
)
def test_formal_hall_names_in_the_nominative(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


def test_kazakh_hall_word_after_a_name_does_not_hide_the_next_title() -> None:
    facts = run(
        "Таразда жаңа фильм көрсетіледі\n5 шілдеде Таразда «Жұлдыз» кинотеатрында «Көк тау» "
        "драмасының премьерасы өтеді.",
        date(2026, 6, 20),
    ).premiere
    assert facts is not None and facts.titles[0] == "Көк тау" and facts.venue == "Жұлдыз"


@pytest.mark.parametrize(
    "line",
    [
        "Тараз +12° · USD 501.20",
        "RU | ҚАЗ | ENG",
        "Басты бет → Жаңалықтар → Спорт",
        "Жарнама",
        "Установите приложение нашего портала для iOS и Android.",
        "Download the daily.kz app for the latest stories.",
    ],
)
def test_widget_strips_ad_labels_and_app_prompts_are_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "«Степь»: красиво, но пусто\nФильм «Степь» снят красиво, но сценарий рассыпается к "
            "середине, а актеры играют вполсилы. Оценка фильма — 5 из 10.",
            "review",
        ),
        (
            "Kazakh documentary wins in Leipzig\nThe documentary film “Tuz” by director Aigul "
            "Sadyk has won the grand prix at the Leipzig film festival, the jury said.",
            "awards",
        ),
    ],
)
def test_verdict_scores_and_wins(text: str, primary: str) -> None:
    result = run(text)
    assert result.is_cinema and result.categories[0] == primary


def test_a_few_words_of_furniture_above_the_headline_are_not_the_headline() -> None:
    page = (
        "Мобильная версия сайта\nRU | KZ\nГлавная → Общество → Культура\n\n"
        "Фестиваль документального кино откроется в Семее\n\nАвтор: Сауле Нуржанова\n\n"
        "Третий фестиваль документального кино откроется в Семее в следующий четверг, "
        "в программе двадцать фильмов из пяти стран.\n"
    )
    assert parse_article(page).title == "Фестиваль документального кино откроется в Семее"


def test_a_day_after_an_abbreviated_month_ends_its_sentence() -> None:
    assert split_sentences("The film opened on Sept. 5. Critics were kind to it.") == (
        "The film opened on Sept. 5.",
        "Critics were kind to it.",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The gala screening was last Sunday at the old cinema.", date(2026, 4, 12)),
        ("Премьера — в следующий вторник, пресс-показ уже прошел.", date(2026, 4, 21)),
        ("Фильмнің тұсаукесері келесі сенбіде өтеді.", date(2026, 4, 18)),
    ],
)
def test_a_weekday_modifier_says_which_way_to_count(sentence: str, expected: date) -> None:
    assert relative_date(sentence, date(2026, 4, 15)) == expected  # a Wednesday


def test_showings_from_a_day_date_the_premiere_before_a_later_release() -> None:
    result = analyze(
        title="Новое в кинозале «Салтанат»",
        text="Кинозал «Салтанат» в Кокшетау обновил афишу. С 3 марта на большом экране — драма "
        "«Жусан» о двух сестрах. А 10 марта выходит мультфильм «Тайқазан».",
        published=date(2026, 2, 25),
    )
    assert result.premiere is not None
    assert (result.premiere.titles[0], result.premiere.date) == ("Жусан", date(2026, 3, 3))


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Показ пройдет в Доме офицеров гарнизона", "Дом офицеров"),
        ("Премьера состоится в Доме культуры Темиртау", "Дом культуры"),
        ("во Дворце Молодежи и Спорта", "Дворец Молодежи и Спорта"),
        ("во Дворце культуры имени Ленина в Рудном", "Дворец культуры имени Ленина"),
        ("«Шахтёр» кешенінде көрсетіледі", "Шахтёр"),
    ],
)
def test_houses_palaces_and_kazakh_complexes_as_venues(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


def test_a_house_in_lower_case_is_no_venue() -> None:
    assert find_venues("фильм снимали в доме бабушки") == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Pavlodar premiere\nThe premiere of 'Cold River', a drama about a Karaganda family, "
            "took place at the Batyr cinema in Pavlodar on May 3. The director and the actors "
            "presented the film to the audience.",
            "Pavlodar",
        ),
        (
            "Драма о Таразе\nПремьера драмы «Базар» о торговцах из Тараза прошла 3 мая в Актау. "
            "Режиссер и актеры фильма ответили на вопросы зрителей.",
            "Актау",
        ),
    ],
)
def test_the_city_something_happens_in_beats_one_only_mentioned(text: str, city: str) -> None:
    facts = run(text, date(2026, 5, 5)).premiere
    assert facts is not None and facts.city == city


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Сеансы станут дешевле\nКрупная киносеть снизит цены на дневные сеансы в своих "
            "кинотеатрах с понедельника.",
            "other",
        ),
        (
            "Фестиваль короткого метра объявил программу\nВ программу фестиваля вошли восемь "
            "короткометражных работ, их покажут в Атырау.",
            "festival",
        ),
        (
            "Review: a chilly Almaty noir\nThe debut is a tense little noir with a terrific lead. "
            "Four stars out of five.",
            "review",
        ),
        (
            "«Пустой дом»: холодно и точно\nОператор фильма снимает пустые улицы, а сюжет держит "
            "до конца. Релиз картины назначен на весну. Оценка: 7 из 10.",
            "review",
        ),
        (
            "Доля отечественного кино в прокате выросла до 28%\nЗа полгода казахстанские фильмы "
            "заработали 4 млрд тенге, лидером по сборам стала комедия.",
            "box_office",
        ),
        (
            "Сериал «Степь» ушел на постпродакшн\nСъемки второго сезона сериала завершились, "
            "сейчас идет постпродакшн.",
            "production",
        ),
        (
            "Режиссер привезет новую работу на родину\nРежиссер представит свою новую работу "
            "«Жол» землякам. Показ пройдет 14 мая в Кентау.",
            "premiere",
        ),
    ],
)
def test_cinema_trade_short_films_verdicts_shares_and_screenings(text: str, primary: str) -> None:
    result = run(text, date(2026, 4, 1))
    assert result.is_cinema and result.categories[0] == primary


@pytest.mark.parametrize(
    "text",
    [
        "Мобильный оператор снизил тарифы\nОператор связи снизит цены на тарифы с мая. "
        "Показ новых тарифов пройдет онлайн, абоненты увидят их в приложении.",
        "В галерее выставили картину Кастеева\nКартина художника впервые покинула запасники "
        "музея. Показ продлится до конца месяца, вход по билетам.",
        "Показ мод пройдет в Алматы\nНеделя моды откроется 5 мая: показ коллекций пройдет в "
        "Доме культуры, на большом экране транслируют выход моделей. Картина вечера — платья.",
    ],
    ids=["telecom-operator", "painting", "fashion-show"],
)
def test_cameraman_screening_and_picture_words_alone_do_not_make_film_news(text: str) -> None:
    assert not run(text).is_cinema


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Показ прошел в Сатпаеве, а затем в Кентау", ["Сатпаев", "Кентау"]),
        ("Премьера Байқоңырда және Степногорскіде өтеді", ["Байконур", "Степногорск"]),
        ("Студенты университета имени Сатпаева и рудный двор", []),
    ],
)
def test_mining_and_space_towns_but_not_a_scientist(text: str, cities: list[str]) -> None:
    assert [city.ru for _, city in find_cities(text)] == cities


def test_a_mall_name_is_not_the_start_of_a_longer_name() -> None:
    found = find_venues("It premiered at the Keruen-Tas complex in Turkistan.")
    assert [name for _, name in found] == ["Keruen-Tas"]


@pytest.mark.parametrize(
    "text",
    [
        "Сценарий второго тура: что ждет выборы\nПолитологи описали сценарий второго тура "
        "выборов. Главный режиссер кампании — штаб правящей партии, избиратели ждут дебатов.",
        "Фестиваль еды в Таразе: главный режиссер — шеф-повар\nГлавный режиссер фестиваля еды — "
        "шеф-повар ресторана «Достар». Гостей ждут плов в казане и блюда пяти кухонь.",
    ],
    ids=["election-scenario", "food-festival-director"],
)
def test_elections_and_food_borrowing_film_words_are_not_film_news(text: str) -> None:
    assert not run(text).is_cinema


def test_a_film_about_a_chef_is_still_film_news() -> None:
    result = run(
        "Комедия «Шеф» выйдет в прокат 12 марта\nКомедия «Шеф» о поваре из Шымкента выйдет в "
        "прокат 12 марта. Режиссер фильма снимал сцены в ресторане, в главной роли — Нурлан "
        "Коянбаев. Премьера фильма пройдет в Шымкенте.",
        date(2026, 3, 1),
    )
    assert result.is_cinema and result.categories[0] == "premiere"


def test_a_film_archive_restoration_is_film_news() -> None:
    result = run(
        "Киноархив оцифрует хронику 1950-х\nЦентральный киноархив начал оцифровку кинохроники "
        "о целине. Восстановленные фильмы выложат в открытый доступ."
    )
    assert result.is_cinema and result.categories[0] == "other"


def test_section_links_and_a_text_credit_above_the_story_are_furniture() -> None:
    page = (
        "Войти | Регистрация\nМобильное приложение\nКультура\n"
        "Документальный фильм о Балхаше покажут в Приозерске\nТекст: Марат Жунусов\n\n"
        "Документальный фильм о Балхаше покажут в Приозерске 12 мая, сообщили авторы картины.\n"
    )
    article = parse_article(page)
    assert article.title == "Документальный фильм о Балхаше покажут в Приозерске"
    assert "Текст:" not in analyze(title=article.title, text=article.text).clean_text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("в кинотеатре «Кинопарк 5 Сарыарка» в Караганде", "Кинопарк 5 Сарыарка"),
        ("в Кинопарке 6 City Mall в Караганде", "Kinopark 6 City Mall"),
    ],
)
def test_a_chain_in_cyrillic_keeps_a_cyrillic_branch_and_a_latin_one(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Премьера пройдет 25 октября в Шымкенте.", date(2026, 2, 20), date(2026, 10, 25)),
        ("Фильмнің тұсаукесері 30 қазанда өтеді.", date(2026, 2, 20), date(2026, 10, 30)),
        ("The festival premiere was held on 12 September.", date(2026, 2, 20), date(2025, 9, 12)),
        ("Показ намечен на 12 сентября.", date(2026, 2, 20), date(2026, 9, 12)),
    ],
)
def test_the_tense_of_a_sentence_picks_the_year_of_a_date_without_one(
    sentence: str, published: date, expected: date
) -> None:
    found = find_dates(sentence)
    assert resolve(found[0], published, tense(sentence)) == expected


def test_a_clock_time_with_a_full_stop_is_no_date() -> None:
    assert [found.day for found in find_dates("Начало 1-го апреля в 18.00")] == [1]


def test_title_and_approximation_abbreviations_do_not_end_a_sentence() -> None:
    assert split_sentences("Prof. Omarov says it cost approx. $2 mln. Shooting ends in May.") == (
        "Prof. Omarov says it cost approx. $2 mln.",
        "Shooting ends in May.",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "SHYMKENT, Jan 5 – The comedy 'Toy Bazaar' will premiere on Jan. 16 at Cinemax.",
        "ПАВЛОДАР, 5 января — Kazinform. Премьера комедии «Той базар» пройдет 16 января.",
    ],
)
def test_the_filing_day_of_a_dateline_is_not_the_premiere_date(lead: str) -> None:
    body = lead + " Режиссер фильма и актеры встретятся со зрителями. The director will attend."
    result = analyze(title="Премьера «Той базар»", text=body, published=date(2026, 1, 5))
    assert result.premiere is not None and result.premiere.date == date(2026, 1, 16)


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("«Жусан», «Көк тау» және «Бауыр» фильмдері көрсетіледі", ["Жусан", "Көк тау", "Бауыр"]),
        ("В прокат выходят фильмы «Север» и «Юг»", ["Север", "Юг"]),
        ("The films 'River' and 'Steppe' open on Friday", ["River", "Steppe"]),
    ],
)
def test_names_joined_to_a_framed_title_are_framed_too(sentence: str, titles: list[str]) -> None:
    found = quoted_titles(sentence)
    assert [title for title, _ in found] == titles and all(framed for _, framed in found)


@pytest.mark.parametrize(
    "line",
    [
        "Шымкент +9° · Афиша · Курс тенге",
        "Онлайн · Пробки 4 балла",
        "Live · Oil",
        "Қостанай −11° · Валюта",
    ],
)
def test_a_strip_of_short_links_and_widgets_is_noise(line: str) -> None:
    assert is_noise(line)


def test_a_headline_with_a_separator_is_not_a_strip() -> None:
    assert not is_noise("Кино · Премьера фильма «Туман» пройдет в Таразе")


def test_the_headline_is_found_under_a_strip_of_links() -> None:
    page = (
        "kostanay.news\nКостанай −2° · Пробки 3 балла · Курс валют\nЭфир · Погода\n\n"
        "Фильм о целинниках покажут в Рудном\n10:15 · Комментарии: 4\n\n"
        "Фильм о целинниках покажут в Рудном 9 апреля, сообщили в акимате.\n"
    )
    assert parse_article(page).title == "Фильм о целинниках покажут в Рудном"


@pytest.mark.parametrize(
    "line",
    [
        "Қосымшамызды орнатыңыз: облыс жаңалықтары бір жерде.",
        "Install the steppe.kz app to follow the news.",
    ],
)
def test_install_the_app_prompts_are_footers(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("в Центре современного искусства «Тенгри» покажут", "Тенгри"),
        ("в центре досуга «Мерей» в Таразе", "Мерей"),
    ],
)
def test_a_centre_named_by_its_purpose_gives_its_quoted_name(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


@pytest.mark.parametrize(
    "text",
    [
        "с 3 марта во всех кинотеатрах «Северное сияние» покажут",
        "5 наурызда кинотеатрларда «Шұғыла» фильмі көрсетіледі",
        "Ақтаудағы кинотеатрында «Теңіз» фильмінің премьерасы өтеді",
    ],
)
def test_plural_and_kazakh_cinema_words_do_not_name_the_next_quote(text: str) -> None:
    assert find_venues(text) == []


def test_a_quoted_venue_in_the_headline_is_not_the_film() -> None:
    facts = run(
        "«Жулдыз» покажет фильм «Долгий рассвет»\n"
        "В Таразе 14 мая в центре культуры «Жулдыз» пройдет премьера фильма «Долгий рассвет».",
        date(2026, 5, 4),
    ).premiere
    assert facts is not None and facts.titles[0] == "Долгий рассвет" and facts.venue == "Жулдыз"


@pytest.mark.parametrize(
    "text",
    [
        "«Туман над Балхашем»: медленно, но честно\nНовый фильм «Туман над Балхашем» снят "
        "неторопливо. Главный недостаток картины — слабый сценарий, зато актриса хороша в роли "
        "учительницы.",
        "Film 'Salt Wind': a quiet drama\nDirector Ann Lee's new film 'Salt Wind' is slow and the "
        "screenplay drifts. Its flaws are many, but the young actress shines as a fisherman's "
        "daughter.",
    ],
)
def test_merits_flaws_and_praise_for_a_part_make_a_review(text: str) -> None:
    result = run(text)
    assert result.is_cinema and result.categories[0] == "review"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("в ДК «Горняк» пройдет показ", "Горняк"),
        ("во Дворце культуры «Нефтяник» в Жанаозене", "Нефтяник"),
        ("«Достық» мәдениет үйінде өтеді", "Достық"),
        (
            "покажут в Государственном театре оперы и балета имени Байсеитовой.",
            "Государственный театр оперы и балета имени Байсеитовой",
        ),
    ],
)
def test_houses_of_culture_by_their_own_name_and_formal_halls_end_with_the_sentence(
    text: str, venue: str
) -> None:
    assert find_venues(text)[0][1] == venue


def test_a_kazakh_tusaukeser_of_a_film_is_film_news() -> None:
    result = run(
        "«Сағыныш» фильмі Таразда көрсетіледі\n"
        "Наурыздың 3-і күні Таразда «Сағыныш» фильмінің тұсаукесері өтеді.",
        date(2026, 2, 20),
    )
    assert result.is_cinema and result.premiere is not None
    assert result.premiere.date == date(2026, 3, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Премьера фильма пройдет через неделю.", date(2026, 3, 9)),
        ("Картину покажут через три дня.", date(2026, 3, 5)),
        ("The film will premiere in two days.", date(2026, 3, 4)),
        ("Фильмнің премьерасы бір аптадан кейін өтеді.", date(2026, 3, 9)),
    ],
)
def test_a_span_from_the_story_day_gives_the_date(text: str, day: date) -> None:
    assert relative_date(text, date(2026, 3, 2)) == day


@pytest.mark.parametrize(
    "text",
    ["Фильм выйдет в прокат через неделю после премьеры.", "It opens in days, not weeks."],
)
def test_a_span_from_another_event_or_without_a_count_gives_no_date(text: str) -> None:
    assert relative_date(text, date(2026, 3, 2)) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Премьера пройдет в Щучинске", "Щучинск"),
        ("Арқалықта премьера өтеді", "Аркалык"),
        ("The film premieres in Seoul", "Сеул"),
        ("Фильм покажут в Тбилиси", "Тбилиси"),
        ("premiered in Nur-Sultan", "Астана"),
    ],
)
def test_smaller_towns_and_foreign_capitals_are_cities(text: str, city: str) -> None:
    assert [found.ru for _, found in find_cities(text)] == [city]


@pytest.mark.parametrize("text", ["у берегов Аральского моря", "Аралда балық аулау"])
def test_the_aral_sea_is_not_the_town_of_aralsk(text: str) -> None:
    assert find_cities(text) == []


def test_a_cinema_the_story_is_about_is_film_news() -> None:
    result = run(
        "В Таразе после ремонта откроется кинотеатр «Жулдыз»\n"
        "Кинотеатр «Жулдыз» в Таразе откроется после ремонта в апреле. В обновленном кинотеатре "
        "будет три зала и новая система звука."
    )
    assert result.is_cinema


def test_a_mall_with_a_cinema_among_its_units_is_not_film_news() -> None:
    result = run(
        "В Кокшетау построят ТРЦ с кинотеатром\n"
        "Новый торгово-развлекательный центр в Кокшетау займет 30 тысяч квадратных метров. "
        "В ТРЦ будут магазины, фудкорт и кинотеатр, застройщик обещает 500 рабочих мест."
    )
    assert not result.is_cinema


def test_kazakh_takings_make_a_box_office_story() -> None:
    result = run(
        "«Қарлығаш» фильмі көп көрермен жинады\n"
        "«Қарлығаш» анимациялық фильмі прокаттың алғашқы аптасында 150 миллион теңге жинап, "
        "прокат көшбасшысы атанды."
    )
    assert result.is_cinema and result.categories[0] == "box_office"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("«Жастар» заманауи мәдениет орталығында өтеді", "Жастар"),
        ("в Областном дворце школьников", "Областной дворец школьников"),
        ("в Городском дворце культуры", "Городской дворец культуры"),
        ("в Республиканском дворце молодежи", "Республиканский дворец молодежи"),
    ],
)
def test_culture_centres_and_palaces_named_by_their_complement(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("Экранизация романа «Кочевники» выйдет под названием «Степь зовет»", ["Степь зовет"]),
        ("«Қан мен тер» романы бойынша түсірілген «Ашу» фильмі", ["Ашу"]),
        ("The adaptation of the novel 'Blood and Sweat' opens as 'Anger'", ["Anger"]),
        ("«Жаз» романтикалық комедиясы көрсетіледі", ["Жаз"]),
    ],
)
def test_the_book_a_film_is_made_from_is_not_its_title(sentence: str, titles: list[str]) -> None:
    assert [title for title, _ in quoted_titles(sentence)] == titles


def test_a_gala_screening_is_a_premiere() -> None:
    result = run(
        "Gala screening of 'The Falcon' in Taraz\n"
        "A gala screening of the drama 'The Falcon' will be held in Taraz on March 3, the "
        "producers said.",
        date(2026, 2, 20),
    )
    assert result.categories[0] == "premiere" and result.premiere is not None
    assert result.premiere.date == date(2026, 3, 3)


def test_a_remake_that_premiered_is_film_news() -> None:
    result = run(
        "Almaty sees the remake of 'Kyz Zhibek'\n"
        "The remake of 'Kyz Zhibek' premiered in Almaty on Friday."
    )
    assert result.is_cinema


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Фильм «Жол» покажут в Таразе - Новости Жамбыла | taraz.news",
            "Фильм «Жол» покажут в Таразе",
        ),
        ("«Жол» фильмі Таразда көрсетіледі — qazaqstan.kz", "«Жол» фильмі Таразда көрсетіледі"),
        (
            "Kazakh film 'Road' opens in Taraz :: Central Asia News",
            "Kazakh film 'Road' opens in Taraz",
        ),
        ("Кайрат — Астана: прямая трансляция", "Кайрат — Астана: прямая трансляция"),
    ],
)
def test_the_site_name_after_a_page_title_is_dropped(title: str, headline: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><p>{'Текст. ' * 40}</p></body></html>"
    assert html_to_page(page).title == headline


def test_a_phone_launch_with_a_cinema_video_mode_is_not_film_news() -> None:
    result = run(
        "Премьера смартфона Vivo: съемка в режиме «Кино» стала четче\n"
        "Vivo представила флагман с новой камерой. Режим съемки видео «Кино» теперь работает "
        "в 4K, а аккумулятор стал больше."
    )
    assert not result.is_cinema


def test_a_film_shot_on_one_camera_is_still_film_news() -> None:
    result = run(
        "Режиссер снял фильм «Пыль» одной камерой\n"
        "Режиссер Арман Садыков снял полнометражный фильм «Пыль» одной камерой за 12 дней. "
        "Премьера картины пройдет в Алматы в кинотеатре «Бекет» 5 марта."
    )
    assert result.is_cinema


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Фильм «Горы» снимали два года в Кегене. Подробнее читайте на нашем сайте.", "Кегене"),
        ("The cast spent a month in the Altai mountains. Follow us on X for more news.", "Altai"),
        ("Премьера пройдет в Таразе 9 мая в кинотеатре «Жулдыз». Фото: Kinoplexx", "Таразе"),
    ],
)
def test_a_footer_or_credit_run_into_a_paragraph_goes_and_the_story_stays(
    line: str, kept: str
) -> None:
    clean = run(f"Премьера фильма «Горы»\n{line}").clean_text
    assert kept in clean and "Подробнее" not in clean and "Follow" not in clean
    assert "Фото" not in clean


@pytest.mark.parametrize(
    "line",
    [
        "All rights reserved. Reproduction without a link is prohibited.",
        "Хотите получать главные новости первыми? Подписывайтесь на наш канал.",
        "Нашли ошибку? Сообщите нам.",
        "Қате тапсаңыз, бізге хабарлаңыз.",
        "Spotted an error? Let us know.",
    ],
)
def test_what_follows_a_footer_and_the_question_before_it_go_with_it(line: str) -> None:
    text = "Фильм «Горы» покажут в Таразе 9 мая, сообщили в акимате области."
    assert run(f"Премьера фильма «Горы»\n{text}\n{line}").clean_text == text


def test_a_lead_that_only_repeats_the_headline_is_the_summary_when_nothing_else_is() -> None:
    result = run(
        "Премьера фильма «Горы» пройдет в Таразе\n"
        "Премьера фильма «Горы» пройдет в Таразе 9 мая. Фото: Kinoplexx"
    )
    assert result.summary == "Премьера фильма «Горы» пройдет в Таразе 9 мая."


@pytest.mark.parametrize(
    "text",
    [
        "Премьера фильма «Буран», назначенная на 3 апреля, перенесена на 17 апреля.",
        "The premiere of 'Buran' has been postponed from April 3 to April 17.",
        "«Боран» фильмінің премьерасы 3 сәуірден 17 сәуірге шегерілді.",
        "Фильм «Буран» снимали с 3 января по 28 февраля, а премьера пройдет 17 апреля.",
    ],
)
def test_the_new_date_of_a_postponement_and_the_date_next_to_the_premiere_win(text: str) -> None:
    facts = run(f"Премьера фильма «Буран»\n{text}", date(2026, 3, 20)).premiere
    assert facts is not None and facts.date == date(2026, 4, 17)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Премьера Kinopark 5 Atakent-те өтеді", "Kinopark 5 Atakent"),
        ("Chaplin Mega Silk Way-де көрсетіледі", "Chaplin Mega Silk Way"),
        ("в кинотеатре Kinoplexx Sary-Arka", "Kinoplexx Sary-Arka"),
    ],
)
def test_a_kazakh_case_ending_after_a_hyphen_is_not_part_of_a_latin_venue(
    text: str, venue: str
) -> None:
    assert find_venues(text)[0][1] == venue


def test_the_lead_beats_a_recall_of_another_film_in_the_summary() -> None:
    result = run(
        "Фильм «Степной орел» покажут в Таразе\n"
        "Фильм «Степной орел» покажут в Таразе в кинотеатре «Жулдыз».\n"
        "Напомним, в январе в Таразе прошла премьера фильма «Пески»."
    )
    assert result.summary.startswith("Фильм «Степной орел» покажут в Таразе")


@pytest.mark.parametrize(
    "title",
    ["Фильм «Степной орел» покажут в Таразе", "Мультфильм «Степной орел» представят таразцам"],
)
def test_a_film_named_before_the_showing_verb_is_a_premiere(title: str) -> None:
    result = run(f"{title}\nРежиссер Арман Оспанов снимал фильм о беркутчи в горах Каратау.")
    assert result.is_cinema and result.categories[0] == "premiere"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Премьера фильма «Оскар» пройдет в Уральске", "Оскар"),
        ("В прокат выходит комедия «Бекет»", "Бекет"),
    ],
)
def test_a_name_right_after_a_film_noun_is_a_title_though_an_award_bears_it(
    sentence: str, title: str
) -> None:
    assert [found for found, _ in quoted_titles(sentence)] == [title]


def test_the_award_itself_is_still_no_title() -> None:
    assert quoted_titles("Режиссер получил «Оскар» за лучший фильм") == []


@pytest.mark.parametrize(
    "embed",
    [
        "<p>View this post on Instagram</p><p>A post shared by Kinoplexx (@kinoplexx)</p>",
        '<blockquote class="twitter-tweet"><p>Билеты в продаже! Ссылка в профиле</p></blockquote>',
    ],
)
def test_embedded_social_posts_are_dropped(embed: str) -> None:
    page = (
        "<html><body><article><h1>Фильм «Гроза» покажут в Таразе</h1>"
        "<p>Фильм «Гроза» покажут в Таразе 9 мая в кинотеатре «Жулдыз», сообщили в акимате.</p>"
        f"{embed}<p>Картину снимали в горах Каратау два года, в массовых сценах снялись жители "
        "окрестных сел, а музыку написал композитор из Шымкента.</p></article></body></html>"
    )
    clean = analyze(title="", text=page).clean_text
    assert "Instagram" not in clean and "Kinoplexx" not in clean and "профиле" not in clean
    assert "Каратау" in clean


@pytest.mark.parametrize(
    "line",
    [
        "Включайте наш канал в восемь вечера и смотрите все выпуски на сайте.",
        "Все сюжеты смотрите на нашем сайте.",
        "Арнамыздың жаңалықтарын күн сайын көріңіз.",
        "Stream our TV channel on any phone.",
        "В эфире: «Вечерний выпуск» · Далее: концерт",
        "Now on air: Morning Show · Next: cartoons",
        "При использовании материалов гиперактивная ссылка на steppe-tv.kz обязательна.",
        "Use of our materials requires a link to the source.",
    ],
)
def test_an_outlet_promoting_itself_and_its_reprint_terms_are_footers(line: str) -> None:
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Сериал можно посмотреть в приложении Kinopoisk с 5 марта.",
        "«Наш телеканал снимал этот фильм два года», — рассказала продюсер.",
        "Премьера состоится в эфире телеканала «Хабар» 5 марта.",
        "The series starts streaming on Netflix on 5 March.",
    ],
)
def test_a_story_about_channels_apps_and_broadcasts_is_not_a_footer(line: str) -> None:
    assert not is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        # Wordings no footer list names: the grammar of a call to the reader gives them away.
        "Загружайте наше приложение и получайте новости раньше всех.",
        "Оставайтесь с нами: свежие выпуски выходят каждый вечер.",
        "Біздің сайттағы бейнежазбаларды тамашалаңыз.",
        "Парақшамызды бақылап отырыңыз: жаңалықтар күн сайын жарияланады.",
        "Tap here to get our app on your phone.",
        "Check out our newsletter for the week's top stories.",
        "Все выпуски программы доступны в нашем приложении.",
    ],
)
def test_the_outlet_addressing_its_reader_in_any_words_is_a_footer(line: str) -> None:
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Режиссер рассказал нашему изданию о новом фильме.",
        "Никите Михалкову вручили почетный приз фестиваля.",
        "«Приходите всей семьей», — пригласил зрителей режиссер.",
        "Актриса арнамызға берген сұхбатында жаңа рөлі туралы айтты.",
        "Фильм биыл көрермендерге жол тартады.",
        "Our film is about a family in the steppe, the director said.",
        "Watch parties for the final were held in three cities.",
    ],
)
def test_reporting_speech_and_interviews_are_not_calls_to_the_reader(line: str) -> None:
    assert not is_footer(line)


_STORY_PARAGRAPHS = (
    "<p>Премьера драмы «Степной ветер» пройдет 5 марта в кинотеатре «Бекет» в Караганде.</p>"
    "<p>Картину снимали два года в горах Улытау, в ролях заняты актеры театра имени Станиславского"
    " и дебютанты, которых режиссер нашел на кастинге в Жезказгане.</p>"
    "<p>После показа зрители смогут задать вопросы съемочной группе, билеты уже продаются в"
    " кассах кинотеатра и на его сайте, сообщили организаторы премьеры.</p>"
    "<p>Режиссер картины рассказал, что сценарий основан на воспоминаниях его деда, который"
    " полвека проработал чабаном, а музыку к фильму написал композитор из Алматы, известный по"
    " работе над несколькими документальными лентами о степи.</p>"
)


def test_a_story_in_a_block_whose_class_says_sidebar_is_kept() -> None:
    # A real layout: the article body sits in "l-sidebar-fixed l-article-body-segment".
    page = (
        "<html><body><div class='privacy'><p>Мы используем файлы cookie, чтобы сайт работал"
        " быстрее и удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с политикой"
        " конфиденциальности и условиями обработки персональных данных посетителей.</p></div>"
        "<h1>Премьера драмы «Степной ветер»</h1>"
        f"<div class='l-sidebar-fixed l-article-body-segment'>{_STORY_PARAGRAPHS}</div>"
        "<div class='sidebar'><p>Курс доллара вырос.</p></div></body></html>"
    )
    text = html_to_page(page).text
    assert "в горах Улытау" in text and "сообщили организаторы премьеры" in text


def test_a_page_wrapped_in_one_form_keeps_its_story() -> None:
    # ASP.NET pages put the whole page inside <form id="aspnetForm">.
    page = (
        "<html><body><form id='aspnetForm' method='post'><nav><a href='/'>Главная</a></nav>"
        f"<article><h1>Премьера драмы «Степной ветер»</h1>{_STORY_PARAGRAPHS}</article>"
        "<input type='hidden' name='__VIEWSTATE' value='x'></form></body></html>"
    )
    result = analyze(title="", text=page, published=date(2026, 2, 20))
    assert result.premiere is not None
    assert result.premiere.venue == "Бекет"
    assert "в горах Улытау" in result.clean_text


def test_teaser_cards_that_are_all_link_go_whatever_their_tags() -> None:
    cards = "".join(
        f"<div class='c{i}'><a href='/n/{i}'><h4>{headline}</h4><p>{dek}</p></a></div>"
        for i, (headline, dek) in enumerate(
            [
                ("Премьера фильма «Буран» пройдет в Астане", "Картину покажут в марте."),
                ("Премьер-министр провел совещание", "Обсуждали цены на топливо."),
            ]
        )
    )
    page = (
        f"<html><body><article><h1>Премьера драмы «Степной ветер»</h1>{_STORY_PARAGRAPHS}"
        f"</article><section><h3>Еще</h3>{cards}</section></body></html>"
    )
    text = html_to_page(page).text
    assert "в горах Улытау" in text
    assert "Буран" not in text and "совещание" not in text


def test_the_headline_is_the_line_its_lead_retells_whatever_comes_around_it() -> None:
    page = (
        "Триллер «Ночной рейс» выходит на экраны - Astana Times\n"
        "USD 488.36  EUR 590.62  RUB 6.55\n3 декабря 2026, 21:32\nСейчас читают\n"
        "Премьера спектакля «Гамлет» пройдет в Шымкенте\nКурс тенге укрепился к доллару\n"
        "Культура\nТриллер «Ночной рейс» выходит на экраны\n"
        "Казахстанский триллер «Ночной рейс» выходит на большие экраны 13 ноября.\n"
        "Гала-премьера прошла в Астане в Kinopark 7 Keruen.\n"
    )
    article = parse_article(page)
    assert article.title == "Триллер «Ночной рейс» выходит на экраны"
    result = analyze(title=article.title, text=article.text, published=date(2026, 11, 1))
    assert result.premiere is not None and result.premiere.titles[0] == "Ночной рейс"
    assert "Гамлет" not in result.clean_text


@pytest.mark.parametrize(
    "line", ["USD 505.05  EUR 542.19  RUB 6.80", "USD/KZT 505,12 ▲ 0.3%", "Brent 74.2 · KASE 5120"]
)
def test_tickers_of_rates_and_quotes_are_noise(line: str) -> None:
    assert is_noise(line)


def test_a_headline_its_lead_does_not_retell_is_the_line_right_above_the_lead() -> None:
    # The lead shares no word with the headline; the teasers above it share none either.
    page = (
        "ulysmedia.kz\nАстана -6°\nСейчас читают\n"
        "Astana Opera opens the season with a ballet premiere\nВ Алматы ожидается снегопад\n"
        "Ұлттық кинотуынды елордада таныстырылды\n64884\n"
        "9 қаңтарда «Қазақстан» орталық концерт залында «Алаш аманаты» тарихи фильмінің "
        "премьерасы өтті.\n"
    )
    assert parse_article(page).title == "Ұлттық кинотуынды елордада таныстырылды"


def test_without_og_title_or_h1_the_headline_is_the_line_the_tab_title_holds() -> None:
    page = (
        "<html><head><title>Sputnik Казахстан — «Черный ящик» выходит на экраны 9 апреля</title>"
        "</head><body><h1>Sputnik Казахстан</h1><div class='headline'>«Черный ящик» выходит на "
        "экраны 9 апреля</div><p>Казахстанский триллер «Черный ящик» стартует в прокате 9 апреля"
        " по всей стране.</p></body></html>"
    )
    assert html_to_page(page).title == "«Черный ящик» выходит на экраны 9 апреля"


def test_a_teaser_list_before_the_story_ends_at_the_headline() -> None:
    # The headline on top, a sidebar next in the page's order; the story's paragraphs are short.
    text = (
        "«Черный ящик» выходит на экраны 9 апреля\nMost read\n"
        "Премьера спектакля «Гамлет» пройдет в Шымкенте\nКурс тенге укрепился\n"
        "«Черный ящик» выходит на экраны 9 апреля\n"
        "Казахстанский триллер «Черный ящик» стартует в прокате 9 апреля.\n"
        "Дистрибьютор обещает показ более чем в 200 залах страны.\n"
    )
    result = analyze(title="«Черный ящик» выходит на экраны 9 апреля", text=text)
    assert "Дистрибьютор обещает" in result.clean_text and "Гамлет" not in result.clean_text


def test_a_temperature_ends_a_sentence() -> None:
    text = "Ночью до -35 °C. В Астане до -27 °C днем. На юге до +5 °C."
    assert split_sentences(text) == (
        "Ночью до -35 °C.",
        "В Астане до -27 °C днем.",
        "На юге до +5 °C.",
    )


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Көрсетілім «Шахтер» мәдениет сарайында сағат 18:00-де басталады.", "Шахтер"),
        (
            "Премьера «Аманат» облыстық өнер орталығында емес, «Жігер» өнер сарайында өтеді.",
            "Жігер",
        ),
        (
            "The premiere will take place at the Zhambyl Regional Philharmonic in Taraz.",
            "Zhambyl Regional Philharmonic",
        ),
    ],
)
def test_palaces_of_culture_and_philharmonics_are_venues(text: str, venue: str) -> None:
    assert venue in [name for _, name in find_venues(text)]


def test_an_online_cinema_is_no_venue() -> None:
    assert find_venues("Комедия станет доступна в онлайн-кинотеатре Kinopoisk с 6 марта.") == []
    assert find_venues("Фильм покажут в онлайн-кинотеатре «Иви» с 6 марта.") == []


def test_an_apostrophe_inside_a_single_quoted_title_stays_in_it() -> None:
    titles = quoted_titles("Family comedy 'Grandma's House' opens in Karaganda on Friday.")
    assert titles[0][0] == "Grandma's House"


def test_teasers_under_any_heading_end_the_story_even_with_a_sentence_after_them() -> None:
    text = (
        "Премьера драмы «Степной ветер» пройдет 5 марта в кинотеатре «Бекет» в Караганде.\n"
        "Картину снимали два года в горах Улытау.\n"
        "Комментарии (4)\nЕщё из рубрики\nВ Астане открылся новый каток\n"
        "Курс тенге укрепился к доллару\n"
        "Редакция не несет ответственности за содержание комментариев читателей.\n"
    )
    clean = analyze(title="Премьера драмы «Степной ветер»", text=text).clean_text
    assert clean.endswith("Картину снимали два года в горах Улытау.")


def test_questions_of_an_interview_are_not_a_teaser_tail() -> None:
    lines = [
        "Режиссер рассказал о новом фильме.",
        "— Почему вы снимаете в степи?",
        "— Что дальше?",
        "— Пишу сценарий комедии, впервые в жизни, и надеюсь снять ее уже следующим летом.",
    ]
    assert analyze(title="Интервью", text="\n".join(lines)).clean_text == "\n".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Редакция не несет ответственности за содержание комментариев читателей.",
        "Пікірлер авторларының көзқарасы редакция ұстанымымен сәйкес келмеуі мүмкін.",
        "Views expressed in comments are those of their authors.",
    ],
)
def test_comment_disclaimers_are_footers(line: str) -> None:
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "February 24, 2026, 17:55 · 19728 views · Comments: 0",
        "2026 жылғы 20 қаңтар 14:34",
        "Оқи отырыңыз Астанада жол жөндеу жұмыстары басталды",
        "Читайте также — В Астане открылся новый каток",
    ],
)
def test_month_first_dates_kazakh_year_first_dates_and_colonless_read_also_are_noise(
    line: str,
) -> None:
    assert is_noise(line)


def test_a_character_named_like_a_cinema_chain_is_no_venue() -> None:
    text = "Jockey Arman, played again by Yerzhan Tolegenov, prepares for his last race."
    assert find_venues(text) == []
    assert [name for _, name in find_venues("The premiere is at Arman in Aktobe.")] == ["Arman"]
    assert [name for _, name in find_venues("Показ пройдет в Chaplin Khan Shatyr.")] == [
        "Chaplin Khan Shatyr"
    ]


def test_kazakhconcert_is_spelled_as_the_article_spells_it() -> None:
    assert find_venues("Алғашқы көрсетілім «Қазақконцерт» залында өтеді.")[0][1] == "Қазақконцерт"
    assert find_venues("Концерт пройдет в Казахконцерте 20 ноября.")[0][1] == "Казахконцерт"


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        # Readers' comments end the story.
        (
            "Актриса рассказала о съемках в горах и о работе с лошадьми на высоте трех тысяч "
            "метров.\n— Что было самым трудным?\n— Холод, вода в термосах замерзала по утрам.\n"
            "Комментарии (2)\nDana\nНаконец-то что-то кроме свадебных комедий.\n",
            "— Холод, вода в термосах замерзала по утрам.",
        ),
        # The advertisement under its label goes, between paragraphs too.
        (
            "Режиссер снимает длинными планами, почти без музыки, и джайляу становится героем.\n"
            "Реклама\nКвартиры в новом ЖК у моря — рассрочка 0%\n"
            "Итог: медленное, честное и очень красивое кино, которому не хватает смелости.\n",
            "Режиссер снимает длинными планами, почти без музыки, и джайляу становится героем.\n"
            "Итог: медленное, честное и очень красивое кино, которому не хватает смелости.",
        ),
        # Related posts with excerpts under a heading no list names end the story.
        (
            "«Ақ бата» фильмі Тбилисидегі кинофестивальде «Үздік фильм» жүлдесін алды.\n"
            "Фильм 14 елден келген 40 картинамен бәсекеге түсті.\n"
            "Ұқсас мақалалар\nСиноптиктер ауа райы болжамын жариялады\n"
            "Елдің солтүстігінде қар жауады.\n"
            "Премьер-министр егіс жұмыстарына дайындықты тексерді\nФермерлерге несие берілді.\n",
            "бәсекеге түсті.",
        ),
    ],
)
def test_comments_ads_and_related_posts_are_cut_from_the_story(text: str, ending: str) -> None:
    assert analyze(title="Кино", text=text).clean_text.endswith(ending)


def test_a_wire_dateline_does_not_open_the_summary() -> None:
    text = (
        "АСТАНА. ДАЛА АҚПАРАТ — Режиссер Айгүл Нұрғалиеваның «Қызғалдақтар» фильмінің премьерасы "
        "25 қазанда Астанада өтеді.\nФильм бір отбасының үш ұрпағы туралы баяндайды.\n"
    )
    summary = analyze(title="«Қызғалдақтар» премьерасы", text=text).summary
    assert summary.startswith("Режиссер Айгүл")
    assert analyze(title="Рынок", text="США — крупнейший рынок кино в мире.").summary.startswith(
        "США"
    )


def test_an_english_drama_theatre_premiere_is_not_film_news() -> None:
    result = analyze(
        title='Almaty drama theatre premieres new production of "Kozy Korpesh and Bayan Sulu"',
        text=(
            "The Auezov Drama Theatre will premiere the play on November 8, directed by Bolat "
            "Uskenbayev, with video projections instead of scenery.\n"
            "Tickets are on sale at the theatre's box office.\n"
        ),
    )
    assert not result.is_cinema


def test_a_philharmonic_named_by_its_adjectives_is_a_venue() -> None:
    text = "Премьера состоится 20 декабря в Жамбылской областной филармонии."
    assert [name for _, name in find_venues(text)] == ["Жамбылская областная филармония"]


@pytest.mark.parametrize(
    "line",
    [
        "Следующая статья: В Астане открылся новый каток",
        "Next article: Tenge firms against the dollar",
        "Келесі жаңалық: Астанада жаңа мұз айдыны ашылды",
        "Показать полностью",
        "Ещё 3 фото",
        "Show more",
    ],
)
def test_links_to_the_next_story_and_gallery_buttons_are_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "Фото со съемочной площадки",
        "Фильмнен алынған кадр. Суретті продюсерлер ұсынды",
        "Көрнекі сурет ашық дереккөздерден алынды",
        "Still from the film. Photo courtesy of the producers",
    ],
)
def test_captions_without_a_colon_are_noise(line: str) -> None:
    assert is_noise(line)


def test_a_story_that_opens_with_a_still_is_not_a_caption() -> None:
    line = "Кадр из фильма «Степной ветер» стал самым обсуждаемым в соцсетях: его повторили тысячи."
    assert not is_noise(line)


def test_banners_sponsored_links_and_reader_widgets_go_from_pages() -> None:
    page = (
        "<html><body><article><h1>Премьера драмы «Степной ветер»</h1>"
        f"{_STORY_PARAGRAPHS}"
        "<div class='bn_in'><a href='/go/6'><img src='/bn/6.gif' alt='Реклама'></a>"
        "<span>Квартиры у парка: рассрочка без переплаты</span></div>"
        "<p>Вклад до 16% годовых — <a rel='sponsored' href='/x'>откройте онлайн</a></p>"
        "<div class='reactions'><span>Была ли эта новость полезной?</span></div>"
        "<p class='article__disclaimer'>Мнение колумнистов может не отражать позицию редакции</p>"
        "</article></body></html>"
    )
    text = html_to_page(page).text
    assert "в горах Улытау" in text
    for junk in ("рассрочка", "Вклад", "полезной", "колумнистов"):
        assert junk not in text


def test_a_film_the_story_recalls_is_not_its_unquoted_english_title() -> None:
    result = analyze(
        title="Miners' drama Coal Hearts to premiere in Karaganda",
        text=(
            "The drama Coal Hearts will have its premiere at the Shakhtyor Palace of Culture in "
            "Karaganda on 19 March.\n"
            'To recall, last year Karaganda hosted the premiere of the documentary "Black Gold".\n'
        ),
        published=date(2026, 3, 9),
    )
    assert result.premiere is not None
    assert result.premiere.titles[0] == "Coal Hearts"
    assert result.premiere.venue == "Shakhtyor"


def test_a_dated_line_over_a_bulleted_reading_time_heads_no_list() -> None:
    text = (
        "22.12.2025 07:34\n· Время чтения: 3 мин\n"
        "Семейный фильм «Тайна старого аула» выйдет в прокат по всему Казахстану 8 января.\n"
        "Брат и сестра приезжают на каникулы к бабушке в село и находят там старые сказки.\n"
    )
    title = "Фильм «Тайна старого аула» выйдет после праздников"
    result = analyze(title=title, text=text, published=date(2025, 12, 22))
    assert result.premiere is not None and result.premiere.date == date(2026, 1, 8)


@pytest.mark.parametrize(
    "line",
    [
        ", 2025 жылғы 20 желтоқсан Қаралым: 1092",
        "О нас Контакты Реклама на сайте Политика конфиденциальности RSS",
        "Біз туралы Байланыс Жарнама Құпиялылық саясаты RSS",
        "АСТАНА. DALAPRESS —",
        "Republication is permitted only with a hyperlink to steppeherald.kz",
    ],
)
def test_meta_lines_footer_links_datelines_and_reprint_terms_are_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "В 2026 году в прокат выйдут 5 казахстанских фильмов",
        "The advertising campaign and the contacts with distributors cost 3 million tenge.",
    ],
)
def test_numbers_and_site_words_in_a_story_are_not_noise(line: str) -> None:
    assert not is_noise(line)


def test_a_heading_left_at_the_end_heads_nothing() -> None:
    text = (
        "Премьера драмы «Степной ветер» пройдет 5 марта в кинотеатре «Бекет» в Караганде.\n"
        "Картину снимали два года в горах Улытау.\nВам может понравиться\n"
    )
    assert analyze(title="Кино", text=text).clean_text.endswith("в горах Улытау.")


def test_the_city_an_agency_files_an_online_release_from_is_not_its_city() -> None:
    result = analyze(
        title="«Қызғалдақтар мекені» фильмі онлайн-платформада көрсетіледі",
        text=(
            "АЛМАТЫ. ДАЛА АҚПАРАТ — «Қызғалдақтар мекені» фильмі 1 наурыздан бастап Tolqyn+ "
            "онлайн-платформасында көрсетіледі.\nФильм кинотеатрларда көрсетілмейді.\n"
        ),
        published=date(2026, 2, 20),
    )
    assert result.premiere is not None and result.premiere.city is None


def test_last_months_screening_is_a_recall() -> None:
    result = analyze(
        title="Biopic 'Daughter of the Steppe' to premiere at Aktobe philharmonic",
        text=(
            "The biopic Daughter of the Steppe will premiere on 18 April at the Aktobe Regional "
            "Philharmonic.\n"
            "Last month, the same hall hosted a screening of the documentary "
            "'Voices of Mugalzhar'.\n"
        ),
        published=date(2026, 4, 1),
    )
    assert result.premiere is not None
    assert result.premiere.titles[0] == "Daughter of the Steppe"


def test_summary_sentences_stay_apart_when_joined() -> None:
    # «гор.» before a capital reads as the abbreviation: a splitter would glue the two.
    text = (
        "Премьера оперы пройдет в Усть-Каменогорске 14 марта, билеты уже продаются в кассах.\n"
        "Спектакль оформлен в минималистичной манере: видеопроекции степи и гор.\n"
        "Дирижёр-постановщик — Арман Уразгалиев. Заглавные партии исполнят солисты театра.\n"
    )
    summary = analyze(title="Премьера оперы", text=text).summary
    pieces = split_sentences(summary)
    assert all(piece in text for piece in pieces)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Показ пройдет в Восточно-Казахстанской областной филармонии 5 марта.",
            "Восточно-Казахстанская областная филармония",
        ),
        (
            "The premiere is at the Ilyas Zhansugurov Palace of Culture in Taldykorgan.",
            "Ilyas Zhansugurov Palace of Culture",
        ),
        ("The premiere is at the Shakhtyor Palace of Culture in Karaganda.", "Shakhtyor"),
    ],
)
def test_palaces_named_after_someone_keep_their_name(text: str, venue: str) -> None:
    assert find_venues(text)[0][1] == venue


def test_reproduction_terms_in_any_wording_are_footers() -> None:
    assert is_footer("Reproduction is permitted only with an active hyperlink to steppe.kz")
