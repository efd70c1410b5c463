"""Pure normalisation: canonical URLs, HTML to text, item identity, near-duplicate sketches."""

from __future__ import annotations

import functools
import hashlib
import heapq
import html
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from itertools import chain, repeat, takewhile
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html  # type: ignore[import-untyped]
from lxml import etree

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs", "vero_", "oly_")
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "yclid", "dclid", "gbraid", "wbraid", "msclkid", "twclid", "igshid",
        "ysclid", "_openstat", "zanpid", "mkt_tok", "_ga", "_gl", "rb_clickid", "spm", "ref_src",
        "cmpid", "s_cid", "srsltid", "from_rss", "rss", "utm",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "figure",
        "figcaption", "hr", "address", "aside", "main", "nav", "form",
    }
)  # fmt: skip
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})
_MARKUP = re.compile(r"[<&]")
_ABSOLUTE = re.compile(r"^https?://", re.I)
_BREAK = re.compile(r"<br\b[^>]*>", re.I)
_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^>]*>", re.I)
# Most feed markup is ordinary tags, entities and text: dropping the tags gives what lxml's
# text_content() gives at a fifth of the cost. Anything else (comments, CDATA, a doctype, a stray
# "<" or "&", scripts and the other dropped elements) goes through lxml.
_SIMPLE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s+(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>")
_NOT_SIMPLE = re.compile(
    r"<(?:" + "|".join(sorted(_DROP_TAGS)) + r")\b"  # elements whose text is dropped
    r"|<(?![a-zA-Z/])"  # comments, CDATA, doctype, a stray "<"
    r"|&(?![a-zA-Z]+;|#\d+;|#x[\da-f]+;)",  # a stray "&" or an entity without its ";"
    re.I,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
_WORDS = re.compile(r"\w+")

SKETCH_SIZE = 16
SHINGLE = 3
DUPLICATE_SIMILARITY = 0.5


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """The URL without fragment and tracking parameters, lower-case host; None if not http(s)."""
    if not url:
        return None
    url = url.strip()
    if base and not _ABSOLUTE.match(url):
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(key, value) for key, value in pairs if not _is_tracking(key)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def html_to_text(markup: str | None) -> str:
    """Plain text from an HTML fragment: entities decoded, breaks and paragraphs kept as lines."""
    if not markup:
        return ""
    if not _MARKUP.search(markup):
        return _tidy(markup)
    # Breaks go in as text and block tags go, so only the inline markup is left to drop.
    marked = _BLOCK.sub("\n\n", _BREAK.sub("\n", markup))
    text = simple_text(marked)
    return _tidy(lxml_text(markup, marked) if text is None else text)


def simple_text(marked: str) -> str | None:
    """The text of markup made only of ordinary tags, entities and text; None for anything else."""
    if _NOT_SIMPLE.search(marked):
        return None
    text = _SIMPLE_TAG.sub("", marked)
    return None if "<" in text else html.unescape(text)


def lxml_text(markup: str, marked: str) -> str:
    """The text of any markup, as lxml's HTML parser reads it."""
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(markup)
    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    return str(root.text_content())


def _tidy(text: str) -> str:
    lines = _SPACES.sub(" ", text).split("\n")
    return _BLANK_LINES.sub("\n\n", "\n".join(line.strip() for line in lines)).strip()


def item_uid(guid: str | None, link: str | None, title: str, published: datetime | None) -> str:
    """Stable identity: the GUID, else the canonical link, else a hash of title and date."""
    if guid and guid.strip():
        return guid.strip()
    if link:
        return link
    stamp = published.isoformat() if published else ""
    return "sha1:" + hashlib.sha1(f"{title}\n{stamp}".encode()).hexdigest()


def tokens(text: str) -> list[str]:
    """Lower-case words with ё folded, the unit of comparison for duplicates."""
    return _WORDS.findall(text.lower().replace("ё", "е"))


def fingerprint(title: str, text: str) -> str:
    """A bottom-k MinHash sketch of word shingles, hex-encoded, for near-duplicate detection."""
    words = tokens(f"{title}\n{text}")
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))
    hashes = heapq.nsmallest(SKETCH_SIZE, set(map(zlib.crc32, map(str.encode, shingles))))
    return " ".join(f"{value:08x}" for value in sorted(hashes))


@functools.lru_cache(maxsize=4096)
def parse_fingerprint(value: str) -> frozenset[int]:
    return frozenset(int(part, 16) for part in value.split())


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Bottom-k estimate of the Jaccard similarity of the two shingle sets."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(SKETCH_SIZE, a | b)
    return sum(1 for value in union if value in a and value in b) / len(union)


class DuplicateIndex:
    """Originals seen recently, looked up by canonical URL or by a similar sketch."""

    def __init__(self) -> None:
        self._by_url: dict[str, int] = {}
        self._sketches: dict[int, frozenset[int]] = {}
        self._by_hash: dict[int, list[int]] = {}

    def add(self, article_id: int, url: str | None, sketch: str) -> None:
        """Remember an original article."""
        if url:
            self._by_url.setdefault(url, article_id)
        values = parse_fingerprint(sketch)
        self._sketches[article_id] = values
        for value in values:
            self._by_hash.setdefault(value, []).append(article_id)

    def add_all(self, rows: Iterable[tuple[int, str | None, str]]) -> None:
        for article_id, url, sketch in rows:
            self.add(article_id, url, sketch)

    def find(self, url: str | None, sketch: str) -> int | None:
        """The id of an earlier original with the same URL or near-identical text, if any."""
        if url and url in self._by_url:
            return self._by_url[url]
        values = parse_fingerprint(sketch)
        # Counted and sorted in C: common shingles give long candidate lists.
        shared = Counter(chain.from_iterable(map(self._by_hash.get, values, repeat(()))))
        needed = len(values) * DUPLICATE_SIMILARITY / 2
        candidates = takewhile(lambda pair: pair[1] >= needed, shared.most_common())
        scored = ((similarity(values, self._sketches[id_]), -id_) for id_, _ in candidates)
        # The most similar; of equals, the oldest.
        best = max((pair for pair in scored if pair[0] >= DUPLICATE_SIMILARITY), default=None)
        return -best[1] if best else None
