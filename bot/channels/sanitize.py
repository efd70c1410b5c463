"""Admin-written HTML reduced to what Telegram's HTML parse mode accepts. Pure, no I/O.

Allowed tags keep their formatting; everything else is dropped (its text kept, escaped);
tags are re-balanced so the result always parses, whatever was sent.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from urllib.parse import urlsplit

TELEGRAM_LIMIT = 4096
_SIMPLE = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "tg-spoiler"}
)
_URL_SCHEMES = frozenset({"http", "https", "tg", "mailto"})
# Content of these is never shown, not even as text.
_DROP_CONTENT = frozenset({"script", "style", "head", "title", "iframe", "object", "template"})


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.hidden += 1
            return
        if tag == "br":
            self.out.append("\n")
            return
        if tag == "p" and self.out:
            self.out.append("\n")
            return
        opening = _opening(tag, dict(attrs))
        if opening is not None and not self._inside_code():
            self.out.append(opening)
            self.open.append(_canonical(tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.hidden = max(0, self.hidden - 1)
            return
        name = _canonical(tag)
        if name not in self.open:
            return
        # Close whatever was left open inside it, then the tag itself.
        while self.open:
            inner = self.open.pop()
            self.out.append(f"</{inner}>")
            if inner == name:
                break

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(html.escape(data, quote=False))

    def _inside_code(self) -> bool:
        return any(name in ("code", "pre") for name in self.open)

    def result(self) -> str:
        self.close()
        closing = "".join(f"</{name}>" for name in reversed(self.open))
        return ("".join(self.out) + closing).strip()


def _canonical(tag: str) -> str:
    return "tg-spoiler" if tag == "span" else tag


def _opening(tag: str, attrs: dict[str, str | None]) -> str | None:
    if tag in _SIMPLE:
        return f"<{tag}>"
    if tag == "span":
        return "<tg-spoiler>" if attrs.get("class") == "tg-spoiler" else None
    if tag == "a":
        href = safe_url(attrs.get("href"))
        return f'<a href="{html.escape(href)}">' if href else None
    if tag == "pre":
        return "<pre>"
    if tag == "blockquote":
        return "<blockquote expandable>" if "expandable" in attrs else "<blockquote>"
    return None


def safe_url(raw: str | None) -> str | None:
    """A link Telegram accepts (http, https, tg, mailto) or None."""
    if not raw:
        return None
    url = raw.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _URL_SCHEMES:
        return None
    if parts.scheme.lower() in ("http", "https") and not parts.hostname:
        return None
    return url


def sanitize(raw: str) -> str:
    """Telegram-safe HTML from any input."""
    parser = _Sanitizer()
    parser.feed(raw)
    return parser.result()


def visible_length(safe_html: str) -> int:
    """Length Telegram counts for a sanitised message (the text without tags)."""

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.size = 0

        def handle_data(self, data: str) -> None:
            self.size += len(data.encode("utf-16-le")) // 2

    counter = _Text()
    counter.feed(safe_html)
    counter.close()
    return counter.size
