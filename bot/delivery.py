"""The delivery worker: drains the outbox into Telegram at the pace Telegram allows.

Guarantees (see storage/outbox.py for the row states):
- a row is marked sent only after Telegram accepted it, and each sender waits for that mark to be
  committed before it takes the next row, so after a kill at most one message per sender is sent
  again;
- flood control (429) never drops a message: the row waits `retry_after` and is tried again,
  without counting an attempt, and the whole worker pauses for that long;
- at most one row per chat is in the worker at a time, so a chat's messages keep their order.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    AiogramError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.methods.base import Response
from aiogram.types import LinkPreviewOptions, Message

from bot.config import Settings
from bot.render import (
    LabelFor,
    article_preview,
    chat_labels,
    digest_preview,
    render_article,
    render_caption,
)
from storage import Repository
from storage.models import Article, OutboxItem
from storage.outbox import OutboxStore

log = logging.getLogger(__name__)

# Waits before the 2nd, 3rd, ... attempt after a network error or a 5xx; then the row fails.
DEFAULT_RETRY_DELAYS: tuple[float, ...] = (5, 30, 120, 600)
# Longer flood waits go back to the database instead of holding the row in memory.
HOLD_RETRY_AFTER_UP_TO = 30.0
MARK_RETRY_DELAYS: tuple[float, ...] = (0.05, 0.2, 1.0, 5.0)
# The longest a sent mark waits for others to share its commit.
MARK_DELAY = 0.005
GROUP_WINDOW = 60.0
# aiogram parametrises pydantic's generic Response on every call and pydantic caches the class
# only weakly, so under garbage-collector pressure it is rebuilt (milliseconds each) again and
# again. Holding the classes the worker uses keeps the cached ones alive.
_RESPONSE_TYPES = (Response[Message],)
Clock = Callable[[], float]
WallClock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DeliveryReport:
    """What one run of the worker did."""

    sent: int = 0
    failed: int = 0
    retried: int = 0
    rate_limited: int = 0
    closed: int = 0
    migrated: int = 0
    photo_fallbacks: int = 0


@dataclass(frozen=True)
class Pacing:
    """Telegram's limits: overall rate (None = unpaced), per chat, per group per minute."""

    rate: float | None
    per_chat_interval: float = 1.0
    group_per_minute: int = 20

    @classmethod
    def from_settings(cls, settings: Settings) -> Pacing:
        return cls(rate=settings.effective_send_rate)


class RateLimiter:
    """Hands out evenly spaced send slots; a flood wait pushes every later slot back."""

    def __init__(self, rate: float | None, clock: Clock = time.monotonic) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._clock = clock
        self._next = 0.0

    async def acquire(self) -> None:
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, self._clock() + seconds)


class ChatPacer:
    """When each chat may get its next message: 1 per interval, N per minute in groups."""

    def __init__(self, pacing: Pacing) -> None:
        self._pacing = pacing
        self._last: dict[int, float] = {}
        self._groups: dict[int, deque[float]] = {}

    def ready_at(self, chat_id: int) -> float:
        at = self._last.get(chat_id, float("-inf")) + self._pacing.per_chat_interval
        recent = self._groups.get(chat_id)
        if recent is not None and len(recent) >= self._pacing.group_per_minute:
            at = max(at, recent[0] + GROUP_WINDOW)
        return at

    def record(self, chat_id: int, at: float) -> None:
        self._last[chat_id] = at
        # Negative ids are groups, supergroups and channels.
        if chat_id < 0 and self._pacing.group_per_minute > 0:
            window = self._groups.setdefault(chat_id, deque(maxlen=self._pacing.group_per_minute))
            window.append(at)

    def forget_before(self, moment: float) -> None:
        """Drop chats that have been quiet for longer than any limit looks back."""
        self._last = {chat: at for chat, at in self._last.items() if at >= moment}
        self._groups = {
            chat: window for chat, window in self._groups.items() if window[-1] >= moment
        }


async def _wait(event: asyncio.Event, seconds: float | None) -> None:
    """Wait for the event, at most that many seconds."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()


# Heap entries: when the row may be sent, a tie-breaker (claim order), the row. A tuple, so that
# the heap compares in C.
_Ready = tuple[float, int, OutboxItem]


class _SentMarks:
    """Group commit: senders wait until their 'sent' mark is committed, many per commit.

    A commit is two round trips through the database thread, which has to win the GIL from the
    event loop's thread several times on each: costly while the loop is busy. So a batch waits
    while other sends are in flight (their marks will join it) and is committed when the last
    of them is back, with the loop idle, or MARK_DELAY after its first mark at the latest.
    """

    def __init__(self, outbox: OutboxStore, wall: WallClock, in_flight: Callable[[], int]) -> None:
        self._outbox = outbox
        self._wall = wall
        self._in_flight = in_flight
        self._batch: list[tuple[int, int | None]] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None

    async def mark(self, row_id: int, message_id: int | None) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._batch.append((row_id, message_id))
        self._waiters.append(waiter)
        self._schedule()
        await waiter

    def _schedule(self) -> None:
        if self._task is not None:
            return  # the commit under way looks at the batch when it is done
        if not self._in_flight():
            self._commit()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(MARK_DELAY, self._commit)

    def _commit(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is None and self._batch:
            self._task = asyncio.create_task(self._flush())

    async def _flush(self) -> None:
        batch, waiters = self._batch, self._waiters
        self._batch, self._waiters = [], []
        try:
            error = await self._record(batch)
        finally:
            self._task = None
        for waiter in waiters:
            if waiter.done():
                continue
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)
        if self._batch:
            self._schedule()

    async def _record(self, batch: list[tuple[int, int | None]]) -> Exception | None:
        """Store the marks, retrying: these messages are out, and a lost mark means a resend."""
        error: Exception | None = None
        for delay in MARK_RETRY_DELAYS:
            try:
                await self._outbox.mark_sent(batch, self._wall())
                return None
            except Exception as exc:
                log.warning("could not record %s sent messages (%s); retrying", len(batch), exc)
                error = exc
                await asyncio.sleep(delay)
        return error


class DeliveryWorker:
    """Claims outbox rows in batches and sends them with a pool of concurrent senders."""

    def __init__(
        self,
        repo: Repository,
        bot: Bot,
        settings: Settings,
        *,
        senders: int | None = None,
        pacing: Pacing | None = None,
        retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS,
        lease: timedelta = timedelta(minutes=10),
        batch_size: int = 256,
        poll_interval: float = 1.0,
        label_for: LabelFor = chat_labels,
        clock: Clock = time.monotonic,
        wall: WallClock = utc_now,
    ) -> None:
        self.repo = repo
        self.bot = bot
        self.senders = senders or settings.send_concurrency
        self.paid = settings.paid_broadcast
        self.pacing = pacing or Pacing.from_settings(settings)
        self.retry_delays = retry_delays
        self.lease = lease
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.label_for = label_for
        self.report = DeliveryReport()
        self._clock = clock
        self._wall = wall
        self._limiter = RateLimiter(self.pacing.rate, clock)
        self._pacer = ChatPacer(self.pacing)
        self._marks = _SentMarks(repo.outbox, wall, lambda: self._in_flight)
        self._heap: list[_Ready] = []
        self._seq = 0
        self._sending: set[int] = set()
        self._in_flight = 0
        self._done = False
        self._changed = asyncio.Event()
        self._feed = asyncio.Event()
        self._articles: dict[int, Article | None] = {}
        self._rendered: dict[tuple[int, str, bool], str] = {}
        self._previews: dict[int, LinkPreviewOptions] = {}

    def wake(self) -> None:
        """New rows were queued: look at the outbox now instead of at the next poll."""
        self._feed.set()

    def stop(self) -> None:
        """Finish the messages being sent and return from run()."""
        self._done = True
        self._changed.set()
        self._feed.set()

    async def run(self, *, until_empty: bool = False) -> DeliveryReport:
        """Deliver until stop() (or, with until_empty, until nothing is left to send)."""
        recovered = await self.repo.outbox.recover()
        if recovered:
            log.info("%s messages interrupted by the last shutdown go back to the queue", recovered)
        senders = [asyncio.create_task(self._sender()) for _ in range(self.senders)]
        try:
            await self._feeder(until_empty)
            await asyncio.gather(*senders)
        finally:
            self._done = True
            self._changed.set()
            for task in senders:
                task.cancel()
            await asyncio.gather(*senders, return_exceptions=True)
            await self._release_held()
        return self.report

    # -- claiming ---------------------------------------------------------------------------

    async def _feeder(self, until_empty: bool) -> None:
        while not self._done:
            try:
                await self._feed_once(until_empty)
            except Exception:
                # A locked or failing database must not stop delivery for good; try again.
                log.exception("claiming from the outbox failed")
                await _wait(self._feed, self.poll_interval)

    async def _feed_once(self, until_empty: bool) -> None:
        last_sweep = self._clock()
        while not self._done:
            self._feed.clear()
            if len(self._heap) < self.batch_size // 2 and await self._claim():
                continue
            if until_empty and await self._drained():
                self.stop()
                return
            if self._clock() - last_sweep > GROUP_WINDOW:
                last_sweep = self._clock()
                await self._sweep()
            await _wait(self._feed, self.poll_interval)

    async def _sweep(self) -> None:
        """Renew the leases of rows held here, release abandoned ones, forget quiet chats."""
        now = self._wall()
        held = [item.id for _, _, item in self._heap] + list(self._sending)
        await self.repo.outbox.extend_leases(held, now + self.lease)
        await self.repo.outbox.release_expired(now)
        self._pacer.forget_before(self._clock() - GROUP_WINDOW)

    async def _claim(self) -> int:
        now = self._wall()
        items = await self.repo.outbox.claim(
            now, limit=self.batch_size - len(self._heap), lease_until=now + self.lease
        )
        for item in items:
            self._push(item, self._pacer.ready_at(item.chat_id))
        return len(items)

    async def _drained(self) -> bool:
        return not self._heap and not self._sending and await self.repo.outbox.open_count() == 0

    def _push(self, item: OutboxItem, at: float) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (at, self._seq, item))
        self._changed.set()

    async def _release_held(self) -> None:
        held = [item.id for _, _, item in self._heap]
        self._heap.clear()
        if held:
            await self.repo.outbox.release(held)

    # -- sending ----------------------------------------------------------------------------

    async def _take(self) -> OutboxItem | None:
        while not self._done:
            now = self._clock()
            if self._heap and self._heap[0][0] <= now:
                return heapq.heappop(self._heap)[2]
            timeout = self._heap[0][0] - now if self._heap else None
            self._changed.clear()
            await _wait(self._changed, timeout)
        return None

    async def _sender(self) -> None:
        while (item := await self._take()) is not None:
            self._sending.add(item.id)
            try:
                await self._deliver(item)
            except asyncio.CancelledError:
                raise
            except Exception:
                # A bug or a database problem: the row stays claimed and its lease brings it back.
                log.exception("delivery of outbox row %s failed unexpectedly", item.id)
            finally:
                self._sending.discard(item.id)
                # The feeder only needs waking when the heap runs low (or the queue may be empty).
                if len(self._heap) < self.batch_size // 2:
                    self._feed.set()

    async def _deliver(self, item: OutboxItem) -> None:
        article = await self._article(item) if item.kind == "article" else None
        if item.kind == "article" and article is None:
            await self.repo.outbox.mark_failed(item.id, error="article no longer stored")
            self.report.failed += 1
            return
        await self._limiter.acquire()
        self._pacer.record(item.chat_id, self._clock())
        try:
            message = await self._send(item, article)
        except TelegramRetryAfter as exc:
            await self._flood_wait(item, exc)
        except TelegramMigrateToChat as exc:
            await self.repo.chats.migrate(item.chat_id, exc.migrate_to_chat_id, now=self._wall())
            self.report.migrated += 1
            moved = replace(item, chat_id=exc.migrate_to_chat_id)
            self._push(moved, self._pacer.ready_at(moved.chat_id))
        except TelegramForbiddenError as exc:
            self.report.closed += await self.repo.chats.deactivate(
                item.chat_id, reason=exc.message, now=self._wall()
            )
        except TelegramBadRequest as exc:
            await self.repo.outbox.mark_failed(item.id, error=exc.message)
            self.report.failed += 1
        except (TelegramAPIError, AiogramError, OSError, TimeoutError) as exc:
            await self._retry(item, exc)
        else:
            await self._marks.mark(item.id, message.message_id)
            self.report.sent += 1

    async def _flood_wait(self, item: OutboxItem, exc: TelegramRetryAfter) -> None:
        self.report.rate_limited += 1
        self._limiter.pause(exc.retry_after)
        log.warning("flood control: waiting %s s (chat %s)", exc.retry_after, item.chat_id)
        if exc.retry_after <= HOLD_RETRY_AFTER_UP_TO:
            self._push(item, self._clock() + exc.retry_after)
            return
        at = self._wall() + timedelta(seconds=exc.retry_after)
        await self.repo.outbox.postpone(item.id, error="flood control", at=at)

    async def _retry(self, item: OutboxItem, exc: Exception) -> None:
        error = f"{type(exc).__name__}: {exc}"[:500]
        if item.attempts >= len(self.retry_delays):
            await self.repo.outbox.mark_failed(item.id, error=error)
            self.report.failed += 1
            return
        delay = timedelta(seconds=self.retry_delays[item.attempts])
        await self.repo.outbox.retry_later(item.id, error=error, at=self._wall() + delay)
        self.report.retried += 1

    async def _send(self, item: OutboxItem, article: Article | None) -> Message:
        """The row's message to Telegram, counted as in flight until the answer is back."""
        self._in_flight += 1
        try:
            return await self._request(item, article)
        finally:
            self._in_flight -= 1

    async def _request(self, item: OutboxItem, article: Article | None) -> Message:
        common: dict[str, Any] = {
            "chat_id": item.chat_id,
            "message_thread_id": item.thread_id,
            "parse_mode": ParseMode.HTML,
            "allow_paid_broadcast": True if self.paid else None,
        }
        if article is None:
            return await self.bot.send_message(
                text=item.payload or "", link_preview_options=digest_preview(), **common
            )
        if article.image_url and article.image_url.startswith(("https://", "http://")):
            try:
                return await self.bot.send_photo(
                    photo=article.image_url, caption=self._render(item, article, True), **common
                )
            except TelegramBadRequest as exc:
                log.info("photo refused for article %s (%s); sending text", article.id, exc.message)
                self.report.photo_fallbacks += 1
                await self._limiter.acquire()
        return await self.bot.send_message(
            text=self._render(item, article, False),
            link_preview_options=self._preview(article),
            **common,
        )

    async def _article(self, item: OutboxItem) -> Article | None:
        assert item.article_id is not None
        if item.article_id not in self._articles:
            if len(self._articles) > 1000:
                self._articles.clear()
                self._rendered.clear()
                self._previews.clear()
            self._articles[item.article_id] = await self.repo.articles.get(item.article_id)
        return self._articles[item.article_id]

    def _preview(self, article: Article) -> LinkPreviewOptions:
        preview = self._previews.get(article.id)
        if preview is None:
            preview = self._previews[article.id] = article_preview(article)
        return preview

    def _render(self, item: OutboxItem, article: Article, caption: bool) -> str:
        key = (article.id, item.language, caption)
        text = self._rendered.get(key)
        if text is None:
            label = self.label_for(item.language)
            render = render_caption if caption else render_article
            text = self._rendered[key] = render(article, label=label)
        return text
