"""Telegram HTML for articles and digests.

Every piece of text from outside is trimmed as plain text first and escaped afterwards, so a cut
can never split a tag or an entity, and the only tags in a message are the ones written here.
Lengths are counted in UTF-16 code units of the HTML, which is never less than what Telegram
counts after parsing, so a message that fits here fits there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape

from aiogram.types import LinkPreviewOptions

from bot.i18n import message_labels
from bot.news import CATEGORIES
from storage.models import Article

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
TITLE_LIMIT = 300
DIGEST_LINE_SUMMARY = 160

Label = Callable[[str], str]
Labels = Label | Mapping[str, str]
LabelFor = Callable[[str], Label]


_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+")
_SPACES = re.compile(r"\s+")


def ru_label(key: str) -> str:
    """The Russian label for a key."""
    return message_labels("ru")(key)


def chat_labels(language: str) -> Label:
    """Labels in the chat's language, from the one translation catalogue."""
    return message_labels(language)


def labels_from(labels: Labels) -> Label:
    """A label function from a function or a mapping (missing keys fall back to Russian)."""
    if callable(labels):
        return labels
    return lambda key: labels.get(key) or ru_label(key)


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _escaped_len(text: str) -> int:
    return tg_len(escape(text, quote=False))


def trim_text(text: str, budget: int) -> str:
    """Plain text whose escaped form fits the budget, cut at a sentence end when possible."""
    text = _SPACES.sub(" ", text).strip()
    if _escaped_len(text) <= budget:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}".strip()
        if _escaped_len(candidate) > budget:
            break
        kept = candidate
    if kept:
        return kept
    return _cut_words(text, budget)


def _cut_words(text: str, budget: int) -> str:
    """No sentence fits: cut at a word boundary and mark the cut."""
    if budget < 2:
        return ""
    low, high = 0, len(text)
    # Binary search on the prefix length, since escaping makes lengths non-linear.
    while low < high:
        middle = (low + high + 1) // 2
        if _escaped_len(text[:middle]) + 1 <= budget:
            low = middle
        else:
            high = middle - 1
    prefix = text[:low]
    if " " in prefix and low < len(text):
        prefix = prefix.rsplit(" ", 1)[0]
    prefix = prefix.rstrip(" ,;:-—")
    return f"{prefix}…" if prefix else ""


def _safe_url(url: str | None) -> str | None:
    if url and re.match(r"https?://", url, re.IGNORECASE) and len(url) <= 2048:
        return url
    return None


def _facts(article: Article, label: Label) -> list[str]:
    premiere = article.premiere
    if premiere is None:
        return []
    lines = []
    if premiere.titles:
        films = trim_text(", ".join(premiere.titles), TITLE_LIMIT)
        lines.append(f"🎬 {escape(label('film'))}: <b>{escape(films, quote=False)}</b>")
    if premiere.date:
        lines.append(f"📅 {escape(label('date'))}: {premiere.date.strftime('%d.%m.%Y')}")
    if premiere.city:
        city = trim_text(premiere.city, 100)
        lines.append(f"📍 {escape(label('city'))}: {escape(city, quote=False)}")
    if premiere.venue:
        venue = trim_text(premiere.venue, 200)
        lines.append(f"🏛 {escape(label('venue'))}: {escape(venue, quote=False)}")
    return lines


def _first_fitting(choices: Iterable[list[str]], limit: int) -> list[str]:
    kept: list[str] = []
    for choice in choices:
        kept = [block for block in choice if block]
        if tg_len("\n\n".join(kept)) <= limit:
            break
    return kept


def render_article(
    article: Article, *, label: Labels = ru_label, limit: int = MESSAGE_LIMIT
) -> str:
    """The message for one article: title, premiere facts, summary, source link."""
    label = labels_from(label)
    title = f"<b>{escape(trim_text(article.title, TITLE_LIMIT), quote=False)}</b>"
    facts = "\n".join(_facts(article, label))
    url = _safe_url(article.url)
    link = f'<a href="{escape(url)}">{escape(label("source"))}</a>' if url else ""
    # What to give up when even the fixed parts do not fit (a caption with a very long link):
    # first the facts, then the link instead; the title is capped well below any limit.
    choices = ([title, facts, link], [title, link], [title, facts], [title])
    blocks = _first_fitting(choices, limit)
    fixed = "\n\n".join(blocks)
    link = link if link in blocks else ""
    summary_text = article.summary or article.description
    budget = limit - tg_len(fixed) - 2
    summary = escape(trim_text(summary_text, budget), quote=False) if budget > 0 else ""
    if summary:
        blocks.insert(len(blocks) - 1 if link else len(blocks), summary)
    return "\n\n".join(blocks)


def render_caption(article: Article, *, label: Labels = ru_label) -> str:
    """The same message sized for a photo caption."""
    return render_article(article, label=label, limit=CAPTION_LIMIT)


def article_preview(article: Article) -> LinkPreviewOptions:
    """Text pushes preview the source page (small media keeps the facts on screen)."""
    url = _safe_url(article.url)
    if url is None:
        return LinkPreviewOptions(is_disabled=True)
    return LinkPreviewOptions(url=url, prefer_small_media=True, show_above_text=False)


def digest_preview() -> LinkPreviewOptions:
    """A digest links many stories; a preview of just one of them would mislead."""
    return LinkPreviewOptions(is_disabled=True)


def _first_sentence(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def _digest_line(article: Article) -> str:
    title = escape(trim_text(article.title, 200), quote=False)
    url = _safe_url(article.url)
    head = f'<a href="{escape(url)}">{title}</a>' if url else f"<b>{title}</b>"
    summary = trim_text(_first_sentence(article.summary or article.description), 160)
    return f"• {head} — {escape(summary, quote=False)}" if summary else f"• {head}"


def _primary_category(article: Article) -> str:
    for category in article.categories:
        if category in CATEGORIES:
            return category
    return "other"


def group_by_category(articles: Iterable[Article]) -> list[tuple[str, list[Article]]]:
    """Articles grouped under their first known category, in taxonomy order."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(_primary_category(article), []).append(article)
    return [(category, groups[category]) for category in CATEGORIES if category in groups]


def render_digest(
    articles: Sequence[Article],
    *,
    title: str,
    label: Labels = ru_label,
    limit: int = MESSAGE_LIMIT,
) -> list[str]:
    """A digest grouped by category with one line per story, split into messages that fit."""
    label = labels_from(label)
    if not articles:
        return []
    messages: list[str] = []
    current = f"<b>{escape(title, quote=False)}</b>"
    for category, items in group_by_category(articles):
        heading = f"<b>{escape(label('category.' + category), quote=False)}</b>"
        more = f"{heading} ({escape(label('continued'), quote=False)})"
        for index, article in enumerate(items):
            line = _digest_line(article)
            prefix = f"\n\n{heading}\n" if index == 0 else "\n"
            if tg_len(current) + tg_len(prefix) + tg_len(line) > limit:
                messages.append(current)
                current, prefix = (heading if index == 0 else more), "\n"
            current += prefix + line
    messages.append(current)
    return messages
