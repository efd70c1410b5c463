from __future__ import annotations

from storage import Repository
from tests.ui_bot import Conversation


async def test_start_replies(chat_bot: Conversation, repo: Repository) -> None:
    texts = await chat_bot.texts("/start")
    assert "/subscribe" in texts[0]
    chat = await repo.chats.get(1001)
    assert chat is not None and chat.language == "ru"
