"""A lean start: aiogram's pydantic models built on first use rather than all at import, and the
objects built at start-up kept out of later garbage collections.

`aiogram.types` calls `model_rebuild()` on each of its ~400 Telegram types as it is imported,
which builds a validator and a serialiser for every one of them: about 100 MB for types a
news bot never receives or sends. Skipping that loop leaves each model incomplete, and
pydantic completes a model the first time it is used. What it then lacks are the names the
loop would have passed in (type modules import each other only under TYPE_CHECKING), so
they are given to every aiogram model as its parent namespace, where pydantic's own rebuild
looks for them.

Only the composition root calls this, before anything else imports aiogram.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

_PACKAGES = ("aiogram", "aiogram.types", "aiogram.methods")


def import_aiogram_lazily() -> bool:
    """Import aiogram with model builds deferred; False (no change) if it was imported already."""
    if "aiogram" in sys.modules:
        return False
    namespace: dict[str, Any] = {}
    original = BaseModel.__dict__["model_rebuild"]

    def remember(
        cls: type[BaseModel], /, *, _types_namespace: dict[str, Any] | None = None, **kwargs: Any
    ) -> bool | None:
        if _types_namespace is None:
            result: bool | None = original.__func__(cls, **kwargs)
            return result
        namespace.update(_types_namespace)
        return None

    setattr(BaseModel, "model_rebuild", classmethod(remember))  # noqa: B010
    try:
        for package in _PACKAGES:
            importlib.import_module(package)
    finally:
        setattr(BaseModel, "model_rebuild", original)  # noqa: B010
    # Complete models get it too: their generic forms (Response[Message]) are made later and
    # inherit it.
    for model in _aiogram_models(BaseModel):
        model.__pydantic_parent_namespace__ = {
            **namespace,
            **(model.__pydantic_parent_namespace__ or {}),
        }
    return True


def _aiogram_models(base: type[BaseModel]) -> Iterator[type[BaseModel]]:
    for model in base.__subclasses__():
        if model.__module__.startswith("aiogram."):
            yield model
        yield from _aiogram_models(model)


def freeze_start_up() -> None:
    """Leave everything built so far (modules, aiogram's models, routers) out of later collections.

    These objects live as long as the process, yet every full collection walks all of them
    again, about 140 ms with the event loop stopped, several times in a burst of deliveries.
    Garbage is collected first so that none of it is frozen for good."""
    gc.collect()
    gc.freeze()
