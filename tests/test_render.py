"""Message HTML: escaping of hostile text, facts on their own lines, trimming, digests."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from typing import Any

from bot.render import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    article_preview,
    labels_from,
    render_article,
    render_caption,
    render_digest,
    tg_len,
    trim_text,
)
from storage.models import Article, PremiereFacts
from tests.outbox_fixtures import NOW

ALLOWED_TAGS = {"b", "a"}


def article(**changes: Any) -> Article:
    base = Article(
        id=1,
        feed_id=1,
        uid="u1",
        url="https://news.example/1?a=1&b=2",
        title="Премьера «Сказа»",
        published_at=NOW,
        fetched_at=NOW,
        text="",
        description="",
        image_url=None,
        fingerprint="f",
        duplicate_of=None,
        language="ru",
        is_cinema=True,
        categories=("premiere",),
        premiere=PremiereFacts(("Сказ",), date(2026, 11, 28), "Алматы", "Kinopark 8"),
        summary="Фильм покажут в субботу. Билеты уже в продаже.",
    )
    return replace(base, **changes)


class _Tags(HTMLParser):
    """Checks that tags are balanced and only the ones we write."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.seen: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.seen.add(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text += data


def well_formed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed tags {parser.stack}"
    assert parser.seen <= ALLOWED_TAGS, parser.seen
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x27);)", html), "raw ampersand"
    return parser


def test_facts_on_their_own_lines_then_summary_then_link() -> None:
    html = render_article(article())
    lines = html.split("\n")
    assert lines[0] == "<b>Премьера «Сказа»</b>"
    assert "🎬 Фильм: <b>Сказ</b>" in lines
    assert "📅 Дата: 28.11.2026" in lines
    assert "📍 Город: Алматы" in lines
    assert "🏛 Где: Kinopark 8" in lines
    assert html.index("Билеты") < html.index('<a href="https://news.example/1?a=1&amp;b=2">')
    well_formed(html)


def test_hostile_text_is_escaped_everywhere() -> None:
    hostile = article(
        title='<script>alert("x")</script> & <b>unclosed <i>',
        summary="Tom & Jerry <a href='javascript:1'>click</a> <b",
        premiere=PremiereFacts(("<i>Film",), None, "<b>City", "Venue & </a>"),
        url='https://news.example/"><script>',
    )
    html = render_article(hostile)
    parsed = well_formed(html)
    assert "<script>" not in html and "<i>" not in html
    assert '<script>alert("x")</script> & <b>unclosed <i>' in parsed.text
    assert "Tom & Jerry <a href='javascript:1'>click</a> <b" in parsed.text
    assert 'href="https://news.example/&quot;&gt;&lt;script&gt;"' in html


def test_non_web_links_are_dropped() -> None:
    html = render_article(article(url="javascript:alert(1)"))
    assert "href" not in html
    assert article_preview(article(url=None)).is_disabled is True
    assert article_preview(article()).prefer_small_media is True


def test_long_text_trimmed_at_a_sentence_boundary_within_limits() -> None:
    sentence = "Это предложение о фильме & его <премьере>. "
    long = article(summary=sentence * 400, title="Т" * 1000)
    cases = ((render_article(long), MESSAGE_LIMIT), (render_caption(long), CAPTION_LIMIT))
    for html, limit in cases:
        assert tg_len(html) <= limit
        parsed = well_formed(html)
        summary = parsed.text.split("\n\n")[-2]
        assert summary.endswith("<премьере>."), summary[-40:]
        assert html.endswith("Источник</a>")


def test_trimming_counts_utf16_and_cuts_words_when_no_sentence_fits() -> None:
    emoji = "🎬" * 10
    assert tg_len(emoji) == 20
    assert tg_len(trim_text(emoji, 11)) <= 11
    cut = trim_text("одно очень длинное предложение без точки " * 50, 60)
    assert cut.endswith("…") and len(cut) <= 60 and not cut.endswith(" …")


def test_labels_can_be_translated() -> None:
    english = {"film": "Film", "source": "Source"}
    html = render_article(article(), label=english)
    assert "🎬 Film:" in html and ">Source</a>" in html and "📅 Дата" in html
    assert render_article(article(), label=labels_from(english)) == html
    assert "🎬 FILM:" in render_article(article(), label=str.upper)


def test_digest_grouped_by_category_with_one_line_summaries() -> None:
    items = [
        article(id=1, title="A & B", categories=("festival",), summary="Первое. Второе."),
        article(id=2, title="C", categories=("premiere", "festival")),
        article(id=3, title="D", categories=("unknown",), url=None),
    ]
    (html,) = render_digest(items, title="Дайджест · 22.11.2026")
    well_formed(html)
    assert html.index("<b>Премьеры</b>") < html.index("<b>Фестивали</b>") < html.index("Другое")
    assert '• <a href="https://news.example/1?a=1&amp;b=2">A &amp; B</a> — Первое.' in html
    assert "Второе" not in html
    assert "• <b>D</b>" in html


def test_digest_split_across_messages_that_fit() -> None:
    items = [
        article(id=i, title=f"Новость номер {i} " + "x" * 150, categories=(cat,))
        for i, cat in enumerate(["premiere"] * 40 + ["review"] * 30)
    ]
    parts = render_digest(items, title="Дайджест")
    assert len(parts) >= 3
    for part in parts:
        assert tg_len(part) <= MESSAGE_LIMIT
        well_formed(part)
    joined = "\n".join(parts)
    assert all(f"Новость номер {i} " in joined for i in range(70))
    assert parts[1].startswith("<b>Премьеры</b> (продолжение)")
    assert render_digest([], title="x") == []


def test_caption_with_a_very_long_link_still_fits() -> None:
    url = "https://news.example/" + "a" * 2000
    caption = render_caption(article(url=url))
    assert tg_len(caption) <= CAPTION_LIMIT
    assert caption.startswith("<b>Премьера «Сказа»</b>") and "href" not in caption
    assert "🎬 Фильм" in caption and "Билеты" in caption
    well_formed(caption)
    full = render_article(article(url=url))
    assert url in full and "🎬 Фильм" in full
