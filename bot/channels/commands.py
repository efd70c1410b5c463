"""Parsing what channel admins type. Pure functions; errors name the value and what is accepted."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.channels.texts import LANGUAGES
from bot.channels.timetable import QuietHours, Slot, local_instant, parse_hhmm, weekdays_mask
from bot.errors import ChannelInputError
from bot.news import CATEGORIES

SETTINGS = (
    "categories",
    "keywords",
    "cities",
    "languages",
    "mode",
    "slots",
    "quiet",
    "timezone",
    "max",
    "reminders",
    "language",
    "pause",
    "resume",
    "disconnect",
)
MODES = ("instant", "timetable")
MAX_PER_DAY = 100
_CLEAR = ("all", "any", "clear", "off", "-")
_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")
_LINK = re.compile(r"(?:https?://)?(?:t\.me|telegram\.me)/([A-Za-z][A-Za-z0-9_]{3,31})/?")
_ACCEPTED = {
    "categories": ", ".join(CATEGORIES) + " (all)",
    "keywords": "+word -word (clear)",
    "cities": "City,City (all)",
    "languages": ", ".join(LANGUAGES) + " (all)",
    "mode": " | ".join(MODES),
    "slots": "HH:MM,HH:MM [mon-fri | sat,sun | daily] (off)",
    "quiet": "HH:MM-HH:MM (off)",
    "timezone": "IANA name, e.g. Asia/Almaty",
    "max": f"1–{MAX_PER_DAY}",
    "reminders": "on | off",
    "language": " | ".join(LANGUAGES),
}

ChannelRef = str | int
SettingValue = (
    tuple[str, ...]
    | tuple[tuple[str, ...], tuple[str, ...]]
    | tuple[Slot, ...]
    | QuietHours
    | str
    | int
    | bool
    | None
)


@dataclass(frozen=True)
class ChannelCommand:
    ref: ChannelRef
    setting: str | None  # None: show the settings
    value: SettingValue = None


def parse_ref(raw: str) -> ChannelRef:
    """'@name', 'name', a t.me link or a numeric id -> '@name' or the id."""
    text = raw.strip()
    if re.fullmatch(r"-?\d{5,20}", text):
        return int(text)
    link = _LINK.fullmatch(text)
    name = link or _USERNAME.fullmatch(text)
    if name is None:
        raise ChannelInputError("channels.bad_channel_ref", value=html.escape(text))
    return "@" + name.group(1)


def ref_text(ref: ChannelRef) -> str:
    return str(ref)


def parse_channel_command(args: str) -> ChannelCommand:
    """Arguments of /channel: '@name [setting value...]'."""
    parts = args.split(maxsplit=2)
    if not parts:
        raise ChannelInputError("channels.channel_usage")
    ref = parse_ref(parts[0])
    if len(parts) == 1:
        return ChannelCommand(ref, None)
    setting = parts[1].lower()
    if setting not in SETTINGS:
        raise ChannelInputError(
            "channels.unknown_setting", value=html.escape(parts[1]), accepted=", ".join(SETTINGS)
        )
    raw = parts[2].strip() if len(parts) > 2 else ""
    if setting in ("pause", "resume", "disconnect"):
        return ChannelCommand(ref, setting)
    if not raw:
        raise ChannelInputError(
            "channels.missing_value", setting=setting, accepted=_ACCEPTED[setting]
        )
    return ChannelCommand(ref, setting, _PARSERS[setting](raw))


def _bad(setting: str, value: str) -> ChannelInputError:
    return ChannelInputError(
        "channels.bad_value",
        setting=setting,
        value=html.escape(value),
        accepted=html.escape(_ACCEPTED[setting]),
    )


def _items(raw: str) -> list[str]:
    return [item.strip() for item in re.split(r"[,;]", raw) if item.strip()]


def _categories(raw: str) -> tuple[str, ...]:
    if raw.lower() in _CLEAR:
        return ()
    items = [item.lower() for item in _items(raw)]
    for item in items:
        if item not in CATEGORIES:
            raise _bad("categories", item)
    return tuple(dict.fromkeys(items))


def _keywords(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if raw.lower() in ("clear", "off"):
        return (), ()
    include: list[str] = []
    exclude: list[str] = []
    for word in raw.split():
        target = exclude if word.startswith("-") else include
        bare = word.lstrip("+-").strip()
        if not bare or not re.fullmatch(r"\w[\w'’-]*", bare):
            raise _bad("keywords", word)
        target.append(bare.lower())
    return tuple(dict.fromkeys(include)), tuple(dict.fromkeys(exclude))


def _cities(raw: str) -> tuple[str, ...]:
    if raw.lower() in _CLEAR:
        return ()
    items = _items(raw)
    for item in items:
        if len(item) > 64 or not re.fullmatch(r"[\w .’'-]+", item):
            raise _bad("cities", item)
    return tuple(dict.fromkeys(items))


def _languages(raw: str) -> tuple[str, ...]:
    if raw.lower() in _CLEAR:
        return ()
    items = [item.lower() for item in _items(raw)]
    for item in items:
        if item not in LANGUAGES:
            raise _bad("languages", item)
    return tuple(dict.fromkeys(items))


def _choice(setting: str, choices: tuple[str, ...]) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.lower()
        if value not in choices:
            raise _bad(setting, raw)
        return value

    return parse


def parse_slots(raw: str) -> tuple[Slot, ...]:
    """'10:00,14:00 mon-fri' -> slots; 'off' -> none."""
    if raw.lower() in _CLEAR:
        return ()
    tokens = [token for token in re.split(r"[\s,;]+", raw.strip()) if token]
    times = [token for token in tokens if any(char.isdigit() for char in token)]
    days = ",".join(token for token in tokens if token not in times)
    try:
        mask = weekdays_mask(days)
    except ValueError as exc:
        raise _bad("slots", str(exc)) from None
    slots: dict[time, Slot] = {}
    for item in times:
        try:
            moment = parse_hhmm(item)
        except ValueError:
            raise _bad("slots", item) from None
        slots[moment] = Slot(moment, mask)
    if not slots or len(slots) > 24:
        raise _bad("slots", raw)
    return tuple(sorted(slots.values(), key=lambda slot: slot.at))


def parse_quiet(raw: str) -> QuietHours | None:
    """'23:00-08:00' -> quiet hours; 'off' -> None."""
    if raw.lower() in _CLEAR:
        return None
    start, dash, end = raw.replace("–", "-").partition("-")
    try:
        if not dash:
            raise ValueError(raw)
        quiet = QuietHours(parse_hhmm(start), parse_hhmm(end))
    except ValueError:
        raise _bad("quiet", raw) from None
    if quiet.start == quiet.end:
        raise _bad("quiet", raw)
    return quiet


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad("timezone", raw) from None
    return raw


def _max(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PER_DAY:
        raise _bad("max", raw)
    return int(raw)


def _on_off(raw: str) -> bool:
    value = raw.lower()
    if value not in ("on", "off"):
        raise _bad("reminders", raw)
    return value == "on"


_PARSERS: dict[str, Callable[[str], SettingValue]] = {
    "categories": _categories,
    "keywords": _keywords,
    "cities": _cities,
    "languages": _languages,
    "mode": _choice("mode", MODES),
    "slots": parse_slots,
    "quiet": parse_quiet,
    "timezone": _timezone,
    "max": _max,
    "reminders": _on_off,
    "language": _choice("language", LANGUAGES),
}


def parse_when(raw: str, zone: ZoneInfo, now: datetime) -> datetime | None:
    """'next' -> None (next free slot); 'HH:MM' -> its next occurrence in the channel's zone;
    'YYYY-MM-DD HH:MM' -> that local moment, which must be in the future."""
    text = raw.strip()
    if text.lower() in ("", "next"):
        return None
    day_part, _, time_part = text.rpartition(" ")
    try:
        moment = parse_hhmm(time_part)
        if not day_part:
            today = now.astimezone(zone).date()
            instant = local_instant(today, moment, zone)
            return (
                instant if instant > now else local_instant(today + timedelta(days=1), moment, zone)
            )
        day = date.fromisoformat(day_part.strip())
    except ValueError:
        raise ChannelInputError("channels.bad_when", value=html.escape(text)) from None
    instant = local_instant(day, moment, zone)
    if instant <= now:
        raise ChannelInputError("channels.time_in_past", when=html.escape(text))
    return instant


def split_button(text: str) -> tuple[str, str | None]:
    """A last line 'button: URL' becomes the post's URL button."""
    body, _, last = text.rstrip().rpartition("\n")
    match = re.fullmatch(r"\s*(?:button|кнопка|түйме)\s*:\s*(\S+)\s*", last, re.IGNORECASE)
    if body and match:
        return body.rstrip(), match.group(1)
    return text, None
