"""Groups, forum topics, group admins and my_chat_member updates."""

from __future__ import annotations

import time
from typing import Any

from bot.i18n import RU, t
from storage import Repository
from tests.fake_telegram import BOT_ID, Fault, Member
from tests.ui_bot import Conversation

GROUP = -100500
TOPIC = 77
ADMIN = 5
MEMBER = 6


def _in_group(user: int, **kw: Any) -> dict[str, Any]:
    return {"chat_id": GROUP, "user_id": user, "chat_type": "supergroup", **kw}


async def test_forum_topic_replies_stay_in_the_topic(
    chat_bot: Conversation, repo: Repository
) -> None:
    chat_bot.fake.members[(GROUP, ADMIN)] = Member("administrator")
    [sent] = await chat_bot.say("/subscribe", **_in_group(ADMIN, thread_id=TOPIC))
    assert str(sent.params["message_thread_id"]) == str(TOPIC)
    assert sent.params["text"] == t("ru", "subscribe.done", categories=t("ru", "cat.premiere"))
    chat = await repo.chats.get(GROUP)
    assert chat is not None and chat.subscribed and chat.thread_id == TOPIC
    assert chat.type == "supergroup" and chat.title == f"Chat {GROUP}"
    [sent] = await chat_bot.say("/help", **_in_group(MEMBER, thread_id=TOPIC))
    assert str(sent.params["message_thread_id"]) == str(TOPIC) and sent.params["text"] == t(
        "ru", "help"
    )
    [sent] = await chat_bot.say("/help", **_in_group(MEMBER))
    assert "message_thread_id" not in sent.params


async def test_group_members_who_are_not_admins_cannot_change_settings(
    chat_bot: Conversation, repo: Repository
) -> None:
    chat_bot.fake.members[(GROUP, ADMIN)] = Member("creator")
    await chat_bot.say("/subscribe", **_in_group(ADMIN, thread_id=TOPIC))
    refusal = t("ru", "group.admins_only")
    for command in (
        "/unsubscribe",
        "/stop",
        "/lang en",
        "/digest daily",
        "/keywords +кино",
        "/city Алматы",
        "/categories",
        "/start festival",
    ):
        calls = await chat_bot.say(
            command,
            **_in_group(MEMBER, thread_id=TOPIC),
            expect=2 if command.startswith("/start") else 1,
        )
        assert calls[-1].params["text"] == refusal, command
        assert str(calls[-1].params["message_thread_id"]) == str(TOPIC)
    chat = await repo.chats.get(GROUP)
    assert chat is not None and chat.subscribed and chat.language == "ru"
    assert chat.digest == "off" and chat.include_words == () and chat.cities == ()
    assert chat.categories == ("premiere",)
    answer = await chat_bot.press(
        "cat:festival", chat_id=GROUP, user_id=MEMBER, chat_type="supergroup"
    )
    assert answer.params["text"] == refusal and str(answer.params["show_alert"]).lower() == "true"
    chat = await repo.chats.get(GROUP)
    assert chat is not None and chat.categories == ("premiere",)
    # Reading is open to everyone.
    [text] = await chat_bot.texts("/settings", **_in_group(MEMBER))
    assert text.startswith(RU["settings"].split("\n")[0])
    await chat_bot.press("cat:festival", chat_id=GROUP, user_id=ADMIN, chat_type="supergroup")
    chat = await repo.chats.get(GROUP)
    assert chat is not None and chat.categories == ("premiere", "festival")


def _membership(chat: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Premiere"}

    def member(status: str) -> dict[str, Any]:
        return {
            "status": status,
            "user": bot_user,
            **({"until_date": 0} if status == "kicked" else {}),
        }

    return {
        "my_chat_member": {
            "chat": chat,
            "from": {"id": 1001, "is_bot": False, "first_name": "U", "language_code": "kk"},
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
    }


async def test_my_chat_member_keeps_the_table_true(
    chat_bot: Conversation, repo: Repository
) -> None:
    await chat_bot.say("/subscribe")
    private = {"id": 1001, "type": "private", "first_name": "U"}
    await chat_bot.push(_membership(private, "member", "kicked"))
    chat = await repo.chats.get(1001)
    assert chat is not None and not chat.active and chat.subscribed
    assert await repo.chats.count_subscribers() == 0
    await chat_bot.push(_membership(private, "kicked", "member"))
    chat = await repo.chats.get(1001)
    assert chat is not None and chat.active
    assert await repo.chats.count_subscribers() == 1

    group = {"id": -42, "type": "group", "title": "Киноклуб"}
    await chat_bot.push(_membership(group, "left", "member"))
    chat = await repo.chats.get(-42)
    assert chat is not None and chat.active and chat.type == "group"
    assert chat.title == "Киноклуб" and chat.language == "kk"
    await chat_bot.push(_membership(group, "member", "left"))
    chat = await repo.chats.get(-42)
    assert chat is not None and not chat.active


async def test_a_failing_membership_check_refuses(chat_bot: Conversation, repo: Repository) -> None:
    chat_bot.fake.faults.append(Fault("400", method="getChatMember", description="Bad Request"))
    [sent] = await chat_bot.say("/subscribe", **_in_group(ADMIN))
    assert sent.params["text"] == t("ru", "group.admins_only")
    chat = await repo.chats.get(GROUP)
    assert chat is not None and not chat.subscribed
