"""Posting slots and quiet hours in a channel's own time zone. Pure functions, no I/O.

Every moment that enters or leaves is an aware datetime; local wall-clock times are turned
into real instants with zoneinfo, so daylight-saving jumps neither skip nor double a slot.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ALL_WEEKDAYS = 0b1111111
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# How far ahead "the next free slot" is looked for before giving up.
SEARCH_DAYS = 366


@dataclass(frozen=True)
class Slot:
    at: time
    weekdays: int = ALL_WEEKDAYS  # bit 0 = Monday

    def runs_on(self, day: date) -> bool:
        return bool(self.weekdays >> day.weekday() & 1)


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, local: time) -> bool:
        """Whether a local wall-clock time is quiet; a window may wrap past midnight."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


def parse_hhmm(raw: str) -> time:
    """'9:05' or '09:05' -> time; ValueError otherwise."""
    hours, sep, minutes = raw.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(raw)
    if len(hours) > 2 or int(hours) > 23 or int(minutes) > 59:
        raise ValueError(raw)
    return time(int(hours), int(minutes))


def hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The real instant of a wall-clock time; a time skipped by a DST jump moves forward."""
    # fold=0 maps a wall time inside a spring-forward gap with the old offset, which lands
    # after the gap, and an ambiguous autumn time to its first occurrence: one slot per day.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def occurrences(
    slots: Sequence[Slot], zone: ZoneInfo, after: datetime, until: datetime
) -> Iterator[datetime]:
    """Slot instants in (after, until], in order."""
    day = after.astimezone(zone).date() - timedelta(days=1)
    last_day = until.astimezone(zone).date() + timedelta(days=1)
    ordered = sorted(slots, key=lambda slot: slot.at)
    while day <= last_day:
        for slot in ordered:
            if not slot.runs_on(day):
                continue
            instant = local_instant(day, slot.at, zone)
            if after < instant <= until:
                yield instant
        day += timedelta(days=1)


def next_slot(
    slots: Sequence[Slot],
    zone: ZoneInfo,
    after: datetime,
    *,
    quiet: QuietHours | None = None,
    taken: Collection[datetime] = (),
    days: int = SEARCH_DAYS,
) -> datetime | None:
    """The first slot instant after a moment that is outside quiet hours and not taken."""
    if not slots:
        return None
    until = after + timedelta(days=days)
    for instant in occurrences(slots, zone, after, until):
        if quiet is not None and quiet.contains(instant.astimezone(zone).time()):
            continue
        if instant not in taken:
            return instant
    return None


def upcoming_free(
    slots: Sequence[Slot],
    zone: ZoneInfo,
    after: datetime,
    count: int,
    *,
    quiet: QuietHours | None = None,
    taken: Collection[datetime] = (),
) -> list[datetime]:
    """The next `count` free slot instants (for showing where queued items will go)."""
    out: list[datetime] = []
    used = set(taken)
    cursor = after
    while len(out) < count:
        found = next_slot(slots, zone, cursor, quiet=quiet, taken=used, days=31)
        if found is None:
            break
        out.append(found)
        cursor = found
    return out


def latest_occurrence(slot: Slot, zone: ZoneInfo, now: datetime) -> datetime | None:
    """The most recent instant of one slot at or before now (within a week)."""
    found = list(occurrences([slot], zone, now - timedelta(days=8), now))
    return found[-1] if found else None


@dataclass(frozen=True)
class Catchup:
    """What to do with slots missed while the bot was down."""

    post_late: datetime | None
    skipped: tuple[datetime, ...]


def missed_slots(
    slots: Sequence[Slot],
    zone: ZoneInfo,
    *,
    last_done: datetime | None,
    now: datetime,
    grace: timedelta,
    lookback: timedelta = timedelta(days=7),
) -> Catchup:
    """Slots between the last handled one and now: the newest is posted late once when inside
    the grace period; every other missed slot is skipped."""
    since = max(last_done, now - lookback) if last_done else now
    missed = list(occurrences(slots, zone, since, now))
    if missed and now - missed[-1] <= grace:
        return Catchup(missed[-1], tuple(missed[:-1]))
    return Catchup(None, tuple(missed))


def local_day_start(zone: ZoneInfo, now: datetime) -> datetime:
    """Midnight of the channel's current local day, as an instant."""
    return local_instant(now.astimezone(zone).date(), time(0, 0), zone)


def quiet_end_after(quiet: QuietHours, zone: ZoneInfo, now: datetime) -> datetime:
    """When quiet hours that contain `now` end."""
    local = now.astimezone(zone)
    end_day = local.date()
    if quiet.start > quiet.end and local.time() >= quiet.start:
        end_day += timedelta(days=1)
    return local_instant(end_day, quiet.end, zone)


def weekdays_mask(raw: str) -> int:
    """'mon-fri', 'sat,sun', 'daily' -> bit mask; ValueError naming the bad part."""
    text = raw.strip().lower()
    if text in ("", "daily", "all"):
        return ALL_WEEKDAYS
    mask = 0
    for part in text.split(","):
        first, dash, last = part.strip().partition("-")
        if first not in WEEKDAY_NAMES or (dash and last not in WEEKDAY_NAMES):
            raise ValueError(part.strip())
        start = WEEKDAY_NAMES.index(first)
        stop = WEEKDAY_NAMES.index(last) if dash else start
        for offset in range((stop - start) % 7 + 1):
            mask |= 1 << (start + offset) % 7
    return mask


def weekdays_text(mask: int) -> str:
    if mask == ALL_WEEKDAYS:
        return "daily"
    return ",".join(name for index, name in enumerate(WEEKDAY_NAMES) if mask >> index & 1)
