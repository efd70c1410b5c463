"""Channel admins: connect channels, set rules and slots, see and edit the queue, post."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from aiogram import F, Router
from aiogram.enums import ChatType, ParseMode
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    CallbackQuery,
    ChatAdministratorRights,
    ChatMemberAdministrator,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    KeyboardButtonRequestChat,
    Message,
    MessageOriginChannel,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.channels import service
from bot.channels.commands import parse_channel_command, parse_ref, split_button
from bot.channels.posting import channel_name, channel_ref, send_content
from bot.channels.runtime import ChannelRuntime
from bot.channels.texts import language_of
from bot.channels.timetable import weekdays_text
from bot.errors import ChannelError
from storage.models import Channel

CONNECT_REQUEST_ID = 5001
QUEUE_BUTTONS = 10
PRIVATE = F.chat.type == ChatType.PRIVATE


class QueueAction(CallbackData, prefix="chq"):
    action: str  # p preview, n now, m move, r remove
    post: int


class MoveTo(CallbackData, prefix="chm"):
    post: int
    at: int  # UTC seconds; 0 = next free slot


class ToChannel(CallbackData, prefix="chs"):
    article: int
    chat: int = 0


def to_channel_button(article_id: int, lang: str, rt: ChannelRuntime) -> InlineKeyboardButton:
    """The "To channel" button for pushed article messages (delivery adds it to its keyboard)."""
    return InlineKeyboardButton(
        text=rt.t(lang, "channels.to_channel"), callback_data=ToChannel(article=article_id).pack()
    )


def _lang(user_language: str | None, lang: str | None) -> str:
    return lang or language_of(user_language)


@asynccontextmanager
async def _replying(message: Message, rt: ChannelRuntime, lang: str) -> AsyncIterator[None]:
    """Turn a refused channel action into the precise message for the user."""
    try:
        yield
    except ChannelError as exc:
        await message.answer(rt.t(lang, exc.key, **exc.params), parse_mode=ParseMode.HTML)


async def _toast(query: CallbackQuery, text: str, *, alert: bool = False) -> None:
    # Callback answers are plain text: the catalogue's HTML escapes are undone.
    await query.answer(html.unescape(text), show_alert=alert)


def _now(rt: ChannelRuntime) -> datetime:
    return rt.clock().astimezone(UTC)


def _rights(*, post: bool) -> ChatAdministratorRights:
    return ChatAdministratorRights(
        is_anonymous=False,
        can_manage_chat=False,
        can_delete_messages=False,
        can_manage_video_chats=False,
        can_restrict_members=False,
        can_promote_members=False,
        can_change_info=False,
        can_invite_users=False,
        can_post_stories=False,
        can_edit_stories=False,
        can_delete_stories=False,
        can_send_welcome_messages=False,
        can_post_messages=post,
    )


def connect_button(lang: str, rt: ChannelRuntime) -> KeyboardButton:
    """The "Connect a channel" button: Telegram's chat picker, limited to channels the user
    administers and where the bot may post (the UI may add it to its main keyboard)."""
    return KeyboardButton(
        text=rt.t(lang, "channels.connect_button"),
        request_chat=KeyboardButtonRequestChat(
            request_id=CONNECT_REQUEST_ID,
            chat_is_channel=True,
            bot_administrator_rights=_rights(post=True),
            user_administrator_rights=_rights(post=False),
        ),
    )


def _connect_keyboard(rt: ChannelRuntime, lang: str) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        keyboard=[[connect_button(lang, rt)]], resize_keyboard=True, one_time_keyboard=True
    )


async def _connect(message: Message, rt: ChannelRuntime, lang: str, raw: str | int) -> None:
    assert message.from_user is not None
    async with _replying(message, rt, lang):
        ref = parse_ref(raw) if isinstance(raw, str) else raw
        channel = await service.connect_channel(
            rt, user_id=message.from_user.id, ref=ref, lang=lang, now=_now(rt)
        )
        await message.answer(
            rt.t(
                lang,
                "channels.connected",
                channel=channel_name(channel),
                ref=channel_ref(channel),
                mode=rt.t(lang, f"channels.mode_{channel.mode}"),
            ),
            parse_mode=ParseMode.HTML,
            reply_markup=ReplyKeyboardRemove(),
        )


async def cmd_connect(
    message: Message,
    command: CommandObject,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """/connect @channel, or the chat-picker keyboard when no channel is named."""
    ui = _lang(message.from_user.language_code if message.from_user else None, lang)
    if not command.args:
        await message.answer(
            channel_runtime.t(ui, "channels.connect_prompt"),
            reply_markup=_connect_keyboard(channel_runtime, ui),
        )
        return
    await _connect(message, channel_runtime, ui, command.args.split()[0])


async def on_chat_shared(
    message: Message, channel_runtime: ChannelRuntime, lang: str | None = None
) -> None:
    """A channel picked with the "Connect a channel" button."""
    assert message.chat_shared is not None
    ui = _lang(message.from_user.language_code if message.from_user else None, lang)
    await _connect(message, channel_runtime, ui, message.chat_shared.chat_id)


async def on_forwarded_post(
    message: Message, channel_runtime: ChannelRuntime, lang: str | None = None
) -> None:
    """A post forwarded from a channel connects that channel."""
    origin = message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    ui = _lang(message.from_user.language_code if message.from_user else None, lang)
    await _connect(message, channel_runtime, ui, origin.chat.id)


def _state(rt: ChannelRuntime, lang: str, channel: Channel) -> str:
    if not channel.paused:
        return rt.t(lang, "channels.state_active")
    reason = rt.t(lang, f"channels.reason_{channel.pause_reason or 'manual'}")
    return rt.t(lang, "channels.state_paused", reason=reason)


async def cmd_channels(
    message: Message, channel_runtime: ChannelRuntime, lang: str | None = None
) -> None:
    """/channels: the user's channels with their state."""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    states = await service.my_channels(rt, user_id=message.from_user.id, lang=ui, now=_now(rt))
    if not states:
        await message.answer(rt.t(ui, "channels.no_channels"), parse_mode=ParseMode.HTML)
        return
    lines = [rt.t(ui, "channels.channels_header")] + [
        rt.t(
            ui,
            "channels.channel_line",
            channel=channel_name(s.channel),
            queued=s.queued,
            state=_state(rt, ui, s.channel),
            mode=rt.t(ui, f"channels.mode_{s.channel.mode}"),
        )
        for s in states
    ]
    await message.answer("\n".join(lines), parse_mode=ParseMode.HTML)


async def _settings_text(rt: ChannelRuntime, lang: str, channel: Channel) -> str:
    slots = await rt.repo.channels.slots(channel.chat_id)
    none, any_ = rt.t(lang, "channels.none"), rt.t(lang, "channels.any")
    words = [f"+{w}" for w in channel.include_words] + [f"-{w}" for w in channel.exclude_words]
    return rt.t(
        lang,
        "channels.settings",
        channel=channel_name(channel),
        state=_state(rt, lang, channel),
        mode=rt.t(lang, f"channels.mode_{channel.mode}"),
        categories=", ".join(channel.categories) or any_,
        keywords=html.escape(" ".join(words)) or none,
        languages=", ".join(channel.languages) or any_,
        cities=html.escape(", ".join(channel.cities)) or any_,
        max=channel.max_per_day,
        slots=", ".join(
            s.time + ("" if s.weekdays == 127 else f" ({weekdays_text(s.weekdays)})") for s in slots
        )
        or none,
        quiet=f"{channel.quiet_start}–{channel.quiet_end}" if channel.quiet_start else none,
        timezone=channel.timezone,
        language=channel.language,
        reminders=rt.t(lang, "channels.on" if channel.reminders else "channels.off"),
    )


async def cmd_channel(
    message: Message,
    command: CommandObject,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """/channel @name [setting value]: show or change one setting."""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        parsed = parse_channel_command(command.args or "")
        channel = await service.authorize(
            rt, user_id=message.from_user.id, ref=parsed.ref, lang=ui, now=_now(rt)
        )
        if parsed.setting is None:
            await message.answer(await _settings_text(rt, ui, channel), parse_mode=ParseMode.HTML)
            return
        key = await service.apply_setting(rt, channel, parsed, now=_now(rt))
        await message.answer(
            rt.t(
                ui,
                key,
                channel=channel_name(channel),
                ref=channel_ref(channel),
                setting=parsed.setting,
            ),
            parse_mode=ParseMode.HTML,
        )


def _queue_keyboard(
    rt: ChannelRuntime, lang: str, items: list[service.QueueItem]
) -> InlineKeyboardMarkup | None:
    rows = []
    for number, item in enumerate(items[:QUEUE_BUTTONS], start=1):
        rows.append(
            [
                InlineKeyboardButton(
                    text=f"{number}. {rt.t(lang, f'channels.btn_{name}')}",
                    callback_data=QueueAction(action=code, post=item.post.id).pack(),
                )
                for code, name in (("p", "preview"), ("n", "now"), ("m", "move"), ("r", "remove"))
            ]
        )
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def cmd_queue(
    message: Message,
    command: CommandObject,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """/queue @channel: upcoming posts with preview / post now / move / remove buttons."""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        if not command.args:
            raise ChannelError("channels.queue_usage")
        channel = await service.authorize(
            rt,
            user_id=message.from_user.id,
            ref=parse_ref(command.args.split()[0]),
            lang=ui,
            now=_now(rt),
        )
        items = await service.queue_view(rt, channel, now=_now(rt), lang=ui)
        if not items:
            await message.answer(
                rt.t(ui, "channels.queue_empty", channel=channel_name(channel)),
                parse_mode=ParseMode.HTML,
            )
            return
        lines = [rt.t(ui, "channels.queue_header", channel=channel_name(channel))] + [
            rt.t(
                ui,
                "channels.queue_line",
                number=number,
                title=item.title,
                when=service.local_text(channel, item.when)
                if item.when
                else rt.t(ui, "channels.queue_unslotted"),
            )
            for number, item in enumerate(items, start=1)
        ]
        await message.answer(
            "\n".join(lines),
            parse_mode=ParseMode.HTML,
            reply_markup=_queue_keyboard(rt, ui, items),
        )


async def on_queue_action(
    query: CallbackQuery,
    callback_data: QueueAction,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """Queue buttons: preview, post now, move, remove."""
    rt, ui = channel_runtime, _lang(query.from_user.language_code, lang)
    user, post_id, now = query.from_user.id, callback_data.post, _now(rt)
    try:
        if callback_data.action == "p":
            content = await service.preview_post(
                rt, user_id=user, post_id=post_id, lang=ui, now=now
            )
            await send_content(rt.bot, user, content)
            await query.answer()
        elif callback_data.action == "n":
            channel, _ = await service.post_now(rt, user_id=user, post_id=post_id, lang=ui, now=now)
            await _toast(query, rt.t(ui, "channels.posted_now", channel=channel_name(channel)))
        elif callback_data.action == "r":
            channel = await service.remove_post(rt, user_id=user, post_id=post_id, lang=ui, now=now)
            await _toast(query, rt.t(ui, "channels.removed", channel=channel_name(channel)))
        else:
            await _offer_times(query, rt, ui, post_id)
    except ChannelError as exc:
        await _toast(query, rt.t(ui, exc.key, **exc.params), alert=True)


async def _offer_times(query: CallbackQuery, rt: ChannelRuntime, lang: str, post_id: int) -> None:
    channel, _ = await service.owned_post(
        rt, user_id=query.from_user.id, post_id=post_id, lang=lang, now=_now(rt)
    )
    times = await service.next_free_times(rt, channel, now=_now(rt))
    rows = [
        [
            InlineKeyboardButton(
                text=service.local_text(channel, moment),
                callback_data=MoveTo(post=post_id, at=int(moment.timestamp())).pack(),
            )
        ]
        for moment in times
    ]
    await query.answer()
    await rt.bot.send_message(
        query.from_user.id,
        rt.t(lang, "channels.move_prompt", post=post_id),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows) if rows else None,
    )


async def on_move_to(
    query: CallbackQuery,
    callback_data: MoveTo,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """A time picked from the "move" offer."""
    rt, ui = channel_runtime, _lang(query.from_user.language_code, lang)
    when = datetime.fromtimestamp(callback_data.at, UTC) if callback_data.at else "next"
    try:
        channel, moment = await service.move_post(
            rt,
            user_id=query.from_user.id,
            post_id=callback_data.post,
            when_text=when,
            lang=ui,
            now=_now(rt),
        )
    except ChannelError as exc:
        await _toast(query, rt.t(ui, exc.key, **exc.params), alert=True)
        return
    await _toast(query, rt.t(ui, "channels.moved", when=service.local_text(channel, moment)))


async def cmd_move(
    message: Message,
    command: CommandObject,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """/move POST_ID HH:MM|YYYY-MM-DD HH:MM|next"""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        post_text, _, when = (command.args or "").strip().partition(" ")
        if not post_text.isdigit():
            raise ChannelError("channels.move_usage")
        channel, moment = await service.move_post(
            rt,
            user_id=message.from_user.id,
            post_id=int(post_text),
            when_text=when or "next",
            lang=ui,
            now=_now(rt),
        )
        await message.answer(
            rt.t(ui, "channels.moved", when=service.local_text(channel, moment)),
            parse_mode=ParseMode.HTML,
        )


def _scheduled(rt: ChannelRuntime, lang: str, channel: Channel, moment: datetime) -> str:
    return rt.t(
        lang,
        "channels.scheduled",
        channel=channel_name(channel),
        when=service.local_text(channel, moment),
    )


async def cmd_schedule(
    message: Message,
    command: CommandObject,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """/schedule ARTICLE [@channel] [HH:MM|YYYY-MM-DD HH:MM|next]"""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        parts = (command.args or "").split()
        if not parts:
            raise ChannelError("channels.schedule_usage")
        has_ref = len(parts) > 1 and (parts[1].startswith("@") or parts[1].lstrip("-").isdigit())
        channel, moment = await service.schedule_article(
            rt,
            user_id=message.from_user.id,
            article_ref=parts[0],
            channel=parse_ref(parts[1]) if has_ref else None,
            when_text=" ".join(parts[2 if has_ref else 1 :]) or "next",
            lang=ui,
            now=_now(rt),
        )
        await message.answer(_scheduled(rt, ui, channel, moment), parse_mode=ParseMode.HTML)


async def on_to_channel(
    query: CallbackQuery,
    callback_data: ToChannel,
    channel_runtime: ChannelRuntime,
    lang: str | None = None,
) -> None:
    """The "To channel" button on a pushed article: next free slot of the chosen channel."""
    rt, ui = channel_runtime, _lang(query.from_user.language_code, lang)
    user, article = query.from_user.id, callback_data.article
    try:
        channel, moment = await service.schedule_article(
            rt,
            user_id=user,
            article_ref=str(article),
            channel=callback_data.chat or None,
            when_text="next",
            lang=ui,
            now=_now(rt),
        )
    except ChannelError as exc:
        if exc.key == "channels.pick_channel":
            await _offer_channels(query, rt, ui, article)
        else:
            await _toast(query, rt.t(ui, exc.key, **exc.params), alert=True)
        return
    await _toast(query, _scheduled(rt, ui, channel, moment))


async def _offer_channels(
    query: CallbackQuery, rt: ChannelRuntime, lang: str, article: int
) -> None:
    rows = [
        [
            InlineKeyboardButton(
                text=channel_ref(channel),
                callback_data=ToChannel(article=article, chat=channel.chat_id).pack(),
            )
        ]
        for channel in await rt.repo.channels.of_admin(query.from_user.id)
    ]
    await query.answer()
    await rt.bot.send_message(
        query.from_user.id,
        rt.t(lang, "channels.pick_channel_buttons"),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows),
    )


def _body(message: Message) -> str:
    """The post text: the lines after the command, or the message replied to (HTML kept)."""
    _, _, rest = message.html_text.partition("\n")
    if rest.strip():
        return rest
    reply = message.reply_to_message
    return reply.html_text if reply is not None and (reply.text or reply.caption) else ""


async def cmd_post(
    message: Message, channel_runtime: ChannelRuntime, lang: str | None = None
) -> None:
    """/post @channel WHEN, then the text (or as a reply); a last 'button: URL' line adds a
    URL button."""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        head = (message.text or "").split("\n", 1)[0].split()
        if len(head) < 2:
            raise ChannelError("channels.post_usage")
        text, button = split_button(_body(message))
        channel, moment, _ = await service.schedule_custom(
            rt,
            user_id=message.from_user.id,
            channel=parse_ref(head[1]),
            when_text=" ".join(head[2:]) or "next",
            raw_html=text,
            button=button,
            lang=ui,
            now=_now(rt),
        )
        await message.answer(_scheduled(rt, ui, channel, moment), parse_mode=ParseMode.HTML)


async def cmd_edit(
    message: Message, channel_runtime: ChannelRuntime, lang: str | None = None
) -> None:
    """/edit POST_ID, then the new text (or as a reply)."""
    assert message.from_user is not None
    rt, ui = channel_runtime, _lang(message.from_user.language_code, lang)
    async with _replying(message, rt, ui):
        head = (message.text or "").split("\n", 1)[0].split()
        if len(head) < 2 or not head[1].isdigit():
            raise ChannelError("channels.edit_usage")
        await service.edit_custom(
            rt,
            user_id=message.from_user.id,
            post_id=int(head[1]),
            raw_html=_body(message),
            lang=ui,
            now=_now(rt),
        )
        await message.answer(rt.t(ui, "channels.edited", post=head[1]), parse_mode=ParseMode.HTML)


async def on_my_chat_member(update: ChatMemberUpdated, channel_runtime: ChannelRuntime) -> None:
    """The bot's rights in a channel changed: pause or resume posting there."""
    member = update.new_chat_member
    can_post = isinstance(member, ChatMemberAdministrator) and bool(member.can_post_messages)
    await service.on_bot_status(
        channel_runtime,
        chat_id=update.chat.id,
        member_status=member.status,
        can_post=can_post,
        now=_now(channel_runtime),
    )


def build_channels_router() -> Router:
    """Every channel-admin handler on one router (private chats; my_chat_member of channels)."""
    router = Router(name="channels")
    router.message.register(cmd_connect, Command("connect"), PRIVATE)
    router.message.register(on_chat_shared, F.chat_shared.request_id == CONNECT_REQUEST_ID)
    router.message.register(on_forwarded_post, PRIVATE, F.forward_origin.type == "channel")
    router.message.register(cmd_channels, Command("channels"), PRIVATE)
    router.message.register(cmd_channel, Command("channel"), PRIVATE)
    router.message.register(cmd_queue, Command("queue"), PRIVATE)
    router.message.register(cmd_move, Command("move"), PRIVATE)
    router.message.register(cmd_schedule, Command("schedule"), PRIVATE)
    router.message.register(cmd_post, Command("post"), PRIVATE)
    router.message.register(cmd_edit, Command("edit"), PRIVATE)
    router.callback_query.register(on_queue_action, QueueAction.filter())
    router.callback_query.register(on_move_to, MoveTo.filter())
    router.callback_query.register(on_to_channel, ToChannel.filter())
    router.my_chat_member.register(on_my_chat_member, F.chat.type == ChatType.CHANNEL)
    return router
