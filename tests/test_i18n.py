from __future__ import annotations

import pytest

from bot.commands import MENU
from bot.i18n import CATALOGUES, LANGUAGES, RU, normalize_language, placeholders, t
from bot.news import CATEGORIES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_in_every_language_with_the_same_placeholders(lang: str) -> None:
    catalogue = CATALOGUES[lang]
    assert set(catalogue) == set(RU)
    for key, text in RU.items():
        assert catalogue[key].strip(), key
        assert placeholders(catalogue[key]) == placeholders(text), key


def test_catalogue_covers_categories_and_menu() -> None:
    for name in CATEGORIES:
        assert f"cat.{name}" in RU
    for name in MENU:
        assert f"cmd.{name}" in RU
        for lang in LANGUAGES:
            assert 3 <= len(t(lang, f"cmd.{name}")) <= 256


def test_languages_differ_and_params_are_escaped() -> None:
    assert len({t(lang, "help") for lang in LANGUAGES}) == 3
    text = t("en", "search.nothing", query="<b>&")
    assert "&lt;b&gt;&amp;" in text and "<b>" not in text


@pytest.mark.parametrize(
    ("code", "lang"),
    [("kk", "kk"), ("en-GB", "en"), ("ru", "ru"), ("uk", "ru"), (None, "ru"), ("", "ru")],
)
def test_telegram_language_codes_map_to_interface_languages(code: str | None, lang: str) -> None:
    assert normalize_language(code) == lang
