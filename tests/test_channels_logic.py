"""Pure channel logic: timetable, quiet hours, rules, queue order, command parsing, HTML."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.channels.commands import (
    parse_channel_command,
    parse_quiet,
    parse_ref,
    parse_slots,
    parse_when,
    split_button,
)
from bot.channels.queue import ordered
from bot.channels.rules import matches
from bot.channels.sanitize import sanitize, visible_length
from bot.channels.texts import CATALOGUE, language_of, t
from bot.channels.timetable import (
    QuietHours,
    Slot,
    missed_slots,
    next_slot,
    occurrences,
    quiet_end_after,
    upcoming_free,
    weekdays_mask,
)
from bot.errors import ChannelInputError
from storage.models import Article, Channel, PremiereFacts, QueueEntry

ALMATY = ZoneInfo("Asia/Almaty")
BERLIN = ZoneInfo("Europe/Berlin")
DAY = [Slot(time(10)), Slot(time(14)), Slot(time(19))]


def local(
    zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def test_next_slot_walks_across_the_day_and_into_tomorrow() -> None:
    start = local(ALMATY, 2026, 11, 23, 8, 0)
    assert next_slot(DAY, ALMATY, start) == local(ALMATY, 2026, 11, 23, 10, 0)
    assert next_slot(DAY, ALMATY, local(ALMATY, 2026, 11, 23, 10, 0)) == local(
        ALMATY, 2026, 11, 23, 14, 0
    ), "a slot exactly now is not 'next'"
    assert next_slot(DAY, ALMATY, local(ALMATY, 2026, 11, 23, 19, 1)) == local(
        ALMATY, 2026, 11, 24, 10, 0
    )
    taken = {local(ALMATY, 2026, 11, 23, 10, 0), local(ALMATY, 2026, 11, 23, 14, 0)}
    assert next_slot(DAY, ALMATY, start, taken=taken) == local(ALMATY, 2026, 11, 23, 19, 0)
    assert next_slot([], ALMATY, start) is None


def test_weekday_slots_skip_other_days() -> None:
    weekend = [Slot(time(12), weekdays_mask("sat,sun"))]
    friday = local(ALMATY, 2026, 11, 27, 13, 0)  # a Friday
    assert next_slot(weekend, ALMATY, friday) == local(ALMATY, 2026, 11, 28, 12, 0)
    assert weekdays_mask("mon-fri") == 0b0011111
    assert weekdays_mask("sat-mon") == 0b1100001
    with pytest.raises(ValueError, match="funday"):
        weekdays_mask("mon,funday")


def test_quiet_hours_wrap_midnight_and_hide_slots() -> None:
    quiet = QuietHours(time(23), time(8))
    assert quiet.contains(time(23, 30)) and quiet.contains(time(2)) and quiet.contains(time(7, 59))
    assert not quiet.contains(time(8)) and not quiet.contains(time(22, 59))
    slots = [Slot(time(7)), Slot(time(9)), Slot(time(23, 30))]
    after = local(ALMATY, 2026, 11, 23, 22, 0)
    assert next_slot(slots, ALMATY, after, quiet=quiet) == local(ALMATY, 2026, 11, 24, 9, 0)
    assert quiet_end_after(quiet, ALMATY, local(ALMATY, 2026, 11, 23, 23, 10)) == local(
        ALMATY, 2026, 11, 24, 8, 0
    )
    assert quiet_end_after(quiet, ALMATY, local(ALMATY, 2026, 11, 24, 3, 0)) == local(
        ALMATY, 2026, 11, 24, 8, 0
    )
    daytime = QuietHours(time(13), time(15))
    assert daytime.contains(time(14)) and not daytime.contains(time(15))


def test_dst_neither_skips_nor_doubles_a_slot() -> None:
    # Europe/Berlin springs forward on 2026-03-29 (02:00 -> 03:00) and falls back on 2026-10-25.
    night = [Slot(time(2, 30))]
    spring = list(
        occurrences(night, BERLIN, local(BERLIN, 2026, 3, 28, 0, 0), local(BERLIN, 2026, 3, 31, 0))
    )
    assert len(spring) == 3, "one slot per day even on the day 02:30 does not exist"
    assert spring[1].astimezone(BERLIN).hour == 3
    autumn = list(
        occurrences(night, BERLIN, local(BERLIN, 2026, 10, 24, 0), local(BERLIN, 2026, 10, 27, 0))
    )
    assert len(autumn) == 3, "the repeated hour does not post twice"
    ten = list(
        occurrences(
            [Slot(time(10))], BERLIN, local(BERLIN, 2026, 3, 28, 0), local(BERLIN, 2026, 3, 30, 0)
        )
    )
    assert [moment.astimezone(UTC).hour for moment in ten] == [9, 8], "10:00 local both days"


def test_missed_slots_grace() -> None:
    grace = timedelta(minutes=30)
    last = local(ALMATY, 2026, 11, 23, 9, 0)
    inside = missed_slots(
        DAY, ALMATY, last_done=last, now=local(ALMATY, 2026, 11, 23, 10, 20), grace=grace
    )
    assert inside.post_late == local(ALMATY, 2026, 11, 23, 10, 0) and inside.skipped == ()
    outside = missed_slots(
        DAY, ALMATY, last_done=last, now=local(ALMATY, 2026, 11, 23, 15, 0), grace=grace
    )
    assert outside.post_late is None
    assert outside.skipped == (local(ALMATY, 2026, 11, 23, 10), local(ALMATY, 2026, 11, 23, 14))
    both = missed_slots(
        DAY, ALMATY, last_done=last, now=local(ALMATY, 2026, 11, 23, 14, 5), grace=grace
    )
    assert both.post_late == local(ALMATY, 2026, 11, 23, 14) and len(both.skipped) == 1
    done = missed_slots(
        DAY,
        ALMATY,
        last_done=local(ALMATY, 2026, 11, 23, 10),
        now=local(ALMATY, 2026, 11, 23, 10, 5),
        grace=grace,
    )
    assert done.post_late is None and done.skipped == (), "a handled slot is not missed"


def test_upcoming_free_slots() -> None:
    start = local(ALMATY, 2026, 11, 23, 11, 0)
    free = upcoming_free(DAY, ALMATY, start, 4, taken={local(ALMATY, 2026, 11, 23, 14)})
    assert [moment.astimezone(ALMATY).strftime("%d %H") for moment in free] == [
        "23 19",
        "24 10",
        "24 14",
        "24 19",
    ]


def _channel(**changes: object) -> Channel:
    base = Channel(
        chat_id=-1,
        username="c",
        title="C",
        timezone="Asia/Almaty",
        mode="timetable",
        categories=("premiere", "festival"),
        include_words=(),
        exclude_words=(),
        languages=(),
        cities=(),
        max_per_day=10,
        quiet_start=None,
        quiet_end=None,
        paused=False,
        pause_reason=None,
        reminders=False,
        language="ru",
        last_slot_at=None,
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def _article(**changes: object) -> Article:
    base = Article(
        id=1,
        feed_id=None,
        uid="u",
        url="https://x.kz/1",
        title="Премьера фильма «Дала»",
        published_at=None,
        fetched_at=datetime(2026, 11, 23, tzinfo=UTC),
        text="В Алматы покажут новый казахстанский фильм о степи и ёлках.",
        description="",
        image_url=None,
        fingerprint="f",
        duplicate_of=None,
        language="ru",
        is_cinema=True,
        categories=("premiere",),
        premiere=PremiereFacts(("Дала",), None, "Алматы", None),
        summary="",
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def test_rules_categories_languages_cities() -> None:
    article = _article()
    assert matches(_channel(), article)
    assert not matches(_channel(categories=("awards",)), article)
    assert matches(_channel(categories=()), article), "no categories chosen: any cinema news"
    assert not matches(_channel(languages=("kk",)), article)
    assert matches(_channel(cities=("алматы",)), article), "city names compare without case"
    assert not matches(_channel(cities=("Астана",)), article)
    no_city = _article(premiere=None)
    assert matches(_channel(cities=("Астана",)), no_city), "news without a city passes"
    assert not matches(_channel(), _article(is_cinema=False))
    assert not matches(_channel(), _article(duplicate_of=7))


def test_rules_keywords_on_stemmed_text() -> None:
    article = _article()
    assert matches(_channel(include_words=("фильмы",)), article), "фильмы ~ фильм"
    assert matches(_channel(include_words=("елка",)), article), "ё folded to е"
    assert matches(_channel(include_words=("казахстанское", "комедия")), article)
    assert not matches(_channel(include_words=("комедия",)), article)
    assert not matches(_channel(exclude_words=("степью",)), article), "степью ~ степи"
    assert not matches(_channel(include_words=("фильм",), exclude_words=("алматы",)), article), (
        "an excluded word wins"
    )


def test_queue_order_premieres_ahead_then_priority_then_fresh() -> None:
    today = date(2026, 11, 23)
    base = datetime(2026, 11, 23, tzinfo=UTC)
    entries = [
        QueueEntry(1, 1, ("festival",), None, base + timedelta(hours=5)),
        QueueEntry(2, 2, ("premiere",), None, base + timedelta(hours=1)),
        QueueEntry(3, 3, ("premiere",), None, base + timedelta(hours=3)),
        QueueEntry(4, 4, ("awards",), date(2026, 12, 1), base),
        QueueEntry(5, 5, ("premiere",), date(2026, 11, 1), base + timedelta(hours=4)),
        QueueEntry(6, 6, ("other",), None, base + timedelta(hours=9)),
    ]
    order = [entry.post_id for entry in ordered(entries, today, ("premiere", "festival"))]
    assert order == [4, 5, 3, 2, 1, 6]
    flipped = [entry.post_id for entry in ordered(entries, today, ("festival", "premiere"))]
    assert flipped[:2] == [4, 1]


def test_channel_command_parsing_and_precise_errors() -> None:
    cmd = parse_channel_command("@kino categories premiere, festival")
    assert cmd.ref == "@kino" and cmd.setting == "categories"
    assert cmd.value == ("premiere", "festival")
    assert parse_channel_command("@kino keywords +Марвел -ужасы слово").value == (
        ("марвел", "слово"),
        ("ужасы",),
    )
    assert parse_channel_command("@kino cities Алматы,Астана").value == ("Алматы", "Астана")
    assert parse_channel_command("@kino mode instant").value == "instant"
    assert parse_channel_command("-1001234567 pause").ref == -1001234567
    assert parse_channel_command("https://t.me/kino_club").ref == "@kino_club"
    assert parse_channel_command("@kino max 5").value == 5
    assert parse_channel_command("@kino reminders on").value is True
    slots = parse_slots("10:00,14:00, 9:30 mon-fri")
    assert [slot.at for slot in slots] == [time(9, 30), time(10), time(14)]
    assert all(slot.weekdays == 0b11111 for slot in slots)
    assert parse_quiet("23:00-08:00") == QuietHours(time(23), time(8))
    assert parse_quiet("off") is None

    cases = {
        "@kino categories premiere,cartoons": ("cartoons", "festival"),
        "@kino mode sometimes": ("sometimes", "instant | timetable"),
        "@kino slots 10:00,25:00": ("25:00", "HH:MM"),
        "@kino slots 10:00 someday": ("someday", "mon-fri"),
        "@kino quiet 23-08": ("23-08", "HH:MM-HH:MM"),
        "@kino timezone Mars/Olympus": ("Mars/Olympus", "Asia/Almaty"),
        "@kino max 0": ("0", "1–100"),
        "@kino languages ru,de": ("de", "ru, kk, en"),
        "@kino reminders maybe": ("maybe", "on | off"),
    }
    for command, (value, accepted) in cases.items():
        with pytest.raises(ChannelInputError) as caught:
            parse_channel_command(command)
        assert caught.value.key == "channels.bad_value"
        assert caught.value.params["value"] == value
        assert accepted in str(caught.value.params["accepted"])
        message = t("en", caught.value.key, **caught.value.params)
        assert value in message and "Accepted" in message
    with pytest.raises(ChannelInputError) as unknown:
        parse_channel_command("@kino colour red")
    assert unknown.value.key == "channels.unknown_setting"
    assert "slots" in str(unknown.value.params["accepted"])
    with pytest.raises(ChannelInputError) as bad_ref:
        parse_ref("not a channel!")
    assert bad_ref.value.key == "channels.bad_channel_ref"
    with pytest.raises(ChannelInputError) as missing:
        parse_channel_command("@kino slots")
    assert missing.value.key == "channels.missing_value"


def test_when_parsing() -> None:
    now = local(ALMATY, 2026, 11, 23, 12, 0)
    assert parse_when("next", ALMATY, now) is None
    assert parse_when("19:00", ALMATY, now) == local(ALMATY, 2026, 11, 23, 19, 0)
    assert parse_when("09:00", ALMATY, now) == local(ALMATY, 2026, 11, 24, 9, 0)
    assert parse_when("2026-12-01 10:30", ALMATY, now) == local(ALMATY, 2026, 12, 1, 10, 30)
    for bad, key in (("tomorrow", "bad_when"), ("2026-11-01 10:00", "time_in_past")):
        with pytest.raises(ChannelInputError) as caught:
            parse_when(bad, ALMATY, now)
        assert caught.value.key == f"channels.{key}"
    assert split_button("Hello\nbutton: https://x.kz") == ("Hello", "https://x.kz")
    assert split_button("just text") == ("just text", None)


HOSTILE = [
    "<script>alert(1)</script><b>Премьера</b> & <i>скоро",
    '<a href="javascript:alert(1)">x</a><a href="https://ok.kz/?a=1&b=2">ok</a>',
    "</b></i><u>under<b>both</u> tail",
    '<img src=x onerror=alert(1)><div style="x">div</div><table><tr><td>cell',
    "<b" + "<" * 50 + ">>>&&&;",
    '<pre><code class="language-python"><b>not bold</b></code></pre>',
    "<blockquote expandable>quote</blockquote><span class=tg-spoiler>sp</span><span>plain</span>",
]


@pytest.mark.parametrize("raw", HOSTILE)
def test_sanitised_html_is_balanced_and_only_telegram_tags(raw: str) -> None:
    clean = sanitize(raw)
    tags = re.findall(r"</?([a-z-]+)", clean)
    allowed = {
        "b",
        "i",
        "u",
        "s",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-spoiler",
        "strong",
        "em",
        "ins",
        "strike",
        "del",
    }
    assert set(tags) <= allowed
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)([a-z-]+)", clean):
        if closing:
            assert stack and stack.pop() == name
        else:
            stack.append(name)
    assert not stack
    assert "javascript" not in clean and "script" not in clean and "onerror" not in clean
    assert visible_length(clean) <= len(raw)


def test_sanitiser_keeps_formatting() -> None:
    assert sanitize("<b>Жирный</b> и <i>курсив</i> & <a href='https://kino.kz'>ссылка</a>") == (
        '<b>Жирный</b> и <i>курсив</i> &amp; <a href="https://kino.kz">ссылка</a>'
    )


def test_every_text_exists_in_three_languages() -> None:
    keys = set(CATALOGUE["ru"])
    assert set(CATALOGUE["kk"]) == keys and set(CATALOGUE["en"]) == keys
    for lang in ("ru", "kk", "en"):
        names = {key: set(re.findall(r"{(\w+)}", CATALOGUE[lang][key])) for key in keys}
        assert names == {key: set(re.findall(r"{(\w+)}", CATALOGUE["ru"][key])) for key in keys}
    assert language_of("kk-KZ") == "kk" and language_of("de") == "ru" and language_of(None) == "ru"
