"""Channel use cases through the fake Bot API, a real SQLite file and a hand-moved clock."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent

from bot.channels import jobs, service
from bot.channels.commands import parse_channel_command
from bot.channels.posting import Outcome
from bot.channels.runtime import ChannelRuntime
from bot.errors import ChannelAccessError, ChannelInputError
from storage import Repository
from tests.channels_support import (
    ALMATY,
    CHANNEL,
    OWNER,
    SECOND_ADMIN,
    STRANGER,
    Clock,
    Sleeps,
    Telegram,
    add_article,
    at,
    channel_runtime,
    markup,
    seed_channel,
)
from tests.fake_telegram import BOT_ID, Fault, Member


async def queue_article(repo: Repository, title: str, published: datetime) -> dict[int, list[int]]:
    """Store an article and let the channels' rules queue it (as ingest would)."""
    article = await repo.articles.get(await add_article(repo, title, now=published))
    assert article is not None
    return await service.enqueue_articles(repo, [article], now=at(8))


async def _setup(rt: ChannelRuntime, *settings: str) -> None:
    await service.connect_channel(rt, user_id=OWNER, ref="@kino_almaty", lang="ru", now=rt.clock())
    channel = await rt.repo.channels.get(CHANNEL)
    assert channel is not None
    for text in settings:
        command = parse_channel_command(f"@kino_almaty {text}")
        channel = await rt.repo.channels.get(CHANNEL)
        assert channel is not None
        await service.apply_setting(rt, channel, command, now=rt.clock())


async def test_connect_success_stores_channel_and_admin(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        channel = await service.connect_channel(
            rt, user_id=OWNER, ref="@kino_almaty", lang="kk", now=at(8)
        )
    assert channel.chat_id == CHANNEL and channel.username == "kino_almaty"
    assert channel.timezone == "Asia/Almaty" and channel.mode == "timetable" and not channel.paused
    admins = await repo.channels.admins(CHANNEL)
    assert [(a.user_id, a.language) for a in admins] == [(OWNER, "kk")]
    checked = [call.params["user_id"] for call in fake.calls if call.method == "getchatmember"]
    assert str(BOT_ID) in map(str, checked) and str(OWNER) in map(str, checked)


@pytest.mark.parametrize(
    ("ref", "bot_status", "bot_can_post", "user", "key"),
    [
        ("@nope_channel", "administrator", True, OWNER, "channels.channel_not_found"),
        ("@kino_almaty", "member", False, OWNER, "channels.bot_not_admin"),
        ("@kino_almaty", "left", False, OWNER, "channels.bot_not_admin"),
        ("@kino_almaty", "administrator", False, OWNER, "channels.bot_cannot_post"),
        ("@kino_almaty", "administrator", True, STRANGER, "channels.user_not_admin"),
    ],
)
async def test_connect_refusals_are_precise(
    repo: Repository,
    telegram: Telegram,
    ref: str,
    bot_status: str,
    bot_can_post: bool,
    user: int,
    key: str,
) -> None:
    fake, url = telegram
    seed_channel(fake, bot_status=bot_status, bot_can_post=bot_can_post)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        with pytest.raises(ChannelAccessError) as caught:
            await service.connect_channel(rt, user_id=user, ref=ref, lang="ru", now=at(8))
    assert caught.value.key == key
    assert await repo.channels.all() == []
    assert await repo.channels.of_admin(user) == []


async def test_connect_a_group_is_refused(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    fake.chats["@some_group"] = {"id": -100777, "type": "supergroup", "title": "G"}
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        with pytest.raises(ChannelInputError) as caught:
            await service.connect_channel(
                rt, user_id=OWNER, ref="@some_group", lang="ru", now=at(8)
            )
    assert caught.value.key == "channels.not_a_channel"


async def test_slots_across_a_day_post_best_item_once(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00,14:00,19:00", "max 2")
        ids = [
            await add_article(repo, "Фестиваль кино", now=at(7), categories=("festival",)),
            await add_article(repo, "Свежая премьера", now=at(7, 30)),
            await add_article(
                repo,
                "Премьера 1 декабря",
                now=at(6),
                premiere_date=date(2026, 12, 1),
                city="Алматы",
            ),
            await add_article(repo, "Не кино", now=at(7), is_cinema=False),
        ]
        articles = [await repo.articles.get(i) for i in ids]
        queued = await service.enqueue_articles(repo, [a for a in articles if a], now=at(8))
        assert len(queued[CHANNEL]) == 2, "festival is not in the default categories"
        again = await service.enqueue_articles(repo, [a for a in articles if a], now=at(8))
        assert again == {}, "an article is queued once per channel"

        assert rt.scheduler is not None
        slot_jobs = {job.id: job for job in rt.scheduler.get_jobs() if ":slot:" in job.id}
        assert set(slot_jobs) == {f"ch:{CHANNEL}:slot:{t}" for t in ("10:00", "14:00", "19:00")}
        assert slot_jobs[f"ch:{CHANNEL}:slot:10:00"].next_run_time.astimezone(ALMATY).hour == 10

        clock.now = at(10)
        await jobs.run_slot(rt, CHANNEL, "10:00")
        assert len(fake.texts(CHANNEL)) == 1 and "Премьера 1 декабря" in fake.texts(CHANNEL)[0]
        await jobs.run_slot(rt, CHANNEL, "10:00")
        assert len(fake.texts(CHANNEL)) == 1, "the same slot never posts twice"
        clock.now = at(14, 0)
        await jobs.run_slot(rt, CHANNEL, "14:00")
        assert "Свежая премьера" in fake.texts(CHANNEL)[1]
        await add_article(repo, "Ещё премьера", now=at(15))
        fresh = await repo.articles.get(ids[-1] + 1)
        assert fresh is not None
        await service.enqueue_articles(repo, [fresh], now=at(15))
        clock.now = at(19)
        await jobs.run_slot(rt, CHANNEL, "19:00")
        assert len(fake.texts(CHANNEL)) == 2, "max 2 posts a day"
        clock.now = at(10, day=24)
        await jobs.run_slot(rt, CHANNEL, "10:00")
        assert len(fake.texts(CHANNEL)) == 3 and "Ещё премьера" in fake.texts(CHANNEL)[2]
    button = markup(fake.sent(chat_id=CHANNEL)[0].params)["inline_keyboard"][0][0]
    assert button["text"] == "Читать статью" and button["url"].startswith("https://news.")


async def test_quiet_hours_hold_back_a_slot(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00,14:00", "quiet 13:30-15:00")
        await queue_article(repo, "Премьера", at(7))
        clock.now = at(14)
        assert await service.fire_slot(rt, CHANNEL, at(14), now=at(14)) is None
        assert fake.texts(CHANNEL) == []
        channel = await repo.channels.get(CHANNEL)
        assert channel is not None
        with pytest.raises(ChannelInputError) as caught:
            await service.resolve_time(rt, channel, at(14, 30), now=at(8))
        assert caught.value.key == "channels.time_quiet"
        assert await service.resolve_time(rt, channel, None, now=at(11)) == at(10, day=24)


async def test_restart_mid_day_rebuilds_jobs_and_posts_missed_slot_once(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00,14:00,19:00")
        for hour in (1, 2, 3, 4):
            await queue_article(repo, f"Премьера {hour}", at(hour))
        clock.now = at(10)
        await jobs.run_slot(rt, CHANNEL, "10:00")
        # The process dies while sending the next item: it stays 'sending'.
        entries = await repo.channels.queue_entries(CHANNEL)
        assert await repo.channels.claim(entries[0].post_id, now=at(11), lease_seconds=300)
    assert len(fake.texts(CHANNEL)) == 1

    clock = Clock(at(14, 20))  # down over the 14:00 slot, back inside the 30-minute grace
    async with channel_runtime(repo, url, clock) as rt:
        report = await jobs.rebuild_jobs(rt, now=clock.now)
        assert (report.recovered, report.late_slots, report.skipped_slots) == (1, 1, 0)
        assert rt.scheduler is not None
        ids = {job.id for job in rt.scheduler.get_jobs()}
        assert {f"ch:{CHANNEL}:slot:19:00", f"ch:{CHANNEL}:catchup"} <= ids
        nineteen = rt.scheduler.get_job(f"ch:{CHANNEL}:slot:19:00")
        assert nineteen is not None
        assert nineteen.trigger.get_next_fire_time(None, clock.now) == at(19)
        await jobs.run_catchup(rt, CHANNEL, at(14), ())
        await jobs.run_catchup(rt, CHANNEL, at(14), ())
        await jobs.run_slot(rt, CHANNEL, "14:00")
    assert len(fake.texts(CHANNEL)) == 2, "the missed slot is posted late exactly once"

    clock = Clock(at(14, 25))  # a second restart changes nothing
    async with channel_runtime(repo, url, clock) as rt:
        report = await jobs.rebuild_jobs(rt, now=clock.now)
        assert (report.late_slots, report.skipped_slots) == (0, 0)
    texts = fake.texts(CHANNEL)
    assert len(texts) == 2 and len(set(texts)) == 2


async def test_slot_missed_beyond_grace_is_skipped_and_admin_told(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00,14:00")
        await queue_article(repo, "Премьера", at(7))
    clock = Clock(at(15))
    async with channel_runtime(repo, url, clock) as rt:
        report = await jobs.rebuild_jobs(rt, now=clock.now)
        assert (report.late_slots, report.skipped_slots) == (0, 2)
        await jobs.run_catchup(rt, CHANNEL, None, (at(10), at(14)))
    assert fake.texts(CHANNEL) == []
    told = fake.texts(OWNER)
    assert len(told) == 1 and "2" in told[0] and "10:00" in told[0] and "14:00" in told[0]
    assert len(await repo.channels.queue_entries(CHANNEL)) == 1, "the queue is kept"


async def test_slot_fired_too_late_while_running_is_skipped_and_admin_told(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00")
        await queue_article(repo, "Премьера", at(7))
        # The job runs an hour after its slot (the loop was stalled): nothing is posted late.
        clock.now = at(11)
        await jobs.run_slot(rt, CHANNEL, "10:00")
        # A run APScheduler itself dropped as missed is reported the same way.
        missed = JobExecutionEvent(EVENT_JOB_MISSED, f"ch:{CHANNEL}:slot:10:00", None, at(10))
        task = jobs.on_job_missed(rt, missed)
        assert task is not None
        await task
    assert fake.texts(CHANNEL) == []
    told = fake.texts(OWNER)
    assert len(told) == 2 and all("10:00" in text for text in told)
    assert len(await repo.channels.queue_entries(CHANNEL)) == 1, "the queue is kept"


async def test_rights_revoked_before_slot_pause_and_tell_admin(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake, admins=(OWNER, SECOND_ADMIN))
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00")
        await queue_article(repo, "Премьера", at(7))
        fake.members[(CHANNEL, BOT_ID)] = Member("administrator", can_post_messages=False)
        clock.now = at(10)
        assert await service.fire_slot(rt, CHANNEL, at(10), now=at(10)) is Outcome.PAUSED
        channel = await repo.channels.get(CHANNEL)
        assert channel is not None and channel.paused and channel.pause_reason == "rights"
        assert fake.texts(CHANNEL) == []
        assert len(fake.texts(OWNER)) == 1 and "паузу" in fake.texts(OWNER)[0]
        assert fake.texts(SECOND_ADMIN) == [], "only admins known to the bot are told"
        assert len(await repo.channels.queue_entries(CHANNEL)) == 1, "the post stays queued"
        # The rights come back: my_chat_member resumes the channel and the queue flows again.
        fake.members[(CHANNEL, BOT_ID)] = Member("administrator", can_post_messages=True)
        await service.on_bot_status(
            rt, chat_id=CHANNEL, member_status="administrator", can_post=True, now=at(11)
        )
        channel = await repo.channels.get(CHANNEL)
        assert channel is not None and not channel.paused
        clock.now = at(10, day=24)
        assert await service.fire_slot(rt, CHANNEL, at(10, day=24), now=clock.now) is Outcome.SENT


async def test_rights_restored_do_not_resume_a_manually_paused_channel(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt, "pause")
        await service.on_bot_status(
            rt, chat_id=CHANNEL, member_status="administrator", can_post=False, now=at(9)
        )
        await service.on_bot_status(
            rt, chat_id=CHANNEL, member_status="administrator", can_post=True, now=at(10)
        )
    channel = await repo.channels.get(CHANNEL)
    assert channel is not None and channel.paused and channel.pause_reason == "manual"


async def test_removed_bot_pauses_channel(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt)
        await service.on_bot_status(
            rt, chat_id=CHANNEL, member_status="left", can_post=False, now=at(9)
        )
        await service.on_bot_status(
            rt, chat_id=CHANNEL, member_status="left", can_post=False, now=at(9)
        )
    channel = await repo.channels.get(CHANNEL)
    assert channel is not None and channel.paused and channel.pause_reason == "removed"
    assert len(fake.texts(OWNER)) == 1, "told once"


async def test_custom_post_with_hostile_html(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt)
        hostile = (
            '<b>Премьера</b> <script>alert("x")</script>& <i>незакрытый '
            '<a href="javascript:evil()">ссылка</a><img src=x onerror=alert(1)>'
        )
        channel, moment, post_id = await service.schedule_custom(
            rt,
            user_id=OWNER,
            channel="@kino_almaty",
            when_text="19:00",
            raw_html=hostile,
            button="https://kino.kz/tickets",
            lang="ru",
            now=at(8),
        )
        assert moment == at(19)
        assert rt.scheduler is not None
        job = rt.scheduler.get_job(jobs.post_job_id(CHANNEL, post_id))
        assert job is not None and job.trigger.get_next_fire_time(None, at(8)) == at(19)
        with pytest.raises(ChannelAccessError):
            await service.edit_custom(
                rt, user_id=STRANGER, post_id=post_id, raw_html="x", lang="ru", now=at(9)
            )
        await service.edit_custom(
            rt,
            user_id=OWNER,
            post_id=post_id,
            raw_html=hostile + " <u>правка</u>",
            lang="ru",
            now=at(9),
        )
        clock.now = at(19)
        await jobs.run_post(rt, post_id)
        await jobs.run_post(rt, post_id)
    sent = fake.sent(chat_id=CHANNEL)
    assert len(sent) == 1
    assert sent[0].params["text"] == (
        "<b>Премьера</b> &amp; <i>незакрытый ссылка <u>правка</u></i>"
    )
    assert sent[0].params["parse_mode"] == "HTML"
    assert markup(sent[0].params)["inline_keyboard"][0][0]["url"] == "https://kino.kz/tickets"
    for bad, key in (("<b></b>", "channels.post_empty"), ("x" * 4097, "channels.post_too_long")):
        with pytest.raises(ChannelInputError) as caught:
            service.prepare_text(bad, None)
        assert caught.value.key == key


async def test_two_admins_manage_one_channel_stranger_refused(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake, admins=(OWNER, SECOND_ADMIN))
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt)
        second = await service.authorize(
            rt, user_id=SECOND_ADMIN, ref="@kino_almaty", lang="en", now=at(8)
        )
        await service.apply_setting(
            rt, second, parse_channel_command("@kino_almaty cities Астана"), now=at(8)
        )
        first = await service.authorize(rt, user_id=OWNER, ref=CHANNEL, lang="ru", now=at(8))
        assert first.cities == ("Астана",), "one admin sees the other's change"
        assert {a.user_id for a in await repo.channels.admins(CHANNEL)} == {OWNER, SECOND_ADMIN}
        with pytest.raises(ChannelAccessError) as caught:
            await service.authorize(rt, user_id=STRANGER, ref="@kino_almaty", lang="ru", now=at(8))
        assert caught.value.key == "channels.user_not_admin"
        assert await service.my_channels(rt, user_id=STRANGER, lang="ru", now=at(8)) == []
        # An admin who is demoted in Telegram loses access at once.
        fake.members[(CHANNEL, SECOND_ADMIN)] = Member("member")
        with pytest.raises(ChannelAccessError):
            await service.authorize(rt, user_id=SECOND_ADMIN, ref=CHANNEL, lang="ru", now=at(9))
        assert {a.user_id for a in await repo.channels.admins(CHANNEL)} == {OWNER}
        states = await service.my_channels(rt, user_id=OWNER, lang="ru", now=at(9))
        assert [s.channel.chat_id for s in states] == [CHANNEL]


async def test_retry_after_waits_and_keeps_the_post(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt)
        queued = await queue_article(repo, "Премьера", at(7))
        post_id = queued[CHANNEL][0]
        fake.faults.append(
            Fault("429", method="sendMessage", chat_id=CHANNEL, times=2, retry_after=7)
        )
        channel = await repo.channels.get(CHANNEL)
        assert channel is not None
        from bot.channels.posting import publish

        assert await publish(rt, channel, post_id) is Outcome.SENT
        assert isinstance(rt.sleep, Sleeps) and rt.sleep.waited == [7, 7]
        post = await repo.channels.get_post(post_id)
        assert post is not None and post.status == "sent"


async def test_forbidden_on_send_pauses_and_keeps_post(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt, "slots 10:00")
        await queue_article(repo, "Премьера", at(7))
        fake.faults.append(
            Fault(
                "403",
                method="sendMessage",
                chat_id=CHANNEL,
                description="Forbidden: bot was kicked from the channel chat",
            )
        )
        assert await service.fire_slot(rt, CHANNEL, at(10), now=at(10)) is Outcome.PAUSED
        fake.faults.append(
            Fault(
                "400",
                method="sendMessage",
                chat_id=CHANNEL,
                description="Bad Request: can't parse entities",
            )
        )
    channel = await repo.channels.get(CHANNEL)
    assert channel is not None and channel.paused and channel.pause_reason == "removed"
    assert len(await repo.channels.queue_entries(CHANNEL)) == 1
    assert len(fake.texts(OWNER)) == 1


async def test_instant_mode_paces_20_a_minute(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(12))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "mode instant", "max 100")
        articles = []
        for number in range(25):
            article = await repo.articles.get(
                await add_article(repo, f"Премьера {number}", now=at(11))
            )
            assert article is not None
            articles.append(article)
        await service.on_new_articles(rt, articles, now=clock.now)
        assert len(fake.texts(CHANNEL)) == 20
        assert rt.scheduler is not None
        wake = rt.scheduler.get_job(f"ch:{CHANNEL}:instant")
        assert wake is not None and wake.next_run_time > clock.now
        clock.now = at(12, 1) + timedelta(seconds=5)
        await jobs.run_instant(rt, CHANNEL)
    assert len(fake.texts(CHANNEL)) == 25 and len(set(fake.texts(CHANNEL))) == 25


async def test_premiere_reminders_for_channel_cities(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(9))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "reminders on", "cities Алматы")
        await add_article(
            repo, "Дала", now=at(1, day=20), premiere_date=date(2026, 11, 23), city="Алматы"
        )
        await add_article(
            repo, "Другой", now=at(1, day=20), premiere_date=date(2026, 11, 23), city="Астана"
        )
        await add_article(
            repo, "Завтра", now=at(1, day=20), premiere_date=date(2026, 11, 24), city="Алматы"
        )
        assert rt.scheduler is not None and rt.scheduler.get_job(f"ch:{CHANNEL}:remind")
        await jobs.run_reminders(rt, CHANNEL)
        await jobs.run_reminders(rt, CHANNEL)
    texts = fake.texts(CHANNEL)
    assert len(texts) == 1 and "Сегодня премьера" in texts[0] and "Дала" in texts[0]


async def test_queue_view_maps_items_to_slots_and_moves(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt, "slots 10:00,19:00")
        for hour in (1, 2):
            await queue_article(repo, f"Премьера {hour}", at(hour))
        target = await add_article(repo, "По ссылке", now=at(3), url="https://kino.kz/a")
        channel, moment = await service.schedule_article(
            rt,
            user_id=OWNER,
            article_ref="https://kino.kz/a",
            channel=None,
            when_text="next",
            lang="ru",
            now=at(8),
        )
        assert moment == at(10), "the next free slot"
        items = await service.queue_view(rt, channel, now=at(8), lang="ru")
        whens = [item.when for item in items]
        assert whens == [at(10), at(19), at(10, day=24)]
        assert items[0].title == "По ссылке" and items[1].title == "Премьера 2"
        moved_channel, new_time = await service.move_post(
            rt,
            user_id=OWNER,
            post_id=items[0].post.id,
            when_text="2026-11-25 12:00",
            lang="ru",
            now=at(8),
        )
        assert new_time == at(12, day=25)
        with pytest.raises(ChannelAccessError):
            await service.remove_post(
                rt, user_id=STRANGER, post_id=items[1].post.id, lang="ru", now=at(8)
            )
        await service.remove_post(rt, user_id=OWNER, post_id=items[1].post.id, lang="ru", now=at(8))
        with pytest.raises(ChannelInputError) as gone:
            await service.post_now(
                rt, user_id=OWNER, post_id=items[1].post.id, lang="ru", now=at(8)
            )
        assert gone.value.key == "channels.post_gone"
        _, outcome = await service.post_now(
            rt, user_id=OWNER, post_id=items[2].post.id, lang="ru", now=at(8)
        )
        assert outcome is Outcome.SENT
        with pytest.raises(ChannelInputError) as again:
            await service.schedule_article(
                rt,
                user_id=OWNER,
                article_ref=str(items[2].post.article_id),
                channel=None,
                when_text="next",
                lang="ru",
                now=at(8),
            )
        assert again.value.key == "channels.already_queued"
        assert again.value.params["status"] == "sent"
    assert target == items[0].post.article_id
    assert (
        fake.texts(CHANNEL) == [fake.texts(CHANNEL)[0]] and "Премьера 1" in fake.texts(CHANNEL)[0]
    )


async def test_disconnect_forgets_everything(repo: Repository, telegram: Telegram) -> None:
    fake, url = telegram
    seed_channel(fake)
    async with channel_runtime(repo, url, Clock(at(8))) as rt:
        await _setup(rt, "slots 10:00", "disconnect")
        assert rt.scheduler is not None
        assert [job for job in rt.scheduler.get_jobs() if job.id.startswith("ch:")] == []
    assert await repo.channels.all() == [] and await repo.channels.admins(CHANNEL) == []


async def test_post_due_while_paused_goes_out_on_resume_within_grace(
    repo: Repository, telegram: Telegram
) -> None:
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt)
        _, _, post_id = await service.schedule_custom(
            rt,
            user_id=OWNER,
            channel="@kino_almaty",
            when_text="10:00",
            raw_html="Анонс",
            button=None,
            lang="ru",
            now=at(8),
        )
        _, _, late_id = await service.schedule_custom(
            rt,
            user_id=OWNER,
            channel="@kino_almaty",
            when_text="09:00",
            raw_html="Старое",
            button=None,
            lang="ru",
            now=at(8),
        )
        await _setup(rt, "pause")
        clock.now = at(10)
        assert await service.fire_post(rt, post_id, now=clock.now) is None
        clock.now = at(10, 10)
        await _setup(rt, "resume")
        await jobs.run_post(rt, post_id)
        await jobs.run_skipped_post(rt, late_id)
    assert fake.texts(CHANNEL) == ["Анонс"]
    late = await repo.channels.get_post(late_id)
    assert late is not None and late.status == "skipped"
    assert any("пропущен" in text for text in fake.texts(OWNER))


async def test_running_scheduler_executes_rebuilt_jobs(
    repo: Repository, telegram: Telegram
) -> None:
    """The jobs rebuild_jobs creates really run in APScheduler (catch-up and a timed post)."""
    fake, url = telegram
    seed_channel(fake)
    clock = Clock(at(8))
    async with channel_runtime(repo, url, clock) as rt:
        await _setup(rt, "slots 10:00,14:00")
        await queue_article(repo, "Премьера в очереди", at(7))
        await service.schedule_custom(
            rt,
            user_id=OWNER,
            channel="@kino_almaty",
            when_text="12:00",
            raw_html="Свой пост",
            button=None,
            lang="ru",
            now=at(8),
        )
    clock = Clock(at(14, 10))
    async with channel_runtime(repo, url, clock) as rt:
        report = await jobs.rebuild_jobs(rt, now=clock.now)
        assert (report.late_slots, report.skipped_slots, report.skipped_posts) == (1, 1, 1)
        assert rt.scheduler is not None
        rt.scheduler.resume()
        await fake.wait_for(lambda f: len(f.texts(CHANNEL)) == 1 and len(f.texts(OWNER)) == 2)
        await asyncio.sleep(0.1)
    assert "Премьера в очереди" in fake.texts(CHANNEL)[0]
    assert await repo.channels.pending(CHANNEL) == [], "the 12:00 post is skipped, not waiting"
