from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.events import record_article
from storage import Repository
from storage.models import PremiereFacts
from storage.search import stem_match, trigram_match
from tests.ui_bot import add_article

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

HOSTILE = [
    '"',
    '""',
    '"премьера',
    "*",
    "премьер*",
    "NEAR(премьера фильм)",
    "NEAR",
    "премьера NEAR фильм",
    "-премьера",
    "премьера -фильм",
    "(((",
    "премьера)",
    "[{(",
    "AND OR NOT",
    "title:премьера",
    "^премьера",
    "премьера + фильм",
    "'; DROP TABLE articles; --",
    "\x00\x01\x02",
    "🎬🎬🎬",
    "   ",
    "a" * 4000,
    ('"*()-:^ NEAR/2 ' * 300)[:4000],
    "".join(chr(c) for c in range(33, 4033)),
]


async def _seed(repo: Repository) -> dict[str, int]:
    ids = {
        "premiere": await add_article(
            repo,
            "Премьера фильма «Томирис» в Алматы",
            "В кинотеатре состоялась премьера исторической драмы. Зрители встретили ёлочную сцену.",
            published=NOW - timedelta(days=2),
        ),
        "festival": await add_article(
            repo,
            "Фестиваль «Евразия» объявил программу",
            "На фестивале покажут двадцать фильмов, включая премьеры казахстанских режиссёров.",
            published=NOW - timedelta(days=1),
        ),
        "kazakh": await add_article(
            repo,
            "Жаңа фильмдердің тұсаукесері Алматыда өтті",
            "Қазақстандық режиссерлердің фильмдері көрерменге ұсынылды.",
            published=NOW - timedelta(days=3),
        ),
    }
    await add_article(
        repo, "Премьера спектакля в театре", "Не кино.", published=NOW, is_cinema=False
    )
    return ids


async def test_russian_morphology_and_yo_folding(repo: Repository) -> None:
    ids = await _seed(repo)
    hits = (await repo.search.search("премьеры", now=NOW)).hits
    assert {h.article_id for h in hits} == {ids["premiere"], ids["festival"]}
    assert (await repo.search.search("кинотеатрах", now=NOW)).hits[0].article_id == ids["premiere"]
    assert (await repo.search.search("елочная", now=NOW)).hits[0].article_id == ids["premiere"]
    assert (await repo.search.search("Ёлочной", now=NOW)).hits[0].article_id == ids["premiere"]


async def test_title_matches_rank_first_and_non_cinema_is_hidden(repo: Repository) -> None:
    for n in range(10):
        await add_article(repo, f"Сборы недели {n}", "Касса выросла.", published=NOW)
    ids = await _seed(repo)
    hits = (await repo.search.search("премьера", now=NOW)).hits
    # The festival story is newer but mentions the word only in its body.
    assert [h.article_id for h in hits] == [ids["premiere"], ids["festival"]]
    assert all("спектакля" not in h.title for h in hits)


@pytest.mark.parametrize(
    "query", ["фильмдердің", "фильмдері", "Алматыда", "тұсаукесер", "режиссер"]
)
async def test_kazakh_word_forms_match(repo: Repository, query: str) -> None:
    ids = await _seed(repo)
    hits = (await repo.search.search(query, now=NOW)).hits
    assert ids["kazakh"] in {h.article_id for h in hits}, query


async def test_kazakh_form_longer_than_the_stored_one_falls_back_to_trigrams(
    repo: Repository,
) -> None:
    article = await add_article(
        repo, "Тұсаукесер", "Фильм Алматы қаласында көрсетілді.", published=NOW
    )
    # Neither the stem nor its prefix occurs, but the shared substring does.
    hits = (await repo.search.search("қаласындағы", now=NOW)).hits
    assert trigram_match("қаласындағы") == '"қаласынд"'
    assert [h.article_id for h in hits] == [article]
    hits = (await repo.search.search("қаласында", now=NOW)).hits
    assert [h.article_id for h in hits] == [article]


async def test_recency_breaks_ties_and_pages_do_not_overlap(repo: Repository) -> None:
    ids = [
        await add_article(
            repo, f"Премьера номер {n}", "Обычный текст о кино.", published=NOW - timedelta(days=n)
        )
        for n in range(12)
    ]
    first = await repo.search.search("премьера", now=NOW, limit=5)
    second = await repo.search.search("премьера", now=NOW, limit=5, offset=5)
    third = await repo.search.search("премьера", now=NOW, limit=5, offset=10)
    assert [h.article_id for h in first.hits] == ids[:5]
    assert first.has_more and second.has_more and not third.has_more
    seen = [h.article_id for page in (first, second, third) for h in page.hits]
    assert seen == ids


@pytest.mark.parametrize("query", HOSTILE)
async def test_hostile_input_never_raises(repo: Repository, query: str) -> None:
    await _seed(repo)
    page = await repo.search.search(query, now=NOW)
    assert isinstance(page.hits, tuple)
    expr = stem_match(query)
    assert expr is None or all(part.startswith('"') for part in expr.split())


async def test_hostile_input_still_finds_its_words(repo: Repository) -> None:
    ids = await _seed(repo)
    for query in ('"Томирис', "Томирис*", "(Томирис", "Томирис))", "-Томирис", "томирис:"):
        hits = (await repo.search.search(query, now=NOW)).hits
        assert [h.article_id for h in hits] == [ids["premiere"]], query


async def test_reindex_missing_backfills_and_rebuild_starts_over(repo: Repository) -> None:
    article = await add_article(
        repo, "Трейлер", "Вышел трейлер боевика", published=NOW, index=False
    )
    assert (await repo.search.search("боевик", now=NOW)).hits == ()
    assert await repo.search.reindex_missing() == 1
    assert await repo.search.reindex_missing() == 0
    assert (await repo.search.search("боевик", now=NOW)).hits[0].article_id == article
    # Indexing is once per article: a second call changes nothing.
    await repo.search.index_article(article, "Трейлер", "Вышел трейлер мелодрамы")
    assert (await repo.search.search("мелодрама", now=NOW)).hits == ()
    assert await repo.search.counts() == (1, 1)
    assert await repo.search.rebuild() == 1
    assert (await repo.search.search("боевик", now=NOW)).hits[0].article_id == article
    assert await repo.search.counts() == (1, 1)


async def test_remembered_queries_are_stable(repo: Repository) -> None:
    first = await repo.search.remember_query("премьера Томирис", now=NOW)
    assert await repo.search.remember_query("премьера Томирис", now=NOW) == first
    assert await repo.search.recall_query(first) == "премьера Томирис"
    assert await repo.search.recall_query(first + 100) is None


async def test_upcoming_premieres_are_events_by_date_and_city(repo: Repository) -> None:
    async def story(title: str, film: str, when: date, city: str) -> int:
        facts = PremiereFacts((film,), when, city, None)
        article_id = await add_article(repo, title, "текст", published=NOW, premiere=facts)
        article = await repo.articles.get(article_id)
        assert article is not None
        await record_article(repo, article, NOW)
        return article_id

    await story("Премьера «Степного ветра»", "Степной ветер", date(2026, 12, 1), "Алматы")
    # A second outlet reports the same premiere: one event, shown by the newer story.
    soon = await story(
        "«Степной ветер» покажут в Алматы", "«Степной Ветер»", date(2026, 12, 1), "Алматы"
    )
    later = await story("Премьера «Томирис 2»", "Томирис 2", date(2026, 12, 20), "Астана")
    await story("Премьера «Прошлого лета»", "Прошлое лето", date(2026, 11, 1), "Алматы")
    today = date(2026, 11, 22)
    assert [h.article_id for h in await repo.search.upcoming_premieres(today)] == [soon, later]
    in_almaty = await repo.search.upcoming_premieres(today, cities=["АЛМАТЫ"])
    assert [h.article_id for h in in_almaty] == [soon]
    both = await repo.search.upcoming_premieres(today, cities=["астана", "Алматы"])
    assert [h.article_id for h in both] == [soon, later]


def test_query_expressions_drop_function_words_and_short_prefixes() -> None:
    assert stem_match("Премьера в Алматы") == '"премьер" "алмат"'
    assert stem_match("премьера в Алматы", prefix=True) == '"премьер"* "алмат"*'
    # One-letter prefixes would expand to most of the vocabulary.
    assert stem_match("з фи кинотеатр", prefix=True) == '"з" "фи" "кинотеатр"*'
    assert stem_match("в и на с о") == '"в" "и"'
    assert stem_match("   ") is None
