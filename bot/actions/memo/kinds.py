"""Which document a memo draft is; its own module, so the command line can offer the
choice without importing the memo stack."""

from __future__ import annotations

from enum import StrEnum


class MemoKind(StrEnum):
    NOMINATION = "nomination"  # to the Director-General: send these delegates
    REPORT = "report"  # to the Director-General: what the meeting did
    CIRCULATION = "circulation"  # ว memo forwarding the report to every unit
    REPLY = "reply"  # English, to the organiser: our delegates
