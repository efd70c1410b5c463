"""Every subscriber command in every interface language, through the fake Bot API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.channels.texts import COMMANDS as CHANNEL_COMMANDS
from bot.commands import MENU, register_commands
from bot.i18n import LANGUAGES, t
from bot.news import CATEGORIES
from storage import Repository
from tests.fake_telegram import FakeTelegram
from tests.ui_bot import Conversation, add_article, buttons, running_bot

USER = 1001


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_start_help_subscribe_stop(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    say = chat_bot.texts
    assert await say("/start", language_code=lang) == [t(lang, "start.welcome")]
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.language == lang and not chat.subscribed
    assert await say("/help", language_code=lang) == [t(lang, "help")]
    names = t(lang, "cat.premiere")
    assert await say("/subscribe", language_code=lang) == [
        t(lang, "subscribe.done", categories=names)
    ]
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.subscribed and chat.categories == ("premiere",)
    assert await say("/unsubscribe", language_code=lang) == [t(lang, "unsubscribe.done")]
    chat = await repo.chats.get(USER)
    assert chat is not None and not chat.subscribed
    await say("/subscribe", language_code=lang)
    assert await say("/stop", language_code=lang) == [t(lang, "stop.done")]
    chat = await repo.chats.get(USER)
    assert chat is not None and not chat.subscribed


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_deep_link_subscribes_to_the_category(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    texts = await chat_bot.texts("/start festival", language_code=lang, expect=2)
    assert texts == [
        t(lang, "start.welcome"),
        t(lang, "start.deeplink", category=t(lang, "cat.festival")),
    ]
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.subscribed
    assert chat.categories == ("premiere", "festival")
    await chat_bot.texts("/start premiere", language_code=lang, expect=2)
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.categories == ("premiere", "festival")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_categories_keyboard_toggles_and_persists(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    [sent] = await chat_bot.say("/categories", language_code=lang)
    assert sent.params["text"] == t(lang, "categories.title")
    keys = buttons(sent)
    assert len(keys) == len(CATEGORIES)
    assert keys[0][0] == "✅ " + t(lang, "cat.premiere")
    assert all(len(data.encode()) <= 64 for _, data in keys)
    assert "cat:festival" in {data for _, data in keys}
    await chat_bot.press("cat:festival")
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.categories == ("premiere", "festival")
    edit = chat_bot.fake.sent("editMessageReplyMarkup")[-1]
    assert ("✅ " + t(lang, "cat.festival"), "cat:festival") in buttons(edit)
    await chat_bot.press("cat:premiere")
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.categories == ("festival",)
    await chat_bot.press("cat:no_such_thing")
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.categories == ("festival",)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_keywords_and_cities(chat_bot: Conversation, repo: Repository, lang: str) -> None:
    usage = t(lang, "keywords.usage")
    [text] = await chat_bot.texts("/keywords +Томирис -сериал Ёлка", language_code=lang)
    shown = t(lang, "keywords.show", include="томирис, елка", exclude="сериал")
    assert text == shown + "\n\n" + usage
    chat = await repo.chats.get(USER)
    assert chat is not None
    assert chat.include_words == ("томирис", "елка") and chat.exclude_words == ("сериал",)
    [text] = await chat_bot.texts("/keywords -томирис", language_code=lang)
    chat = await repo.chats.get(USER)
    assert chat is not None
    assert chat.include_words == ("елка",) and chat.exclude_words == ("сериал", "томирис")
    assert await chat_bot.texts("/keywords ***", language_code=lang) == [usage]
    [text] = await chat_bot.texts("/keywords clear", language_code=lang)
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.include_words == () and chat.exclude_words == ()
    none = t(lang, "none")
    assert text == t(lang, "keywords.show", include=none, exclude=none) + "\n\n" + usage

    [text] = await chat_bot.texts("/city Алматы, Астана, алматы", language_code=lang)
    assert text.startswith(t(lang, "city.show", cities="Алматы, Астана"))
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.cities == ("Алматы", "Астана")
    [text] = await chat_bot.texts("/city", language_code=lang)
    assert text.startswith(t(lang, "city.show", cities="Алматы, Астана"))
    await chat_bot.texts("/city clear", language_code=lang)
    chat = await repo.chats.get(USER)
    assert chat is not None and chat.cities == ()


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_digest_settings_and_language(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    assert await chat_bot.texts("/digest", language_code=lang) == [t(lang, "digest.usage")]
    assert await chat_bot.texts("/digest daily 25:00", language_code=lang) == [
        t(lang, "digest.usage")
    ]
    schedule = t(lang, "digest.daily", time="08:30")
    assert await chat_bot.texts("/digest daily 8:30", language_code=lang) == [
        t(lang, "digest.saved", schedule=schedule, timezone="Asia/Almaty")
    ]
    chat = await repo.chats.get(USER)
    assert chat is not None and (chat.digest, chat.digest_time) == ("daily", "08:30")
    await chat_bot.texts("/digest weekly", language_code=lang)
    chat = await repo.chats.get(USER)
    assert chat is not None and (chat.digest, chat.digest_time) == ("weekly", "08:30")

    [settings] = await chat_bot.texts("/settings", language_code=lang)
    assert t(lang, "digest.weekly", time="08:30") in settings
    assert t(lang, "lang.name") in settings and "Asia/Almaty" in settings
    assert await chat_bot.texts("/digest off", language_code=lang) == [t(lang, "digest.off")]

    assert await chat_bot.texts("/lang xx", language_code=lang) == [t(lang, "lang.usage")]
    other = next(code for code in LANGUAGES if code != lang)
    assert await chat_bot.texts(f"/lang {other}", language_code=lang) == [t(other, "lang.saved")]
    # The stored choice wins over the Telegram client's language from now on.
    assert await chat_bot.texts("/help", language_code=lang) == [t(other, "help")]


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_search_latest_premieres_empty_and_found(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    assert await chat_bot.texts("/search", language_code=lang) == [t(lang, "search.usage")]
    assert await chat_bot.texts("/search <b>Томирис", language_code=lang) == [
        t(lang, "search.nothing", query="<b>Томирис")
    ]
    assert await chat_bot.texts("/latest", language_code=lang) == [t(lang, "latest.empty")]
    assert await chat_bot.texts("/premieres", language_code=lang) == [t(lang, "premieres.empty")]

    now = datetime.now(UTC)
    await add_article(repo, "Премьера «Томирис» & <b>", "Драма о царице.", published=now)
    [found] = await chat_bot.texts("/search томириса", language_code=lang)
    assert found.startswith(t(lang, "search.header", query="томириса", page=1))
    assert "Премьера «Томирис» &amp; &lt;b&gt;" in found
    [latest] = await chat_bot.texts("/latest", language_code=lang)
    assert latest.startswith(t(lang, "latest.header", page=1)) and "Томирис" in latest
    assert now - timedelta(days=1) < now


async def test_commands_are_registered_in_every_language(
    repo: Repository, telegram: tuple[FakeTelegram, str]
) -> None:
    fake, base_url = telegram
    async with running_bot(repo, base_url) as bot:
        await register_commands(bot)
    calls = fake.sent("setMyCommands")
    assert [c.params.get("language_code") for c in calls] == [None, "ru", "kk", "en"]
    for call, lang in zip(calls[1:], LANGUAGES, strict=True):
        commands = call.params["commands"]
        names = [c["command"] for c in commands]
        assert names == list(MENU) + [name for name, _ in CHANNEL_COMMANDS[lang]]
        assert commands[0]["description"] == t(lang, "cmd.start")
    assert calls[0].params["commands"] == calls[1].params["commands"]
