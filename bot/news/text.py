"""HTML page to plain text lines: drops navigation, widgets and sidebars, keeps block structure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from bot.news.lexicon import AD_LABEL

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "aside",
        "button",
        "select",
        "svg",
        "iframe",
        "template",
        "figcaption",
        "menu",
    }
)
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "figure",
        "br",
        "hr",
        "time",
    }
)
# Blocks judged by how much of their text is links; page-level containers are left alone.
_DENSITY_TAGS = frozenset(
    {"li", "ul", "ol", "div", "section", "p", "h2", "h3", "h4", "h5", "h6", "td", "table", "dd"}
)
# Class or id fragments that mark site furniture rather than the story.
_JUNK_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|sidebar|side-bar|widget|banner|advert|ads?|promo|share|"
    r"social|related|recommend|trending|popular|most-read|comments?|footer|breadcrumbs?|"
    r"subscribe|newsletter|cookie|tags?|rates?|currency|weather|caption|read-also|readmore|"
    r"more-news|teaser|toolbar|author-box|copyright|instagram-media|twitter-tweet|embed|"
    r"disclaimer|paywall|reactions?|feedback|poll|vote)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# Page-level containers are never furniture, whatever their class says ("body-top-banner").
_NEVER_JUNK = frozenset({"html", "body", "main", "article"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article)\b", re.IGNORECASE)


def looks_like_html(raw: str) -> bool:
    """Whether the input is an HTML page or fragment rather than plain text."""
    return bool(_HTML_SNIFF.search(raw[:5000]))


@dataclass(frozen=True)
class Page:
    title: str
    text: str


class _Extractor(HTMLParser):
    def __init__(self, by_attributes: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.by_attributes = by_attributes
        self.parts: list[str] = []
        self.skip_stack: list[str] = []
        self.open_tags: list[str] = []
        self.title = ""
        self.og_title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False
        # Open blocks: [first part index, text chars, chars inside links, depth, is a list item,
        # holds an advertisement].
        self._blocks: list[list[int]] = []
        # Where the last heading starts and ends in `parts`, and where an open one starts.
        self._heading = (-1, -1)
        self._heading_start = -1
        # Open lists: [first part index, its heading's start or -1, items dropped, depth].
        self._lists: list[list[int]] = []
        # Paragraph text kept, and left out because a class name called its block furniture:
        # a story inside "l-sidebar-fixed l-article-body-segment" must not be lost.
        self.kept_paragraphs = 0
        self.marked_paragraphs = 0
        self._counts_marked = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("property") == "og:title":
            self.og_title = (values.get("content") or "").strip()
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self.parts.append("\n")
            if tag == "img" and AD_LABEL.match((values.get("alt") or "").strip()):
                self._mark_advert()
            return
        if tag == "a" and "sponsored" in (values.get("rel") or "").lower():
            self._mark_advert()
        self.open_tags.append(tag)
        marker = f"{values.get('class') or ''} {values.get('id') or ''} {values.get('role') or ''}"
        junk_marked = (
            self.by_attributes and tag not in _NEVER_JUNK and _JUNK_ATTR.search(marker.strip())
        )
        # A page header is furniture; an article's own <header> holds the headline and the lead.
        page_header = tag == "header" and not {"article", "main"} & set(self.open_tags[:-1])
        if self.skip_stack or tag in _SKIP_TAGS or junk_marked or page_header:
            if not self.skip_stack:
                # Comments are running text too, yet never the story.
                self._counts_marked = bool(junk_marked) and "comment" not in marker.lower()
            self.skip_stack.append(tag)
            return
        self._in_title = tag == "title"
        self._in_h1 = tag == "h1"
        if tag in _DENSITY_TAGS:
            self._blocks.append([len(self.parts), 0, 0, len(self.open_tags), tag == "li", False])
        if tag in ("ul", "ol"):
            heading = self._heading_right_above()
            self._lists.append([len(self.parts), heading, 0, len(self.open_tags)])
        if tag in _HEADINGS:
            self._heading_start = len(self.parts)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or tag not in self.open_tags:
            return
        # Close implicitly everything opened after this tag (sloppy HTML).
        while self.open_tags:
            if self._blocks and self._blocks[-1][3] == len(self.open_tags):
                self._close_block()
            if self._lists and self._lists[-1][3] == len(self.open_tags):
                self._close_list()
            opened = self.open_tags.pop()
            if opened in _HEADINGS and not self.skip_stack and self._heading_start >= 0:
                self._heading = (self._heading_start, len(self.parts))
            if self.skip_stack:
                self.skip_stack.pop()
            if opened == tag:
                break
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def _mark_advert(self) -> None:
        # The block around a banner labelled as one (alt="Реклама") or a sponsored link.
        if self._blocks and not self.skip_stack:
            self._blocks[-1][5] = True

    def _close_block(self) -> None:
        start, chars, linked, _, item, advert = self._blocks.pop()
        # A block that is all link is a menu entry or a teaser of another story, whatever
        # its tag: a list item, a card of headline and standfirst, a "read also" paragraph.
        if advert or (chars and linked >= 0.8 * chars):
            del self.parts[start:]
            if self._heading[0] >= start:
                self._heading = (-1, -1)
            if item and self._lists:
                self._lists[-1][2] += 1
        elif self._blocks:
            self._blocks[-1][1] += chars
            self._blocks[-1][2] += linked

    def _heading_right_above(self) -> int:
        start, end = self._heading
        between = "".join(self.parts[end:]) if start >= 0 else "x"
        return start if not between.strip() else -1

    def _close_list(self) -> None:
        # A heading over a list of links only ("Интересное", "Не пропустите") is the list's
        # label, whatever it says: it goes with the links.
        start, heading, dropped, _ = self._lists.pop()
        if dropped and heading >= 0 and not "".join(self.parts[start:]).strip():
            del self.parts[heading:]
            self._heading = (-1, -1)

    def handle_data(self, data: str) -> None:
        if self._in_title and not self.skip_stack:
            self.title += data
            return
        if self.skip_stack:
            if self._counts_marked and "p" in self.skip_stack and "a" not in self.skip_stack:
                self.marked_paragraphs += len(data.strip())
            return
        if "head" in self.open_tags:
            return
        if "p" in self.open_tags and "a" not in self.open_tags:
            self.kept_paragraphs += len(data.strip())
        if self._in_h1:
            self.h1 += data
        if self._blocks:
            size = len(data.strip())
            self._blocks[-1][1] += size
            if "a" in self.open_tags:
                self._blocks[-1][2] += size
        self.parts.append(data)


def _extract(raw: str, by_attributes: bool) -> _Extractor:
    parser = _Extractor(by_attributes)
    parser.feed(raw)
    parser.close()
    return parser


def html_to_page(raw: str) -> Page:
    """Extract the readable body text (one block per line) and the best title of a page."""
    parser = _extract(raw, by_attributes=True)
    joined = "".join(parser.parts)
    if len(joined.strip()) < 200 or parser.marked_paragraphs > 1.5 * parser.kept_paragraphs + 200:
        # The class names misled us (the story sits in a "promo" or "sidebar" block, which
        # holds most of the page's paragraphs): keep every block.
        parser = _extract(raw, by_attributes=False)
        joined = "".join(parser.parts)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in joined.split("\n"))
    kept = [line for line in lines if line and "{{" not in line]
    title = parser.og_title or _headline(kept, parser.h1.strip(), parser.title)
    return Page(title=re.sub(r"\s+", " ", title).strip(), text="\n".join(kept))


_RUNNING = re.compile(r"^.{50,}[.!?…][»\"”)]*$")


def _headline(lines: list[str], h1: str, tab_title: str) -> str:
    """The page's headline without og:title: the longest line of the page that the <title>
    holds ("Site — Headline" or "Headline | Site"), unless the <h1> is at least as long; a
    site whose <h1> is its own name puts the headline in an <h2> or a div."""
    tab = re.sub(r"\s+", " ", tab_title).strip().casefold()
    in_tab = max(
        (
            line
            for index, line in enumerate(lines)
            if len(line.split()) >= 2
            and line.casefold() in tab
            and len(line) >= 0.6 * len(tab)  # the headline is most of the title, the site not
            # The headline leads into the story; the site's name in the masthead does not.
            and any(_RUNNING.search(later) for later in lines[index + 1 : index + 6])
        ),
        key=len,
        default="",
    )
    if h1 and len(h1) >= len(in_tab):
        return h1
    return in_tab or h1 or _without_site_name(tab_title)


# The <title> element ends with the site: "… | lada.kz", "… - Новости Мангистау", "… — Kazinform".
_SITE_TAIL = re.compile(
    r"\s+(?:\|\s+[^|]{1,60}|[-–—:]{1,2}\s+[^-–—|]*(?:\.[a-z]{2,6}\b|новост|жаңалық|news)[^-–—|]*)$",
    re.IGNORECASE,
)


def _without_site_name(title: str) -> str:
    stripped = title.strip()
    while (shorter := _SITE_TAIL.sub("", stripped)) != stripped and len(shorter.split()) >= 3:
        stripped = shorter
    return stripped
