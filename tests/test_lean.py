"""aiogram imported with deferred model builds behaves exactly as aiogram imported normally.

Each check runs in a fresh interpreter, since this test process imported aiogram eagerly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from aiogram import methods, types

from bot import lean

ROOT = Path(__file__).resolve().parents[1]

UPDATE = {
    "update_id": 7,
    "message": {
        "message_id": 11,
        "date": 1_700_000_000,
        "message_thread_id": 3,
        "chat": {"id": -100123, "type": "supergroup", "title": "Кино", "is_forum": True},
        "from": {"id": 5, "is_bot": False, "first_name": "Айгерим", "language_code": "kk"},
        "text": "/search премьера",
        "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
        "reply_to_message": {
            "message_id": 10,
            "date": 1_699_999_999,
            "chat": {"id": -100123, "type": "supergroup"},
            "photo": [{"file_id": "a", "file_unique_id": "b", "width": 90, "height": 60}],
            "caption": "<b>Фото</b>",
        },
        "reply_markup": {
            "inline_keyboard": [[{"text": "▶", "callback_data": "s:2"}]],
        },
    },
}

_CHILD = """
import json, sys
from bot.lean import import_aiogram_lazily
assert import_aiogram_lazily()
from aiogram import methods, types
update = types.Update.model_validate(json.loads(sys.argv[1]))
from aiogram.methods.base import Response
reply = Response[types.Message].model_validate(
    {"ok": True, "result": json.loads(sys.argv[1])["message"]}
)
send = methods.SendPhoto(chat_id=-100123, photo="https://example.invalid/a.jpg", caption="x",
                         message_thread_id=3)
unbuilt = [name for name in types.__all__ if not getattr(getattr(types, name),
           "__pydantic_complete__", True)]
failed = []
for module, names in ((types, types.__all__), (methods, methods.__all__)):
    for name in names:
        model = getattr(module, name)
        if hasattr(model, "model_rebuild"):
            try:
                model.model_rebuild()
            except Exception as exc:
                failed.append(f"{name}: {exc}")
print(json.dumps({
    "update": update.model_dump(mode="json", exclude_none=True),
    "reply": reply.model_dump(mode="json", exclude_none=True),
    "send": send.model_dump(mode="json", exclude_defaults=True),
    "unbuilt": len(unbuilt),
    "failed": failed,
}))
"""


def run_child() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(UPDATE)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_deferred_models_parse_and_build_like_eager_ones() -> None:
    child = run_child()
    eager_update = types.Update.model_validate(UPDATE).model_dump(mode="json", exclude_none=True)
    eager_send = methods.SendPhoto(
        chat_id=-100123, photo="https://example.invalid/a.jpg", caption="x", message_thread_id=3
    ).model_dump(mode="json", exclude_defaults=True)
    assert child["update"] == eager_update
    assert child["send"] == eager_send
    # A generic response model made after import, as the session makes it for each method.
    assert child["reply"] == {"ok": True, "result": eager_update["message"]}
    # Most models were left to be built on first use, and every one of them can be.
    assert isinstance(child["unbuilt"], int) and child["unbuilt"] > 200
    assert child["failed"] == []


def test_does_nothing_once_aiogram_is_imported() -> None:
    assert lean.import_aiogram_lazily() is False
    assert types.Message.__pydantic_complete__


_FREEZE_CHILD = """
import gc, json, weakref
from bot.lean import freeze_start_up, import_aiogram_lazily
import_aiogram_lazily()

class Node:
    pass

garbage = Node()
garbage.me = garbage  # a cycle: only a collection frees it
gone = weakref.ref(garbage)
del garbage
freeze_start_up()
print(json.dumps({"frozen": gc.get_freeze_count(), "scanned": len(gc.get_objects()),
                  "garbage_left": gone() is not None}))
"""


def test_start_up_objects_are_frozen_and_garbage_is_not() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _FREEZE_CHILD],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    child = json.loads(out.stdout)
    assert child["frozen"] > 50_000, "aiogram's classes and modules are left out of collections"
    assert child["scanned"] < child["frozen"] / 10, "what later collections still walk"
    assert child["garbage_left"] is False, "garbage is collected before the freeze, not kept"
