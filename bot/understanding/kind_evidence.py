"""Where a message says the words its kind is read by: in its subject, in its own text, or
in a quoted part or attachment (bot.understanding.triage weighs them in that order), and
whether a word in the text stands near what it must be said of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.kind_conditions import said_on_condition, schedule_entry
from bot.understanding.prefilter import Prefiltered


@dataclass(frozen=True)
class Evidence:
    subject: list[str]
    body: list[str]
    elsewhere: list[str]

    @property
    def any(self) -> bool:
        return bool(self.subject or self.body or self.elsewhere)

    @property
    def strong(self) -> bool:
        return bool(self.subject or self.body)

    def reason(self, what: str) -> str:
        where, words = (
            ("the subject", self.subject)
            if self.subject
            else ("the message", self.body)
            if self.body
            else ("a quoted part or attachment", self.elsewhere)
        )
        return f'{what}: {where} says "{words[0]}"'


def find(
    text: MessageText,
    pattern: re.Pattern[str] | Prefiltered,
    *,
    exclude: re.Pattern[str] | None = None,
    near: re.Pattern[str] | None = None,
    near_after: int | None = None,
    drop_conditional: bool = False,
) -> Evidence:
    """Where the pattern occurs. In the text (not the subject), `near` must also occur close
    by: a report that says some rule was "cancelled" has not cancelled the meeting. With
    `drop_conditional`, a call-off said on a condition or of long ago does not count
    (bot.understanding.kind_conditions)."""
    subject = [
        text.subject[m.start() : m.end()]
        for m in pattern.finditer(text.subject_lower)
        if not excluded(text.subject_lower, m, exclude)
        and not (drop_conditional and said_on_condition(text.subject_lower, m.start(), m.end()))
    ]
    body: list[str] = []
    elsewhere: list[str] = []
    for match in pattern.finditer(text.lower):
        if excluded(text.lower, match, exclude):
            continue
        if drop_conditional and (
            said_on_condition(text.lower, match.start(), match.end())
            or schedule_entry(text.lower, match.start())
        ):
            continue
        if near is not None and not _near(text.lower, match, near, near_after or NEAR_AFTER):
            continue
        words = clean(text.plain[match.start() : match.end()])
        (body if text.in_body(match.start()) else elsewhere).append(words)
    return Evidence(subject, body, elsewhere)


def _near(haystack: str, match: re.Match[str], near: re.Pattern[str], after: int) -> bool:
    """Whether `near` occurs close by: the subject of "…, which was scheduled for 16-17 March
    at the Mekong Pearl Hotel in Vientiane, will no longer take place" stands far before."""
    around = haystack[max(0, match.start() - NEAR_BEFORE) : match.end() + after]
    return near.search(around) is not None


# A sentence names its subject, the meeting, well before its verb; a few words follow.
NEAR_BEFORE = 200
NEAR_AFTER = 60


def excluded(haystack: str, match: re.Match[str], exclude: re.Pattern[str] | None) -> bool:
    if exclude is None:
        return False
    end = match.end()
    # "You can cancel<https://…> your registration": a link's target is not words.
    if target := _LINK_TARGET.match(haystack, end):
        end = target.end()
    around = haystack[max(0, match.start() - 60) : end + 60]
    return exclude.search(around) is not None


_LINK_TARGET = re.compile(r"\s*<[^<>\s]{1,2000}>")
