from __future__ import annotations

from datetime import UTC, datetime

from bot.normalize import DuplicateIndex, canonical_url, fingerprint, html_to_text, item_uid

STORY = (
    "Съёмки исторического фильма о караванах Великого шёлкового пути начнутся весной в "
    "окрестностях Шымкента и Туркестана. Продюсеры рассказали, что в массовых сценах задействуют "
    "более пятисот местных жителей, а костюмы шьют по эскизам музейных историков. Премьера "
    "запланирована на осень будущего года."
)


def test_canonical_url_drops_trackers_and_fragment() -> None:
    url = "HTTPS://Kino.KZ:443/news/1?utm_source=tg&id=5&fbclid=x&gclid=y&yclid=z&_openstat=q#top"
    assert canonical_url(url) == "https://kino.kz/news/1?id=5"
    assert canonical_url("/a?utm_medium=rss", base="http://kino.kz:8080/x") == (
        "http://kino.kz:8080/a"
    )
    assert canonical_url("https://kino.kz") == "https://kino.kz/"
    assert canonical_url("javascript:alert(1)") is None
    assert canonical_url("mailto:a@b.kz") is None
    assert canonical_url("") is None


def test_html_to_text_keeps_lines_and_drops_scripts() -> None:
    html = (
        "<p>Премьера &laquo;Степного ветра&raquo; &mdash; 5&nbsp;декабря.</p>"
        "<p>Билеты в кассе.<br>Начало в 19:00.</p>"
        "<script>var x = '<p>нет</p>';</script><style>p { color: red }</style>"
        "<ul><li>Алматы</li><li>Астана</li></ul>"
    )
    assert html_to_text(html) == (
        "Премьера «Степного ветра» — 5 декабря.\n\nБилеты в кассе.\nНачало в 19:00.\n\n"
        "Алматы\n\nАстана"
    )
    assert html_to_text("Кино &amp; театр") == "Кино & театр"
    assert html_to_text("  просто   текст ") == "просто текст"
    assert html_to_text(None) == ""


def test_item_uid_prefers_guid_then_link_then_hash() -> None:
    when = datetime(2026, 11, 21, tzinfo=UTC)
    assert item_uid(" guid-1 ", "https://a.kz/1", "Т", when) == "guid-1"
    assert item_uid(None, "https://a.kz/1", "Т", when) == "https://a.kz/1"
    hashed = item_uid("", None, "Заголовок", when)
    assert hashed.startswith("sha1:") and hashed == item_uid(None, None, "Заголовок", when)
    assert hashed != item_uid(None, None, "Заголовок", None)


def test_near_duplicates_found_and_different_stories_kept_apart() -> None:
    index = DuplicateIndex()
    index.add(1, "https://a.kz/silk", fingerprint("Фильм о Шёлковом пути", STORY))
    syndicated = fingerprint("Под Шымкентом снимут кино", STORY + " Источник: Издание А.")
    assert index.find("https://b.kz/other", syndicated) == 1
    assert index.find("https://a.kz/silk", fingerprint("x", "y")) == 1, "same canonical URL"
    other = fingerprint(
        "Кинотеатр закрывается на ремонт",
        "Старейший кинотеатр Караганды закроется на капитальный ремонт до весны. Владельцы "
        "обещают заменить кресла, проектор и систему вентиляции.",
    )
    assert index.find("https://b.kz/remont", other) is None
    assert fingerprint("Т", STORY) == fingerprint("т", STORY.replace("ё", "е"))
