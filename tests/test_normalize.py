from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from bot.normalize import (
    _BLOCK,
    _BREAK,
    DUPLICATE_SIMILARITY,
    DuplicateIndex,
    _tidy,
    canonical_url,
    fingerprint,
    html_to_text,
    item_uid,
    lxml_text,
    parse_fingerprint,
    similarity,
    simple_text,
)

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


# Pieces of feed markup, ordinary and odd, for comparing the tag-dropping path with lxml's.
MARKUP_PIECES = [
    "<b>", "</b>", '<a href="/x?a=1&amp;b=2" title="a>b">', "</a>", "<img src='a.jpg' alt=\"\"/>",
    "<span class=x>", "</span>", "<P>", "</p>", "<br>", "<br/>", "<div>", "<em>", "<o:p>", "</o:p>",
    "<x-y>", "<h2>", "&amp;", "&nbsp;", "&#8212;", "&#x41;", "&laquo;", "&raquo;", "&foo;",
    "&#128;", "&#0;", "&lt;", "&gt;", "&quot;", "&#39;", "&copy;", "Премьера", " фильма ", "\n",
    "  ", "\t", ">", '"', "'", "«", "ё", "\r\n", "\u00a0", "\u200b", "<", "&", "<!-- c -->",
    "<script>x()</script>", "<style>p{}</style>", "<![CDATA[x]]>", "AT&T", "a < b",
]  # fmt: skip


def _marked(markup: str) -> str:
    return _BLOCK.sub("\n\n", _BREAK.sub("\n", markup))


def test_tag_dropping_gives_what_lxml_gives() -> None:
    rng = random.Random(20261201)
    taken = 0
    for _ in range(5000):
        markup = "".join(rng.choice(MARKUP_PIECES) for _ in range(rng.randint(1, 12)))
        marked = _marked(markup)
        text = simple_text(marked)
        if text is not None:
            taken += 1
            assert html_to_text(markup) == _tidy(lxml_text(markup, marked)), markup
    assert 1000 < taken < 5000, "both paths are exercised"


@pytest.mark.parametrize(
    "markup",
    ["<!-- x --><b>a</b>", "<script>x</script>b", "AT&T", "1 < 2", "<p>a<", "<![CDATA[x]]>"],
)
def test_odd_markup_goes_to_lxml(markup: str) -> None:
    assert simple_text(_marked(markup)) is None


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


def test_duplicate_lookup_equals_comparing_with_every_original() -> None:
    # A small vocabulary makes many stories share shingles, as wire copy does.
    rng = random.Random(7)
    words = ["премьера", "фильм", "зрители", "город", "показ", "зал", "неделя", "степь", "кадр"]
    stories = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 40))) for _ in range(300)]
    index = DuplicateIndex()
    sketches: dict[int, frozenset[int]] = {}
    for article_id, story in enumerate(stories[:200], start=1):
        index.add(article_id, None, fingerprint("", story))
        sketches[article_id] = parse_fingerprint(fingerprint("", story))
    found = 0
    for story in stories:
        query = parse_fingerprint(fingerprint("", story))
        scored = [(similarity(query, sketch), -id_) for id_, sketch in sketches.items()]
        best = max((pair for pair in scored if pair[0] >= DUPLICATE_SIMILARITY), default=None)
        expected = -best[1] if best else None
        assert index.find(None, fingerprint("", story)) == expected, story
        found += expected is not None
    assert 200 <= found < 300, "the unseen stories are a mix of near copies and new ones"
