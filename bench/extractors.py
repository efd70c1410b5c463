"""Which extractor leaves less boilerplate on Russian pages: trafilatura or jusText?

Runs both offline over ../shared/corpus/articles_html (Russian pages) and over the project's own
junk-heavy test pages, and prints per set:
  * pages with a gold article body: token precision (share of extracted words that belong to
    the article; 1 - precision is the boilerplate share) and recall;
  * trafilatura's evaluation page: "without" boilerplate snippets leaked, "with" snippets kept;
  * pages without gold text: characters kept and lines that look like site furniture;
  * our junk pages: planted junk strings leaked and story sentences kept.

    .venv/bin/python bench/extractors.py [CORPUS_DIR]   (default ../shared/corpus)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import justext
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.fulltext import extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
CORPUS = CORPUS / "articles_html"
PAGES = ROOT / "tests" / "data" / "pages"
STOPLISTS = {"ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian"}
WORD = re.compile(r"\w+")
FURNITURE = re.compile(
    r"(читайте|подпис|поделит|реклам|все права|курс|погода|°|©|новости партн|в тренде|"
    r"самое читаемое|популярное|теги|комментар|ctrl\s*\+\s*enter|нашли ошибку|telegram|"
    r"вконтакте|facebook|twitter|instagram|яндекс)",
    re.I,
)
OWN_JUNK = (
    "USD", "EUR", "Курс", "Погода", "Главная", "Контакты", "В тренде", "Читайте также",
    "Самое читаемое", "Звёзды сериала", "Цены на бензин", "Поделиться", "Подписывайтесь",
    "Все права защищены", "Ctrl+Enter", "Рейтинг школ", "Реклама", "Лучшие кофейни",
    "Метро продлят", "Курс доллара",
)  # fmt: skip
OWN_STORY = {
    "article.html": ("зимний сезон показом", "магнитных лент", "задать вопросы", "шесть восст"),
    "junk.html": ("летние кинотеатры в парках", "детских мультфильмов", "субтитрами на казах"),
}

Extractor = Callable[[bytes, str], str]


def ours(page: bytes, language: str) -> str:
    """trafilatura as the bot runs it: junk blocks pruned, date search limited, lines cleaned."""
    content = extract(page)
    return content.text if content else ""


def trafilatura_plain(page: bytes, language: str) -> str:
    """trafilatura with its defaults (no comments), as a library user would call it."""
    return trafilatura.extract(page, include_comments=False) or ""


def jusText(page: bytes, language: str) -> str:
    """jusText with the page language's stop list, non-boilerplate paragraphs only."""
    stoplist = justext.get_stoplist(STOPLISTS.get(language, "Russian"))
    paragraphs = justext.justext(page, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS: dict[str, Extractor] = {
    "trafilatura (bot)": ours,
    "trafilatura (defaults)": trafilatura_plain,
    "jusText": jusText,
}


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.lower()))


def gold_pages() -> list[tuple[str, bytes, str]]:
    folder = CORPUS / "article_extraction_benchmark"
    truth = json.loads((folder / "ground-truth.subset.json").read_text())
    pages = []
    for key, entry in truth.items():
        body = entry["articleBody"]
        if len(re.findall("[а-яё]", body.lower())) > len(body) / 3:
            html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
            pages.append((entry["url"], html, body))
    return pages


def score_gold(extractor: Extractor) -> tuple[float, float]:
    precision, recall = [], []
    for _, html, body in gold_pages():
        got, gold = words(extractor(html, "ru")), words(body)
        common = sum((got & gold).values())
        precision.append(common / max(sum(got.values()), 1))
        recall.append(common / max(sum(gold.values()), 1))
    return sum(precision) / len(precision), sum(recall) / len(recall)


def score_snippets(extractor: Extractor) -> tuple[int, int, int, int]:
    folder = CORPUS / "trafilatura_eval"
    entries = json.loads((folder / "evaldata.subset.json").read_text())
    leaked = kept = without = with_ = 0
    for entry in entries.values():
        html = (folder / "html" / entry["file"]).read_bytes()
        if "football.ua" not in entry["file"]:
            continue
        text = extractor(html, "ru")
        without += len(entry["without"])
        with_ += len(entry["with"])
        leaked += sum(snippet in text for snippet in entry["without"])
        kept += sum(snippet in text for snippet in entry["with"])
    return leaked, without, kept, with_


def score_unlabelled(extractor: Extractor) -> tuple[int, int, int]:
    folder = CORPUS / "htmldate_ru_news"
    meta = json.loads((folder / "gold_dates.json").read_text())
    chars = furniture = empty = 0
    for entry in meta.values():
        language = entry["language"].split()[0]
        text = extractor((folder / entry["file"]).read_bytes(), language)
        chars += len(text)
        furniture += sum(1 for line in text.splitlines() if FURNITURE.search(line))
        empty += not text.strip()
    return chars, furniture, empty


def score_own(extractor: Extractor) -> tuple[int, int, int]:
    leaked = kept = total = 0
    for name, story in OWN_STORY.items():
        text = extractor((PAGES / name).read_bytes(), "ru")
        leaked += sum(junk in text for junk in OWN_JUNK)
        kept += sum(sentence in text for sentence in story)
        total += len(story)
    return leaked, kept, total


def main() -> None:
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS}")
    print(f"{'extractor':<24}{'gold P':>7}{'gold R':>7}{'leak':>7}{'with':>7}"
          f"{'chars':>8}{'furn':>6}{'empty':>6}{'own junk':>9}{'own kept':>9}{'s':>6}")  # fmt: skip
    for name, extractor in EXTRACTORS.items():
        started = time.perf_counter()
        precision, recall = score_gold(extractor)
        leaked, without, kept, with_ = score_snippets(extractor)
        chars, furniture, empty = score_unlabelled(extractor)
        own_leaked, own_kept, own_total = score_own(extractor)
        elapsed = time.perf_counter() - started
        print(
            f"{name:<24}{precision:7.3f}{recall:7.3f}{f'{leaked}/{without}':>7}"
            f"{f'{kept}/{with_}':>7}{chars:8d}{furniture:6d}{empty:6d}"
            f"{f'{own_leaked}/{len(OWN_JUNK)}':>9}{f'{own_kept}/{own_total}':>9}{elapsed:6.1f}"
        )
    print(
        f"gold: {len(gold_pages())} Russian pages with articleBody (article-extraction-benchmark);"
        " leak/with: football.ua snippets (trafilatura eval); chars/furn/empty: 12 htmldate news"
        " pages (ru/uk/bg) - characters kept, lines matching site-furniture words, pages with no"
        " text; own: tests/data/pages junk strings leaked and story sentences kept."
    )


if __name__ == "__main__":
    main()
