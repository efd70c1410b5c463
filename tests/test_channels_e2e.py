"""The channel router in a real Dispatcher, long-polling the fake Bot API."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiogram import Dispatcher

from bot.channels import jobs
from bot.channels.runtime import ChannelRuntime
from handlers.channels import ToChannel, build_channels_router
from storage import Repository
from tests.channels_support import (
    CHANNEL,
    OWNER,
    SECOND_ADMIN,
    STRANGER,
    Clock,
    Telegram,
    add_article,
    at,
    channel_runtime,
    markup,
    seed_channel,
)
from tests.fake_telegram import FakeTelegram


@asynccontextmanager
async def running(repo: Repository, url: str, clock: Clock) -> AsyncIterator[ChannelRuntime]:
    async with channel_runtime(repo, url, clock) as rt:
        dispatcher = Dispatcher(channel_runtime=rt)
        dispatcher.include_router(build_channels_router())
        task = asyncio.create_task(
            dispatcher.start_polling(rt.bot, handle_signals=False, polling_timeout=1)
        )
        try:
            yield rt
        finally:
            await dispatcher.stop_polling()
            await task


@asynccontextmanager
async def connected(
    repo: Repository, telegram: Telegram, clock: Clock
) -> AsyncIterator[ChannelRuntime]:
    """The bot running with @kino_almaty connected by its owner."""
    fake, url = telegram
    seed_channel(fake)
    async with running(repo, url, clock) as rt:
        await say(fake, OWNER, "/connect @kino_almaty")
        yield rt


async def send_raw(fake: FakeTelegram, user: int, **fields: Any) -> str:
    """Send a hand-built private message and wait for the bot's reply."""
    before = len(fake.texts(user))
    fake.push_update({"message": _private_message(user, **fields)})
    await fake.wait_for(lambda f: len(f.texts(user)) > before)
    return fake.texts(user)[-1]


async def say(fake: FakeTelegram, user: int, text: str, *, lang: str = "ru") -> str:
    """Send a private message as a user and wait for the bot's (last) reply."""
    before = len(fake.texts(user))
    fake.send_text(text, chat_id=user, user_id=user, language_code=lang)
    await fake.wait_for(lambda f: len(f.texts(user)) > before)
    await asyncio.sleep(0.05)  # let any follow-up call of the same handler land
    return fake.texts(user)[-1]


async def press(fake: FakeTelegram, user: int, data: str) -> str:
    """Press an inline button and return the callback answer's text."""
    before = len(fake.sent("answerCallbackQuery"))
    fake.press_button(data, chat_id=user, user_id=user)
    await fake.wait_for(lambda f: len(f.sent("answerCallbackQuery")) > before)
    return str(fake.sent("answerCallbackQuery")[-1].params.get("text", ""))


def _private_message(user: int, **fields: Any) -> dict[str, Any]:
    return {
        "message_id": int(time.time() * 1000) % 10**9,
        "date": int(time.time()),
        "chat": {"id": user, "type": "private", "first_name": "U"},
        "from": {"id": user, "is_bot": False, "first_name": "U", "language_code": "en"},
        **fields,
    }


async def test_connect_flows(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake, admins=(OWNER, SECOND_ADMIN))
    seed_channel(fake, -1002000000002, "no_rights_here", bot_can_post=False)
    async with running(repo, url, Clock(at(9))):
        assert "не найден" in await say(fake, OWNER, "/connect @missing_channel")
        assert "без права" in await say(fake, OWNER, "/connect @no_rights_here")
        assert "not an administrator" in await say(
            fake, STRANGER, "/connect @kino_almaty", lang="en"
        )
        assert "@kino_almaty" in await say(fake, OWNER, "/connect @kino_almaty")
        assert "подключён" in fake.texts(OWNER)[-1]

        prompt = await say(fake, SECOND_ADMIN, "/connect", lang="en")
        assert "Connect a channel" in prompt
        keyboard = markup(fake.sent(chat_id=SECOND_ADMIN)[-1].params)["keyboard"]
        request = keyboard[0][0]["request_chat"]
        assert request["chat_is_channel"] is True
        assert request["bot_administrator_rights"]["can_post_messages"] is True
        reply = await send_raw(
            fake, SECOND_ADMIN, chat_shared={"request_id": 5001, "chat_id": CHANNEL}
        )
        assert "is connected" in reply

        reply = await send_raw(
            fake,
            STRANGER,
            text="a post",
            forward_origin={
                "type": "channel",
                "date": 1,
                "message_id": 5,
                "chat": {"id": CHANNEL, "type": "channel", "title": "Kino"},
            },
        )
        assert "not an administrator" in reply
    assert {a.user_id for a in await repo.channels.admins(CHANNEL)} == {OWNER, SECOND_ADMIN}


async def test_channel_settings_by_command_and_refusals(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake, admins=(OWNER, SECOND_ADMIN))
    async with running(repo, url, Clock(at(9))):
        await say(fake, OWNER, "/connect @kino_almaty")
        assert "Сохранено" in await say(
            fake, OWNER, "/channel @kino_almaty slots 10:00,14:00,19:00"
        )
        assert "Сохранено" in await say(fake, OWNER, "/channel @kino_almaty quiet 23:00-08:00")
        reply = await say(fake, OWNER, "/channel @kino_almaty mode sometimes")
        assert "sometimes" in reply and "instant | timetable" in reply
        reply = await say(fake, OWNER, "/channel @kino_almaty timezone Mars/Base", lang="kk")
        assert "Mars/Base" in reply and "Asia/Almaty" in reply
        reply = await say(fake, OWNER, "/channel @kino_almaty mode <b>&x", lang="en")
        assert "“&lt;b&gt;&amp;x”" in reply, "a hostile value is echoed escaped, and answered"
        reply = await say(fake, STRANGER, "/channel @kino_almaty mode instant", lang="en")
        assert "not an administrator" in reply
        reply = await say(fake, STRANGER, "/channel @kino_almaty", lang="en")
        assert "not an administrator" in reply and "10:00" not in reply
        settings = await say(fake, SECOND_ADMIN, "/channel @kino_almaty", lang="en")
        assert "10:00, 14:00, 19:00" in settings and "23:00–08:00" in settings
        assert "timetable" in settings
        listing = await say(fake, SECOND_ADMIN, "/channels", lang="en")
        assert "@kino_almaty" in listing and "active" in listing
        assert "no connected" in await say(fake, STRANGER, "/channels", lang="en")
        assert "паузе" in await say(fake, OWNER, "/channel @kino_almaty pause")
        assert "paused" in await say(fake, SECOND_ADMIN, "/channels", lang="en")
    channel = await repo.channels.get(CHANNEL)
    assert channel is not None and channel.mode == "timetable" and channel.paused
    assert channel.quiet_start == "23:00" and channel.timezone == "Asia/Almaty"


async def test_queue_buttons_post_now_move_remove(repo: Repository, telegram: Telegram) -> None:
    fake, _ = telegram
    clock = Clock(at(9))
    async with connected(repo, telegram, clock) as rt:
        await say(fake, OWNER, "/channel @kino_almaty slots 10:00,19:00")
        ids = [await add_article(repo, f"Премьера {n}", now=at(n)) for n in (1, 2, 3)]
        for article_id in ids:
            reply = await say(fake, OWNER, f"/schedule {article_id}")
            assert "Запланировано" in reply
        queue = await say(fake, OWNER, "/queue @kino_almaty")
        assert "2026-11-23 10:00 — Премьера 1" in queue
        assert "2026-11-23 19:00 — Премьера 2" in queue
        rows = markup(fake.sent(chat_id=OWNER)[-1].params)["inline_keyboard"]
        assert len(rows) == 3 and all(len(b["callback_data"]) <= 64 for r in rows for b in r)
        first, second, third = (row[0]["callback_data"].split(":")[-1] for row in rows)

        assert "Опубликовано" in await press(fake, OWNER, f"chq:n:{third}")
        assert "Премьера 3" in fake.texts(CHANNEL)[-1]
        assert "удалён" in await press(fake, OWNER, f"chq:r:{second}")
        assert "уже отправлен или удалён" in await press(fake, OWNER, f"chq:n:{second}")
        assert "not an administrator" not in await press(fake, OWNER, f"chq:p:{first}")
        await fake.wait_for(lambda f: any("Премьера 1" in t for t in f.texts(OWNER)))
        await press(fake, OWNER, f"chq:m:{first}")
        await fake.wait_for(lambda f: "/move" in f.texts(OWNER)[-1])
        offer = markup(fake.sent(chat_id=OWNER)[-1].params)["inline_keyboard"]
        target = offer[0][0]["callback_data"]
        assert offer[0][0]["text"] == "2026-11-23 19:00", "19:00 is free again after removal"
        assert "2026-11-23 19:00" in await press(fake, OWNER, target)
        assert "2026-11-24 12:30" in await say(fake, OWNER, f"/move {first} 2026-11-24 12:30")
        assert "не администратор" in await press(fake, STRANGER, f"chq:n:{first}")
        assert rt.scheduler is not None
        job = rt.scheduler.get_job(jobs.post_job_id(CHANNEL, int(first)))
        assert job is not None and job.trigger.run_date == at(12, 30, day=24)
    assert len(fake.texts(CHANNEL)) == 1


async def test_custom_post_command_with_hostile_html(repo: Repository, telegram: Telegram) -> None:
    fake, _ = telegram
    clock = Clock(at(9))
    async with connected(repo, telegram, clock) as rt:
        head = "/post @kino_almaty 18:30\n"
        body = "Кинопоказ <script>alert(1)</script> & сегодня\nbutton: https://kino.kz/t"
        reply = await send_raw(
            fake,
            OWNER,
            text=head + body,
            entities=[
                {"type": "bot_command", "offset": 0, "length": 5},
                {"type": "bold", "offset": len(head), "length": 9},
                {"type": "italic", "offset": len(head) + 10, "length": 25},
            ],
        )
        assert "2026-11-23 18:30" in reply
        assert "Формат" in await say(fake, OWNER, "/post")
        assert "пуст" in await say(fake, OWNER, "/post @kino_almaty 18:45")
        post = (await repo.channels.pending(CHANNEL))[0]
        clock.now = at(18, 30)
        await jobs.run_post(rt, post.id)
    sent = fake.sent(chat_id=CHANNEL)
    assert len(sent) == 1
    # Formatting typed in the client arrives as entities and is kept; typed tags stay text.
    assert sent[0].params["text"] == (
        "<b>Кинопоказ</b> <i>&lt;script&gt;alert(1)&lt;/script&gt;</i> &amp; сегодня"
    )
    assert markup(sent[0].params)["inline_keyboard"][0][0]["url"] == "https://kino.kz/t"


async def test_my_chat_member_pauses_and_resumes(repo: Repository, telegram: Telegram) -> None:
    fake, _ = telegram

    def update(status: str, can_post: bool) -> dict[str, Any]:
        bot_user = {"id": 123456, "is_bot": True, "first_name": "Premiere"}
        rights = {
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": False,
            "can_manage_video_chats": False,
            "can_restrict_members": False,
            "can_promote_members": False,
            "can_change_info": False,
            "can_invite_users": False,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
            "can_send_welcome_messages": False,
            "can_post_messages": can_post,
        }
        new = {"status": status, "user": bot_user, **(rights if status == "administrator" else {})}
        return {
            "my_chat_member": {
                "chat": {"id": CHANNEL, "type": "channel", "title": "Kino"},
                "from": {"id": OWNER, "is_bot": False, "first_name": "Owner"},
                "date": 1,
                "old_chat_member": {"status": "administrator", "user": bot_user, **rights},
                "new_chat_member": new,
            }
        }

    async with connected(repo, telegram, Clock(at(9))):
        told = len(fake.texts(OWNER))
        fake.push_update(update("administrator", False))
        await fake.wait_for(lambda f: len(f.texts(OWNER)) > told)
        channel = await repo.channels.get(CHANNEL)
        assert channel is not None and channel.pause_reason == "rights"
        fake.push_update(update("administrator", True))
        await fake.wait_for(lambda f: "восстановлены" in f.texts(OWNER)[-1])
        fake.push_update(update("left", False))
        await fake.wait_for(lambda f: "удалён из канала" in f.texts(OWNER)[-1])
    channel = await repo.channels.get(CHANNEL)
    assert channel is not None and channel.paused and channel.pause_reason == "removed"


async def test_to_channel_button_on_a_pushed_article(repo: Repository, telegram: Telegram) -> None:
    fake, _ = telegram
    seed_channel(fake, -1002000000002, "kino_astana")
    async with connected(repo, telegram, Clock(at(9))):
        await say(fake, OWNER, "/channel @kino_almaty slots 10:00,19:00")
        article = await add_article(repo, "Премьера недели", now=at(8))
        assert "2026-11-23 10:00" in await press(fake, OWNER, ToChannel(article=article).pack())
        await say(fake, OWNER, "/connect @kino_astana")
        await say(fake, OWNER, "/channel @kino_astana slots 12:00")
        other = await add_article(repo, "Ещё премьера", now=at(8))
        await press(fake, OWNER, ToChannel(article=other).pack())
        await fake.wait_for(lambda f: "В какой канал" in f.texts(OWNER)[-1])
        buttons = markup(fake.sent(chat_id=OWNER)[-1].params)["inline_keyboard"]
        choice = next(row[0] for row in buttons if row[0]["text"] == "@kino_astana")
        assert "2026-11-23 12:00" in await press(fake, OWNER, choice["callback_data"])
    astana = await repo.channels.pending(-1002000000002)
    assert [post.article_id for post in astana] == [other]
