"""HTTP fetching: one shared session, conditional GET, redirects, size cap, bounded concurrency."""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.config import Settings
from bot.errors import FetchError

log = logging.getLogger(__name__)

USER_AGENT = "premiere-bot/0.1 (film news reader; RSS/Atom poller; aiohttp)"
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class FetchResult:
    """A finished GET: a 200 with its body, or a 304 with none."""

    url: str
    status: int
    body: bytes
    headers: Mapping[str, str]
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _PublicResolver(AbstractResolver):
    """Refuses names that resolve to private, loopback or link-local addresses."""

    def __init__(self) -> None:
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        public = [entry for entry in found if not _is_private(entry["host"])]
        if not public:
            # aiohttp shows strerror in its connection error, so the reason reaches the feed row.
            raise OSError(errno.EACCES, f"{host} resolves only to private addresses")
        return public

    async def close(self) -> None:
        await self._inner.close()


def _is_private(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not address.is_global


def create_session(settings: Settings) -> aiohttp.ClientSession:
    """A client session with our User-Agent, timeouts and (unless allowed) no private hosts."""
    connector = aiohttp.TCPConnector(
        limit=settings.max_concurrency,
        limit_per_host=settings.per_host_concurrency,
        ttl_dns_cache=300,
        resolver=None if settings.allow_private_feeds else _PublicResolver(),
    )
    total = settings.http_timeout_seconds
    timeout = aiohttp.ClientTimeout(total=total, connect=min(total, 10.0))
    return aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
        cookie_jar=aiohttp.DummyCookieJar(),
    )


class HttpClient:
    """The process-wide fetcher: one session, at most N requests overall and M per host.

    Requests wait for a slot before the clock of their timeout starts, so a queue behind a slow
    host never turns into timeouts of its own.
    """

    def __init__(self, session: aiohttp.ClientSession, settings: Settings) -> None:
        self.session = session
        self._max_body_bytes = settings.max_body_bytes
        self._allow_private = settings.allow_private_feeds
        self._per_host = settings.per_host_concurrency
        self._overall = asyncio.Semaphore(settings.max_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @classmethod
    def create(cls, settings: Settings) -> HttpClient:
        """Build the client; call inside the running event loop and close() it at the end."""
        return cls(create_session(settings), settings)

    async def close(self) -> None:
        await self.session.close()

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """GET url conditionally, following at most MAX_REDIRECTS; every failure is a FetchError."""
        host = (urlsplit(url).hostname or "").lower()
        slot = self._hosts.setdefault(host, asyncio.Semaphore(self._per_host))
        async with slot, self._overall:
            return await fetch(
                self.session,
                url,
                max_body_bytes=self._max_body_bytes,
                allow_private=self._allow_private,
                etag=etag,
                last_modified=last_modified,
                accept=accept,
            )


def check_url(url: str, *, allow_private: bool) -> str:
    """Accept only http(s) URLs with a host; raise FetchError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url}")
    if not allow_private and _is_private(parts.hostname):
        raise FetchError(f"private address not allowed: {parts.hostname}")
    return url


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    max_body_bytes: int,
    allow_private: bool = False,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchResult:
    """One conditional GET on a bare session (no concurrency bounds); failures are FetchError."""
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        return await _follow(session, url, headers, max_body_bytes, allow_private)
    except TimeoutError:
        raise FetchError("timed out") from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"connection failed: {exc or type(exc).__name__}") from None
    except (OSError, UnicodeError, ValueError) as exc:
        raise FetchError(f"request failed: {exc}") from None


async def _follow(
    session: aiohttp.ClientSession,
    url: str,
    headers: Mapping[str, str],
    max_body_bytes: int,
    allow_private: bool,
) -> FetchResult:
    seen: set[str] = set()
    for _ in range(MAX_REDIRECTS + 1):
        check_url(url, allow_private=allow_private)
        seen.add(url)
        async with session.get(url, headers=headers, allow_redirects=False) as response:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {response.status} without Location")
                url = urljoin(url, location)
                if url in seen:
                    raise FetchError(f"redirect loop at {url}")
                continue
            return await _finish(response, url, max_body_bytes)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


async def _finish(response: aiohttp.ClientResponse, url: str, max_body_bytes: int) -> FetchResult:
    etag = response.headers.get("ETag")
    last_modified = response.headers.get("Last-Modified")
    if response.status == 304:
        return FetchResult(url, 304, b"", {}, etag, last_modified)
    if response.status >= 400:
        raise FetchError(f"HTTP {response.status} {response.reason or ''}".rstrip())
    if response.status != 200:
        raise FetchError(f"unexpected HTTP {response.status}")
    body = await _read_capped(response, max_body_bytes)
    # The body is already decompressed; passing the encoding on would mislead the parser.
    headers = {
        key.lower(): value
        for key, value in response.headers.items()
        if key.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    }
    return FetchResult(url, 200, body, headers, etag, last_modified)


async def _read_capped(response: aiohttp.ClientResponse, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise FetchError(f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
