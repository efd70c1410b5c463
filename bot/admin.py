"""Use cases behind the admin commands: feed address checks and the numbers for /stats."""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from bot.errors import Refused
from bot.scheduler import PassReport
from storage import Repository

# One polling pass (bot.scheduler.poll_and_match) bound to the running bot's objects.
Refresh = Callable[[], Awaitable[PassReport]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclasses.dataclass(frozen=True)
class Stats:
    subscribers: int
    feeds: int
    paused: int
    failing: int
    articles: int
    cinema: int
    indexed: int
    queued: int
    undelivered: int
    last_error: str


async def collect_stats(repo: Repository) -> Stats:
    """Counts for /stats from every store."""
    feeds = await repo.feeds.all()
    cinema, indexed = await repo.search.counts()
    outbox = await repo.outbox.stats(recent_errors=1)
    return Stats(
        subscribers=await repo.chats.count_subscribers(),
        feeds=len(feeds),
        paused=sum(f.paused for f in feeds),
        failing=sum(f.error_count > 0 for f in feeds),
        articles=await repo.articles.count(),
        cinema=cinema,
        indexed=indexed,
        queued=outbox.pending + outbox.sending,
        undelivered=outbox.failed,
        last_error=f" ({outbox.last_errors[0]})" if outbox.last_errors else "",
    )


def refresh_numbers(report: PassReport) -> dict[str, int]:
    """The figures /refresh reports: feeds checked by outcome, new articles, queued pushes."""
    outcomes = report.ingest.feeds if report.ingest else ()
    return {
        "feeds": len(outcomes),
        "unchanged": sum(o.status == "not_modified" for o in outcomes),
        "errors": sum(o.status == "error" for o in outcomes),
        "new": report.ingest.new_articles if report.ingest else 0,
        "queued": report.queued,
    }


def _blocked(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    # Not global covers loopback, private, link-local, unspecified, shared and reserved ranges.
    return not ip.is_global or ip.is_multicast


async def _addresses(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise Refused("feed.unresolvable", host=host) from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


async def check_feed_url(url: str, *, allow_private: bool) -> str:
    """Return the cleaned URL of a feed an admin may add; raise Refused saying why not."""
    cleaned = url.strip()
    try:
        parts = urlsplit(cleaned)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise Refused("feed.bad_url") from exc
    if parts.scheme not in ("http", "https") or not host:
        raise Refused("feed.bad_url")
    if allow_private:
        return cleaned
    addresses = await _addresses(host, port or (443 if parts.scheme == "https" else 80))
    if not addresses or any(_blocked(ip) for ip in addresses):
        raise Refused("feed.private", host=host)
    return cleaned
