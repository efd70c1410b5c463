"""`premiere-bot demo` and `premiere-bot search` as a user runs them."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.demo import run_demo
from storage import Repository
from tests.ui_bot import add_article, make_settings


async def test_demo_prints_the_conversation_in_plain_text() -> None:
    lines: list[str] = []
    assert await run_demo(make_settings("http://127.0.0.1:9"), out=lines.append) == 0
    text = "\n".join(lines)
    for step in ("you: /start", "you: /subscribe", "you: /search премьера", "you: ▶"):
        assert step in text
    assert "Подписка оформлена" in text and "Степной ветер" in text
    assert "страница 2" in text and "[▶]" in text and "[◀]" in text
    assert "«Көктем әуені» фильмінің тұсаукесері" in text
    assert "<b>" not in text and "&laquo;" not in text and "&amp;" not in text


def _env(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    for name in ("BOT_TOKEN", "FEEDS", "FEEDS_FILE", "TELEGRAM_API_URL", "ADMIN_IDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(database))
    monkeypatch.chdir(database.parent)


async def _seed(database: Path) -> None:
    repo = await Repository.open(database)
    now = datetime.now(UTC)
    await add_article(repo, "Премьера «Томирис»", "Историческая драма", published=now)
    await add_article(repo, "Фестиваль", "Программа фестиваля", published=now, index=False)
    await repo.close()


def test_search_command_json_and_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "cli.sqlite3"
    asyncio.run(_seed(database))
    _env(monkeypatch, database)
    assert main(["search", "--json", "--limit", "3", "премьеры", "Томириса"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["title"] for row in rows] == ["Премьера «Томирис»"]
    # Articles stored without indexing are backfilled before searching.
    assert main(["search", "фестиваля"]) == 0
    assert capsys.readouterr().out.startswith("1. Фестиваль")
    assert main(["search", '"*NEAR((']) == 0
    assert capsys.readouterr().out == "nothing found\n"
