"""Where the test corpus lives: the messages ship with meetbot as the demo's corpus (one
copy, bot/demo/corpus); the documents they were built from stay with the tests."""

from __future__ import annotations

from pathlib import Path

import bot.demo

CORPUS = Path(bot.demo.__file__).parent / "corpus"
FILES = Path(__file__).parent / "corpus" / "files"
