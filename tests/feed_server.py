"""A local feed site for ingest tests: fixtures, encodings, validators and every kind of fault."""

from __future__ import annotations

import asyncio
import gzip
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from bot.config import Settings

DATA = Path(__file__).parent / "data"
ETAG = '"v1-kino"'
LAST_MODIFIED = "Sat, 21 Nov 2026 08:00:00 GMT"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class FeedSite:
    """Serves tests/data with `{base}` filled in; counts requests per path."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.base = ""

    def fixture(self, folder: str, name: str) -> bytes:
        if not (DATA / folder / name).is_file():
            raise web.HTTPNotFound()
        return (DATA / folder / name).read_bytes().replace(b"{base}", self.base.encode())

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._count])
        routes = [
            web.get("/feeds/{name}", self.feed),
            web.get("/pages/{name}", self.page),
            web.get("/cp1251-header.xml", self.cp1251_header),
            web.get("/gzip.xml", self.gzipped),
            web.get("/etag.xml", self.etag),
            web.get("/lastmod.xml", self.last_modified),
            web.get("/moved", self.redirect),
            web.get("/loop-a", self.loop_a),
            web.get("/loop-b", self.loop_b),
            web.get("/chain/{n}", self.chain),
            web.get("/slow.xml", self.slow),
            web.get("/broken.xml", self.broken),
            web.get("/big.xml", self.big),
            web.get("/html.xml", self.html),
            web.get("/empty.xml", self.empty),
        ]
        app.add_routes(routes)
        return app

    @web.middleware
    async def _count(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.hits[request.path] += 1
        return await handler(request)

    async def feed(self, request: web.Request) -> web.Response:
        body = self.fixture("feeds", request.match_info["name"])
        return web.Response(body=body, content_type="application/rss+xml")

    async def page(self, request: web.Request) -> web.Response:
        body = self.fixture("pages", request.match_info["name"])
        return web.Response(body=body, content_type="text/html", charset="utf-8")

    async def cp1251_header(self, request: web.Request) -> web.Response:
        body = self.fixture("feeds", "cp1251_header.xml")
        return web.Response(
            body=body, headers={"Content-Type": "application/rss+xml; charset=windows-1251"}
        )

    async def gzipped(self, request: web.Request) -> web.Response:
        body = gzip.compress(self.fixture("feeds", "atom.xml"))
        return web.Response(
            body=body,
            headers={"Content-Type": "application/atom+xml", "Content-Encoding": "gzip"},
        )

    async def etag(self, request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        body = self.fixture("feeds", "rss1.rdf")
        return web.Response(body=body, content_type="application/rdf+xml", headers={"ETag": ETAG})

    async def last_modified(self, request: web.Request) -> web.Response:
        if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return web.Response(status=304)
        body = self.fixture("feeds", "outlet_a.xml")
        return web.Response(
            body=body, content_type="application/rss+xml", headers={"Last-Modified": LAST_MODIFIED}
        )

    async def redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("/feeds/rss2.xml")

    async def loop_a(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop-b")

    async def loop_b(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop-a")

    async def chain(self, request: web.Request) -> web.Response:
        left = int(request.match_info["n"])
        raise web.HTTPFound(f"/chain/{left - 1}" if left else "/feeds/rss2.xml")

    async def slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text="<rss/>")

    async def broken(self, request: web.Request) -> web.Response:
        raise web.HTTPInternalServerError()

    async def big(self, request: web.Request) -> web.Response:
        # Small on the wire, too big once decompressed: the cap must apply after decoding.
        item = "<item><title>Новость</title><description>" + "кино " * 200 + "</description></item>"
        text = "<rss version='2.0'><channel><title>big</title>" + item * 200 + "</channel></rss>"
        body = gzip.compress(text.encode())
        return web.Response(
            body=body, headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        )

    async def html(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self.fixture("pages", "junk.html"), content_type="text/html", charset="utf-8"
        )

    async def empty(self, request: web.Request) -> web.Response:
        return web.Response(body=b"", content_type="application/rss+xml")


def make_settings(tmp_path: Path, **env: str) -> Settings:
    """Settings for tests: local addresses allowed, short timeout, small body cap."""
    base = {
        "DATABASE_PATH": str(tmp_path / "cli.sqlite3"),
        "FEEDS": "http://127.0.0.1:9/unused.xml",
        "ALLOW_PRIVATE_FEEDS": "true",
        "HTTP_TIMEOUT_SECONDS": "1",
        "MAX_BODY_BYTES": "200000",
        "POLL_INTERVAL_SECONDS": "600",
        "MAX_FEED_FAILURES": "3",
    }
    return Settings.from_env({**base, **env})
