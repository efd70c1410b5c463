"""`premiere-bot analyze`: text and HTML input, JSON and readable output, unreadable input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.__main__ import main
from tests.news_fixtures import HTML_PAGE, PREMIERE_REPORT, SCRAPED_INDUSTRY, SEED_DIR


def analyze_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["analyze", "--json", *args]) == 0
    out = capsys.readouterr().out
    data: dict[str, object] = json.loads(out)
    return data


def test_json_output_for_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(PREMIERE_REPORT, encoding="utf-8")
    data = analyze_json(capsys, "--published", "2025-11-13", str(path))
    assert list(data) == ["language", "is_cinema", "categories", "premiere", "summary"]
    assert data["language"] == "ru" and data["is_cinema"] is True
    assert isinstance(data["categories"], list) and data["categories"][0] == "premiere"
    assert data["premiere"] == {
        "titles": ["Степной волк", "Горизонт"],
        "date": "2025-11-12",
        "city": "Астана",
        "venue": "Chaplin MEGA Silk Way",
    }
    assert isinstance(data["summary"], str) and "Степной волк" in data["summary"]


def test_html_from_stdin_uses_the_page_title(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(HTML_PAGE.encode("utf-8"))))
    data = analyze_json(capsys, "--published", "2026-02-20", "-")
    premiere = data["premiere"]
    assert isinstance(premiere, dict)
    assert premiere["titles"] == ["Перевал"] and premiere["date"] == "2026-03-05"


def test_not_film_gives_null_premiere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pm.txt"
    path.write_text("Премьер-министр провел совещание\nПравительство обсудило цены.\n", "utf-8")
    data = analyze_json(capsys, "--title", "Премьер-министр провел совещание", str(path))
    assert data["is_cinema"] is False and data["categories"] == [] and data["premiere"] is None


def test_readable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.txt"
    path.write_text(SCRAPED_INDUSTRY, encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "categories: production" in out and "cinema:     yes" in out
    assert "метель" not in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\n", "is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("missing.txt", None, "cannot read"),
    ],
)
def test_unreadable_input_exits_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["analyze", "--json", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err and captured.err.count("\n") == 1


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seeds is not present")
def test_seed_000_done_when(capsys: pytest.CaptureFixture[str]) -> None:
    data = analyze_json(capsys, str(SEED_DIR / "000_premiere_kapitan_baytasov.txt"))
    assert (data["language"], data["is_cinema"]) == ("ru", True)
    assert isinstance(data["categories"], list) and data["categories"][0] == "premiere"
    premiere = data["premiere"]
    assert isinstance(premiere, dict)
    assert premiere["titles"][0] == "Капитан Байтасов"
    assert (premiere["date"], premiere["city"], premiere["venue"]) == (
        "2025-10-23",
        "Алматы",
        "Kinopark 11 IMAX Esentai",
    )


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seeds is not present")
def test_seed_001_done_when(capsys: pytest.CaptureFixture[str]) -> None:
    path = SEED_DIR / "001_industry_scraped_with_boilerplate.txt"
    data = analyze_json(capsys, str(path))
    assert (data["language"], data["is_cinema"], data["premiere"]) == ("ru", True, None)
    assert isinstance(data["categories"], list) and data["categories"][0] == "production"
    assert isinstance(data["summary"], str)
    for headline in ("Пенсия 2026", "второй АЭС", "Головкина", "Казгидромет"):
        assert headline not in data["summary"]
