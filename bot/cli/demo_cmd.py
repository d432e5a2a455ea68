"""`meetbot demo`: the whole bot once on the embedded default (bot/demo/run.py)."""

from __future__ import annotations

from bot.cli import app


@app.command()
def demo() -> None:
    """Process the demo corpus once on the embedded default (var/) and show what happened."""
    from bot.demo.run import run_demo

    run_demo()
