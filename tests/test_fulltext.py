from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.fulltext import clean_text, extract
from tests.feed_server import DATA

JUNK = (
    "USD", "EUR", "Курс", "Погода", "°C", "Главная", "Контакты", "В тренде", "Читайте также",
    "Самое читаемое", "Звёзды сериала", "Цены на бензин", "Поделиться", "Подписывайтесь",
    "Все права защищены", "Ctrl+Enter", "Рейтинг школ", "Реклама",
)  # fmt: skip


def test_article_page_main_text_metadata_and_no_junk() -> None:
    page = extract((DATA / "pages" / "article.html").read_bytes(), "http://kino.kz/pages/a.html")
    assert page is not None
    assert page.title == "Дом кино открывает сезон показом «Песни степи»"
    assert page.published == datetime(2026, 11, 20, tzinfo=UTC)
    assert page.image_url == "http://kino.kz/img/pesnya-stepi.jpg"
    assert page.text.startswith("Алматинский Дом кино открывает зимний сезон")
    assert "шесть восстановленных лент" in page.text
    assert page.text.count("\n\n") == 3, "four paragraphs"
    for junk in JUNK:
        assert junk not in page.text


def test_page_full_of_site_junk_keeps_only_the_story() -> None:
    page = extract((DATA / "pages" / "junk.html").read_bytes(), "http://city.kz/news/1")
    assert page is not None
    assert "летние кинотеатры в парках" in page.text
    assert "субтитрами на казахском и русском" in page.text
    for junk in JUNK:
        assert junk not in page.text
    assert page.published is None, "no date guessed from the copyright line"


@pytest.mark.parametrize("page", [b"", b"<html><body></body></html>", b"\x00\xff garbage"])
def test_nothing_extracted_from_empty_pages(page: bytes) -> None:
    assert extract(page) is None


def test_clean_text_drops_link_lists_and_widgets() -> None:
    text = (
        "Первый абзац статьи о кино.\nЧитайте также:\nКурс доллара на завтра\n"
        "Прогноз на выходные\nВторой абзац статьи о кино.\nUSD 512,40\nПогода: +3 °C"
    )
    assert clean_text(text) == "Первый абзац статьи о кино.\n\nВторой абзац статьи о кино."


def test_clean_text_drops_menus_but_keeps_subheadings() -> None:
    menu = "\n".join(["Алматы", "Астана", "Шымкент", "Караганда", "Актобе", "Павлодар"])
    text = f"{menu}\nПремьера состоится в пятницу вечером в большом зале.\nПодзаголовок\nКонец."
    assert clean_text(text) == (
        "Премьера состоится в пятницу вечером в большом зале.\n\nПодзаголовок\n\nКонец."
    )


def test_page_without_prose_gives_nothing() -> None:
    links = "".join(f"<li><a href='/{n}'>Раздел {n}</a></li>" for n in range(30))
    page = f"<html><body><ul class='x'>{links}</ul><p>Коротко.</p></body></html>"
    assert extract(page.encode()) is None
