"""Reading one article for `premiere-bot analyze` and rendering the analysis."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import InvalidInput
from bot.news import Analysis
from bot.news.cleanup import headline_index
from bot.news.text import html_to_page, looks_like_html


@dataclass(frozen=True)
class ArticleInput:
    title: str
    text: str


def read_source(path: str) -> str:
    """Text of a file or of stdin ("-"); InvalidInput when missing, binary or empty."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    if b"\x00" in raw[:8192]:
        raise InvalidInput(f"{path} is binary, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1251")
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"{path} is not text") from exc
    if not text.strip():
        raise InvalidInput(f"{path} is empty")
    return text


def parse_article(raw: str, title: str | None = None) -> ArticleInput:
    """Body and title of plain text (title = first line) or of an HTML page (og:title/h1/title)."""
    if looks_like_html(raw):
        page = html_to_page(raw)
        if not page.text.strip():
            raise InvalidInput("the page has no readable text")
        return ArticleInput(title or page.title, page.text)
    if title is not None:
        return ArticleInput(title, raw)
    lines = raw.strip().split("\n")
    # Scraped text may open with the site's name, breadcrumbs, dates or counters.
    first = headline_index(lines)
    return ArticleInput(lines[first].strip(), "\n".join(lines[first + 1 :]))


def as_dict(analysis: Analysis) -> dict[str, Any]:
    """The documented JSON shape of an analysis."""
    premiere = analysis.premiere
    return {
        "language": analysis.language,
        "is_cinema": analysis.is_cinema,
        "categories": list(analysis.categories),
        "premiere": None
        if premiere is None
        else {
            "titles": list(premiere.titles),
            "date": premiere.date.isoformat() if premiere.date else None,
            "city": premiere.city,
            "venue": premiere.venue,
        },
        "summary": analysis.summary,
    }


def render(analysis: Analysis, as_json: bool) -> str:
    """JSON, or the same fields one per line for people."""
    data = as_dict(analysis)
    if as_json:
        return json.dumps(data, ensure_ascii=False)
    premiere = data["premiere"]
    lines = [
        f"language:   {data['language']}",
        f"cinema:     {'yes' if data['is_cinema'] else 'no'}",
        f"categories: {', '.join(data['categories']) or '-'}",
    ]
    if premiere is not None:
        lines += [
            f"titles:     {' | '.join(premiere['titles']) or '-'}",
            f"date:       {premiere['date'] or '-'}",
            f"city:       {premiere['city'] or '-'}",
            f"venue:      {premiere['venue'] or '-'}",
        ]
    lines.append(f"summary:    {data['summary'] or '-'}")
    return "\n".join(lines)
