"""Pure title normalisation so several outlets' stories of one film group into one event."""

from __future__ import annotations

import re

from bot.news.lexicon import fold

# Kazakh letters map to the Russian spelling the same name gets in Russian-language outlets.
_KK_TO_RU = str.maketrans("әғқңөұүһі", "агкноуухи")
_STEM = 5  # Russian and Kazakh case endings live past the fifth letter of most title words


def event_key(title: str) -> str:
    """Grouping key: quotes, case, ё/е, Kazakh letters and word endings do not matter."""
    words = re.findall(r"\w+", fold(title).translate(_KK_TO_RU))
    return " ".join(word[:_STEM] for word in words)
