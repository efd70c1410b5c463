"""Search, /latest and /premieres through the bot: pages, buttons, hostile input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.i18n import LANGUAGES, t
from storage import Repository
from storage.models import PremiereFacts
from tests.test_search import HOSTILE
from tests.ui_bot import Conversation, add_article, buttons


async def _twelve(repo: Repository) -> None:
    now = datetime.now(UTC)
    for n in range(12):
        await add_article(
            repo, f"Премьера номер {n:02d}", "Текст о кино.", published=now - timedelta(hours=n)
        )


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_search_pages_forward_and_back(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    await _twelve(repo)
    [first] = await chat_bot.say("/search премьеры", language_code=lang)
    text = str(first.params["text"])
    assert [f"номер {n:02d}" in text for n in range(6)] == [True] * 5 + [False]
    [(label, data)] = buttons(first)
    assert label == t(lang, "btn.next") and data.startswith("pg:s:")
    await chat_bot.press(data)
    second = chat_bot.fake.sent("editMessageText")[-1]
    assert str(second.params["text"]).startswith(t(lang, "search.header", query="премьеры", page=2))
    assert "6. " in str(second.params["text"]) and "номер 05" in str(second.params["text"])
    labels = [label for label, _ in buttons(second)]
    assert labels == [t(lang, "btn.prev"), t(lang, "btn.next")]
    third_data = buttons(second)[1][1]
    await chat_bot.press(third_data)
    third = chat_bot.fake.sent("editMessageText")[-1]
    assert "номер 11" in str(third.params["text"])
    assert [label for label, _ in buttons(third)] == [t(lang, "btn.prev")]
    await chat_bot.press(buttons(third)[0][1])
    back = chat_bot.fake.sent("editMessageText")[-1]
    assert back.params["text"] == second.params["text"]


async def test_latest_pages_and_stale_buttons(chat_bot: Conversation, repo: Repository) -> None:
    await _twelve(repo)
    [first] = await chat_bot.say("/latest")
    assert "номер 00" in str(first.params["text"])
    [(_, data)] = buttons(first)
    assert data == "pg:l:0:1"
    await chat_bot.press(data)
    assert "номер 09" in str(chat_bot.fake.sent("editMessageText")[-1].params["text"])
    answer = await chat_bot.press("pg:s:999:0")
    assert answer.params.get("text") == t("ru", "search.expired")


async def test_premieres_upcoming_and_by_city(chat_bot: Conversation, repo: Repository) -> None:
    now = datetime.now(UTC)
    today = now.date()
    await add_article(
        repo,
        "Премьера А",
        "т",
        published=now,
        premiere=PremiereFacts(("А",), today + timedelta(days=3), "Алматы", None),
    )
    await add_article(
        repo,
        "Премьера Б",
        "т",
        published=now,
        premiere=PremiereFacts(("Б",), today + timedelta(days=1), "Астана", None),
    )
    await add_article(
        repo,
        "Премьера В",
        "т",
        published=now,
        premiere=PremiereFacts(("В",), today - timedelta(days=3), "Алматы", None),
    )
    [text] = await chat_bot.texts("/premieres")
    assert text.startswith(t("ru", "premieres.header"))
    assert text.index("Премьера Б") < text.index("Премьера А") and "Премьера В" not in text
    [text] = await chat_bot.texts("/premieres алматы", chat_id=2002, language_code="en")
    assert text.startswith(t("en", "premieres.header_city", city="алматы"))
    assert "Премьера А" in text and "Премьера Б" not in text
    assert await chat_bot.texts("/premieres Караганда") == [t("ru", "premieres.empty")]
    # The cities chosen with /city apply when none is typed.
    await chat_bot.texts("/city Астана")
    [text] = await chat_bot.texts("/premieres")
    assert text.startswith(t("ru", "premieres.header_city", city="Астана"))
    assert "Премьера Б" in text and "Премьера А" not in text


async def test_hostile_queries_get_results_or_nothing_found(
    chat_bot: Conversation, repo: Repository
) -> None:
    await _twelve(repo)
    for query in HOSTILE[:-3] + [HOSTILE[-1][:3000]]:
        if not query.strip() or "\x00" in query:
            continue
        [text] = await chat_bot.texts(f"/search {query}")
        nothing = t("ru", "search.nothing", query=query.strip()[:100])
        assert text == nothing or text.startswith("Результаты"), query
    [text] = await chat_bot.texts('/search премьера"*)( -')
    assert "номер 00" in text


async def test_hostile_titles_are_escaped_and_pages_fit_telegram(
    chat_bot: Conversation, repo: Repository
) -> None:
    now = datetime.now(UTC)
    for n in range(5):
        await add_article(
            repo,
            f"<script>alert({n})</script> & <b>unclosed премьера " + "длинно " * 400,
            "Текст <i>без конца & " + "слово " * 2000,
            published=now - timedelta(minutes=n),
            url=f'https://kino.example/{n}?a=1&b="2"',
        )
    [text] = await chat_bot.texts("/search премьера")
    assert len(text) <= 4096
    assert "<script>" not in text and "&lt;script&gt;alert(0)&lt;/script&gt; &amp;" in text
    assert '<a href="https://kino.example/0?a=1&amp;b=&quot;2&quot;">' in text
    assert text.count("<b>") == text.count("</b>") and text.count("<a ") == text.count("</a>")
