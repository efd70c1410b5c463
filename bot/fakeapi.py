"""A fake Telegram Bot API server on 127.0.0.1 that records requests and answers like Telegram.

Tests (through tests/fake_telegram.py) and `premiere-bot demo` point the bot at it through
TELEGRAM_API_URL; it lives in the package so the demo runs from an installed copy. It can be
told to answer 429 with retry_after, 403, migrate_to_chat_id, 400 or 500, and to enforce
Telegram's send limits.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 123456
BOT_USERNAME = "premiere_test_bot"
SEND_METHODS = frozenset(
    {"sendmessage", "sendphoto", "copymessage", "forwardmessage", "sendmediagroup"}
)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Fault:
    """An error to answer instead of success, for matching calls."""

    kind: str  # "429", "403", "400", "500", "migrate"
    method: str | None = None
    chat_id: int | None = None
    times: int = 1
    retry_after: int = 1
    migrate_to: int = 0
    description: str = ""


@dataclass
class Member:
    status: str  # creator, administrator, member, left, kicked
    can_post_messages: bool = False


@dataclass
class FakeTelegram:
    """State and behaviour of the fake server; `app()` wraps it in an aiohttp application."""

    calls: list[Call] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    migrated: dict[int, int] = field(default_factory=dict)
    members: dict[tuple[int, int], Member] = field(default_factory=dict)
    chats: dict[int | str, dict[str, Any]] = field(default_factory=dict)
    enforce_limits: bool = False
    global_per_second: int = 30
    per_chat_interval: float = 1.0
    response_delay: float = 0.0
    _updates: deque[dict[str, Any]] = field(default_factory=deque)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _new_update: asyncio.Event = field(default_factory=asyncio.Event)
    _sent_times: deque[float] = field(default_factory=deque)
    _chat_last: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    # -- what tests use ---------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        return app

    def push_update(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, **update})
        self._new_update.set()
        return update_id

    def send_text(
        self,
        text: str,
        *,
        chat_id: int = 1001,
        user_id: int | None = None,
        chat_type: str = "private",
        thread_id: int | None = None,
        language_code: str = "ru",
    ) -> int:
        """Queue an incoming text message as a user would send it."""
        user = user_id if user_id is not None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": _chat_object(chat_id, chat_type),
            "from": {
                "id": user,
                "is_bot": False,
                "first_name": f"User{user}",
                "language_code": language_code,
            },
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return self.push_update({"message": message})

    def press_button(
        self,
        data: str,
        *,
        chat_id: int = 1001,
        user_id: int | None = None,
        message_id: int = 1,
        chat_type: str = "private",
    ) -> int:
        """Queue a callback query from an inline button."""
        user = user_id if user_id is not None else chat_id
        return self.push_update(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": {"id": user, "is_bot": False, "first_name": f"User{user}"},
                    "chat_instance": "ci",
                    "data": data,
                    "message": {
                        "message_id": message_id,
                        "date": int(time.time()),
                        "chat": _chat_object(chat_id, chat_type),
                        "text": "…",
                    },
                }
            }
        )

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        """Successful calls of a method, optionally to one chat."""
        return [
            call
            for call in self.calls
            if call.method == method.lower()
            and call.status == 200
            and (chat_id is None or str(call.params.get("chat_id")) == str(chat_id))
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """Text of every message and caption successfully sent."""
        out = []
        for call in self.calls:
            if call.status != 200 or call.method not in ("sendmessage", "sendphoto"):
                continue
            if chat_id is not None and str(call.params.get("chat_id")) != str(chat_id):
                continue
            out.append(str(call.params.get("text") or call.params.get("caption") or ""))
        return out

    async def wait_for(self, predicate: Any, within: float = 5.0, interval: float = 0.01) -> None:
        """Wait until predicate(self) is true, failing the test after `within` seconds."""
        deadline = time.monotonic() + within
        while not predicate(self):
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met in {within}s; calls: {self.calls[-5:]}")
            await asyncio.sleep(interval)

    # -- the protocol -----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        params = await _params(request)
        if self.response_delay:
            await asyncio.sleep(self.response_delay)
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        status, payload = self._fault_for(method, params)
        if status == 200:
            try:
                payload = {"ok": True, "result": await self._answer(method, params)}
            except _ApiError as exc:
                status, payload = 400, exc.payload
        call.status = status
        return web.json_response(payload, status=status)

    def _fault_for(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id = _int_or_none(params.get("chat_id"))
        for fault in self.faults:
            if fault.times <= 0:
                continue
            if fault.method is not None and fault.method.lower() != method:
                continue
            if fault.chat_id is not None and fault.chat_id != chat_id:
                continue
            fault.times -= 1
            return _error(fault)
        if method in SEND_METHODS and chat_id is not None:
            if chat_id in self.migrated:
                return _error(Fault("migrate", migrate_to=self.migrated[chat_id]))
            if chat_id in self.blocked:
                return _error(Fault("403", description="Forbidden: bot was blocked by the user"))
            if self.enforce_limits:
                return self._rate_limit(str(chat_id))
        return 200, {}

    def _rate_limit(self, chat_key: str) -> tuple[int, dict[str, Any]]:
        now = time.monotonic()
        while self._sent_times and now - self._sent_times[0] >= 1.0:
            self._sent_times.popleft()
        too_fast_chat = now - self._chat_last[chat_key] < self.per_chat_interval
        if len(self._sent_times) >= self.global_per_second or too_fast_chat:
            return _error(Fault("429", retry_after=1))
        self._sent_times.append(now)
        self._chat_last[chat_key] = now
        return 200, {}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = _int_or_none(params.get("offset")) or 0
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()
        if not self._updates:
            self._new_update.clear()
            timeout = min(float(params.get("timeout") or 0), 1.0)
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout)
            except TimeoutError:
                return []
        return list(self._updates)

    async def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getupdates":
            return await self._get_updates(params)
        return self._result(method, params)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getme":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Premiere",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if method in ("sendmessage", "sendphoto", "editmessagetext", "editmessagecaption"):
            return self._message(method, params)
        if method == "getchatmember":
            return self._member(params)
        if method == "getchatadministrators":
            return self._administrators(params)
        if method == "getchat":
            return self._chat(params)
        return True

    def _message(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _int_or_none(params.get("chat_id")) or 0
        message: dict[str, Any] = {
            "message_id": _int_or_none(params.get("message_id")) or next(self._message_ids),
            "date": int(time.time()),
            "chat": _chat_object(chat_id, "private" if chat_id > 0 else "supergroup"),
        }
        if method == "sendphoto":
            message["photo"] = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
            message["caption"] = params.get("caption", "")
        else:
            message["text"] = params.get("text", "")
        if "message_thread_id" in params:
            message["message_thread_id"] = _int_or_none(params["message_thread_id"])
        return message

    def _member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._resolve_chat_id(params.get("chat_id"))
        user_id = _int_or_none(params.get("user_id")) or 0
        member = self.members.get((chat_id, user_id), Member("member"))
        return _member_object(user_id, member)

    def _administrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat_id = self._resolve_chat_id(params.get("chat_id"))
        return [
            _member_object(user_id, member)
            for (member_chat, user_id), member in self.members.items()
            if member_chat == chat_id and member.status in ("creator", "administrator")
        ]

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        key = params.get("chat_id")
        chat = self.chats.get(key) if isinstance(key, str) and key.startswith("@") else None
        if chat is None:
            chat = self.chats.get(_int_or_none(key) or 0)
        if chat is None:
            raise _ApiError("Bad Request: chat not found")
        gifts = dict.fromkeys(
            (
                "unlimited_gifts",
                "limited_gifts",
                "unique_gifts",
                "premium_subscription",
                "gifts_from_channels",
            ),
            False,
        )
        return {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gifts,
            **chat,
        }

    def _resolve_chat_id(self, key: Any) -> int:
        if isinstance(key, str) and key.startswith("@") and key in self.chats:
            return int(self.chats[key]["id"])
        return _int_or_none(key) or 0


class Conversation:
    """Play users against a bot polling the fake: send updates, wait for the answers."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake

    def _replies(self, chat_id: int) -> list[Call]:
        return [
            c
            for c in self.fake.calls
            if c.status == 200
            and c.method in ("sendmessage", "editmessagetext", "editmessagereplymarkup")
            and str(c.params.get("chat_id")) == str(chat_id)
        ]

    async def say(
        self, text: str, *, chat_id: int = 1001, expect: int = 1, **kw: Any
    ) -> list[Call]:
        """Send a message; return the `expect` calls the bot made in answer."""
        before = len(self._replies(chat_id))
        self.fake.send_text(text, chat_id=chat_id, **kw)
        await self.fake.wait_for(lambda f: len(self._replies(chat_id)) >= before + expect)
        return self._replies(chat_id)[before:]

    async def texts(self, text: str, **kw: Any) -> list[str]:
        return [str(c.params.get("text", "")) for c in await self.say(text, **kw)]

    async def press(
        self, data: str, *, chat_id: int = 1001, message_id: int = 1, **kw: Any
    ) -> Call:
        """Press an inline button; return the bot's answerCallbackQuery."""
        before = len(self.fake.sent("answerCallbackQuery"))
        self.fake.press_button(data, chat_id=chat_id, message_id=message_id, **kw)
        await self.fake.wait_for(lambda f: len(f.sent("answerCallbackQuery")) > before)
        return self.fake.sent("answerCallbackQuery")[-1]

    async def quiet(self, text: str, *, chat_id: int = 1001, **kw: Any) -> None:
        """Send something the bot answers without a message (or not at all) and let it settle."""
        update_id = self.fake.send_text(text, chat_id=chat_id, **kw)
        await self.settle(update_id)

    async def push(self, update: dict[str, Any]) -> None:
        await self.settle(self.fake.push_update(update))

    async def settle(self, update_id: int) -> None:
        # Updates are handled in line (handle_as_tasks=False), so a getUpdates asking for a
        # later offset means the handler has finished.
        def confirmed(f: FakeTelegram) -> bool:
            offsets = [
                int(c.params.get("offset") or 0) for c in f.calls if c.method == "getupdates"
            ]
            return bool(offsets) and max(offsets) > update_id

        await self.fake.wait_for(confirmed)


def buttons(call: Call) -> list[tuple[str, str]]:
    """(text, callback_data) of every inline button in a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


class _ApiError(Exception):
    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.payload = {"ok": False, "error_code": 400, "description": description}


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data: dict[str, Any] = await request.json()
        return data
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            params[key] = "<file>"
            continue
        params[key] = _maybe_json(value)
    return params


def _maybe_json(value: str) -> Any:
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _chat_object(chat_id: int, chat_type: str) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = f"User{chat_id}"
    else:
        chat["title"] = f"Chat {chat_id}"
        if chat_type == "supergroup":
            chat["is_forum"] = True
    return chat


def _member_object(user_id: int, member: Member) -> dict[str, Any]:
    user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": f"User{user_id}"}
    base: dict[str, Any] = {"status": member.status, "user": user}
    if member.status == "creator":
        base["is_anonymous"] = False
    if member.status == "administrator":
        base.update(
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=False,
            can_restrict_members=True,
            can_promote_members=False,
            can_change_info=True,
            can_invite_users=True,
            can_post_messages=member.can_post_messages,
            can_edit_messages=member.can_post_messages,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_send_welcome_messages=False,
        )
    if member.status == "kicked":
        base["until_date"] = 0
    return base


def _error(fault: Fault) -> tuple[int, dict[str, Any]]:
    if fault.kind == "429":
        return 429, {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {fault.retry_after}",
            "parameters": {"retry_after": fault.retry_after},
        }
    if fault.kind == "403":
        description = fault.description or "Forbidden: bot was blocked by the user"
        return 403, {"ok": False, "error_code": 403, "description": description}
    if fault.kind == "migrate":
        return 400, {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": fault.migrate_to},
        }
    if fault.kind == "500":
        return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
    description = fault.description or "Bad Request: message text is empty"
    return 400, {"ok": False, "error_code": 400, "description": description}
