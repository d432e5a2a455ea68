"""What a configuration lacks for the memos: said by `meetbot config check` before a memo
prints English where the Thai belongs, or fails for want of its emblem."""

from __future__ import annotations

from collections.abc import Iterator

from bot.config.settings import Settings

# What ๓.๑ of the nomination memo writes of each delegate:
# "มอบหมายให้<name_th> <position_th> <unit_th>".
_DELEGATE_THAI = ("name_th", "position_th", "unit_th")


def memo_warnings(settings: Settings) -> Iterator[str]:
    """One line per delegate whose Thai the memo will need and not find."""
    for delegate in settings.delegates:
        missing = [name for name in _DELEGATE_THAI if not getattr(delegate, name)]
        if missing:
            yield (
                f"delegates[{delegate.key}]: {', '.join(missing)} not set; a memo naming this "
                "delegate prints the English instead (ผู้แทนคนนี้ยังไม่มีชื่อ/ตำแหน่ง/หน่วยงานภาษาไทย)"
            )


def memo_problems(settings: Settings) -> Iterator[str]:
    """An emblem path that is set must be a file: a memo without it cannot be drafted."""
    path = settings.memo.emblem_path
    if path is not None and not path.is_file():
        yield f"memo.emblem_path: no image file at {path} (ไม่พบไฟล์ตราครุฑ)"
