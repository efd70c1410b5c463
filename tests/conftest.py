"""Shared fixtures: a real SQLite file per test, a fake Bot API server, a local HTTP server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from storage import Repository
from tests.fake_telegram import FakeTelegram
from tests.feed_server import FeedSite
from tests.ui_bot import Conversation, running_bot

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await Repository.open(tmp_path / "test.sqlite3")
    yield repository
    await repository.close()


@pytest.fixture
async def telegram() -> AsyncIterator[tuple[FakeTelegram, str]]:
    """The fake Bot API and its base URL (for TELEGRAM_API_URL)."""
    fake = FakeTelegram()
    server = TestServer(fake.app(), host="127.0.0.1")
    await server.start_server()
    yield fake, str(server.make_url("")).rstrip("/")
    await server.close()


async def serve(app: web.Application) -> TestServer:
    """Start an aiohttp app on 127.0.0.1; the caller closes it."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.fixture
async def feed_site() -> AsyncIterator[tuple[FeedSite, str]]:
    """The local feed site (tests/feed_server.py) and its base URL."""
    site = FeedSite()
    server = await serve(site.app())
    site.base = str(server.make_url("")).rstrip("/")
    yield site, site.base
    await server.close()


@pytest.fixture
async def chat_bot(
    repo: Repository, telegram: tuple[FakeTelegram, str]
) -> AsyncIterator[Conversation]:
    """The real Dispatcher with every router polling the fake Bot API; a conversation with it."""
    fake, base_url = telegram
    async with running_bot(repo, base_url):
        yield Conversation(fake)
