"""Real-world material from ../shared/corpus: every feed ingests, every odd case ends cleanly."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from aiohttp import web

from bot.http import HttpClient
from bot.ingest import IngestReport, ingest_urls
from bot.news.cleanup import clean_lines
from bot.news.text import html_to_page
from bot.normalize import _BLOCK, _BREAK, _tidy, html_to_text, lxml_text, simple_text
from storage import Repository
from tests.conftest import CORPUS, serve
from tests.feed_server import make_settings

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"corpus not present at {CORPUS} (shared test material)"
)
NOW = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)
_CYRILLIC = re.compile("[а-яА-ЯёЁіїєґ]{4}")
_HEADER = re.compile(rb"^Header:\s*([\w-]+):\s*(.*?)\s*$", re.M)


def _headers(path: Path, body: bytes) -> dict[str, str]:
    """HTTP headers a corpus file asks for; feedparser's cases state them as `Header:` lines."""
    if path.suffix == ".gz":
        return {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    # UTF-16/32 cases carry the comment in that encoding; without NULs it reads as ASCII.
    found = {
        name.decode(): value.decode("latin-1")
        for name, value in _HEADER.findall(body.replace(b"\x00", b""))
    }
    return found or {"Content-Type": "application/xml"}


@pytest.fixture
async def corpus_site() -> AsyncIterator[str]:
    async def handle(request: web.Request) -> web.Response:
        path = CORPUS / request.match_info["path"]
        body = path.read_bytes()
        return web.Response(body=body, headers=_headers(path, body))

    app = web.Application()
    app.router.add_get("/{path:.+}", handle)
    server = await serve(app)
    yield str(server.make_url("")).rstrip("/")
    await server.close()


async def _ingest(repo: Repository, tmp_path: Path, urls: list[str]) -> IngestReport:
    # No full-text fetches: the items link to real sites and tests stay on 127.0.0.1.
    settings = make_settings(
        tmp_path, FULLTEXT_MIN_CHARS="0", HTTP_TIMEOUT_SECONDS="5", MAX_BODY_BYTES="1000000"
    )
    async with HttpClient.create(settings) as http:
        return await ingest_urls(repo, http, settings, urls, NOW)


async def _titles(repo: Repository, url: str) -> list[str]:
    feed = await repo.feeds.by_url(url)
    assert feed is not None
    return [article.title for article in await repo.articles.for_feed(feed.id)]


def _print(report: IngestReport) -> None:
    for outcome in report.feeds:
        detail = outcome.error or f"new={outcome.new}"
        print(f"  {outcome.status:<5} {outcome.url.rsplit('/', 1)[-1]}: {detail[:70]}")


async def test_every_corpus_feed_is_ingested(
    repo: Repository, tmp_path: Path, corpus_site: str
) -> None:
    files = sorted(p for p in (CORPUS / "feeds").rglob("*") if p.is_file())
    urls = [f"{corpus_site}/{p.relative_to(CORPUS)}" for p in files]
    report = await _ingest(repo, tmp_path, urls)
    print(f"\ncorpus feeds ({len(files)}):")
    _print(report)
    assert len(report.feeds) == len(files) > 0
    for outcome in report.feeds:
        assert outcome.status == "ok" and outcome.new > 0, outcome
    (gz,) = [o for o in report.feeds if o.url.endswith("meduza_2020-10_full.xml.gz")]
    (plain,) = [o for o in report.feeds if o.url.endswith("meduza_2020-10_full.xml")]
    assert gz.new == plain.new
    for outcome in report.feeds:
        if "/cyrillic/" in outcome.url:
            assert _CYRILLIC.search(" ".join(await _titles(repo, outcome.url))), outcome.url
    assert report.new_articles == await repo.articles.count()


async def test_feedparser_illformed_and_encoding_cases(
    repo: Repository, tmp_path: Path, corpus_site: str
) -> None:
    root = CORPUS / "feedparser_tests" / "tests"
    files = sorted(p for kind in ("illformed", "encoding") for p in (root / kind).rglob("*.xml"))
    urls = [f"{corpus_site}/{p.relative_to(CORPUS)}" for p in files]
    report = await _ingest(repo, tmp_path, urls)
    print(f"\nfeedparser ill-formed and encoding cases ({len(files)}):")
    _print(report)
    assert len(report.feeds) == len(files) > 0
    for path, outcome in zip(files, report.feeds, strict=True):
        feed = await repo.feeds.by_url(outcome.url)
        assert feed is not None
        stored = await repo.articles.for_feed(feed.id)
        if outcome.status == "error":
            assert feed.last_error == outcome.error and feed.error_count == 1 and not stored
            continue
        assert outcome.status == "ok" and outcome.new == len(stored)
        if not stored:
            body = path.read_bytes()
            bare = feedparser.parse(body, response_headers=_headers(path, body))
            usable = [e for e in bare.entries if html_to_text(e.get("title") or e.get("summary"))]
            assert not usable, f"{path.name}: feedparser finds entries we dropped"


def test_tag_dropping_matches_lxml_on_every_corpus_feed() -> None:
    taken = 0
    for path in sorted(p for p in (CORPUS / "feeds").rglob("*.xml") if p.is_file()):
        result = feedparser.parse(path.read_bytes(), sanitize_html=False)
        for entry in result.entries:
            parts = [entry.get("title"), entry.get("summary")]
            parts += [content.get("value") for content in entry.get("content") or ()]
            for markup in filter(None, parts):
                marked = _BLOCK.sub("\n\n", _BREAK.sub("\n", markup))
                if "<" in markup and simple_text(marked) is not None:
                    taken += 1
                    assert html_to_text(markup) == _tidy(lxml_text(markup, marked)), path.name
    print(f"\n{taken} corpus fragments compared")
    assert taken > 100


_WORD = re.compile(r"\w+")
_PAGES = CORPUS / "articles_html"


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def test_real_pages_give_their_whole_article_body_and_little_else() -> None:
    # scrapinghub's article-extraction benchmark: real pages with their articleBody.
    folder = _PAGES / "article_extraction_benchmark"
    truth = json.loads((folder / "ground-truth.subset.json").read_text(encoding="utf-8"))
    recalls, precisions = [], []
    for key, labels in truth.items():
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        got, want = (
            _words(html_to_page(raw.decode("utf-8", "replace")).text),
            _words(labels["articleBody"]),
        )
        common = sum((got & want).values())
        recalls.append(common / sum(want.values()))
        precisions.append(common / max(1, sum(got.values())))
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    print(f"recall {recall:.3f} (lowest {min(recalls):.3f}) precision {precision:.3f}")
    assert min(recalls) > 0.9
    assert precision > 0.8


def test_real_pages_keep_the_sentences_their_story_needs() -> None:
    # trafilatura's evaluation pages, each with snippets of its story that must survive.
    folder = _PAGES / "trafilatura_eval"
    cases = json.loads((folder / "evaldata.subset.json").read_text(encoding="utf-8"))
    found = wanted = 0
    for labels in cases.values():
        page = html_to_page(
            (folder / "html" / labels["file"]).read_bytes().decode("utf-8", "replace")
        )
        text = re.sub(r"\s+", " ", "\n".join(clean_lines(page.text, page.title)))
        found += sum(snippet in text for snippet in labels["with"])
        wanted += len(labels["with"])
    print(f"story snippets kept {found}/{wanted}")
    assert found / wanted >= 0.9
