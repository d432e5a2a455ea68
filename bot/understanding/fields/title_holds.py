"""A meeting named by the body that holds it: "<Body> will hold a three-day meeting",
"<Body> to hold work session", "<Body> to meet March 30".

A council's or a team's notice often names no meeting at all: the sentence's subject is the
body, its verb ("will hold", "to hold", "will conduct") governs the gathering's noun, written in
lower case ("a three-day meeting", "online meetings", "a work session"). The body's name and
that noun together are the meeting's name; a headline's "<Body> to meet" names the body alone.
A headline that puts the meeting off or calls it off ("<Body> postpones meeting", "<Body>
cancels its meeting") names it the same way, by its own rule.
Read in the subject, else in the text's opening, only where nothing names the meeting better,
and under review (a newer reading).
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# Anchored on the verb (found by a substring test first, never tried at every character).
_VERBS = ("will hold ", "to hold ", "will conduct ", "to conduct ", "will meet", "to meet")
_CHANGES = ("postpones ", "cancels ", "reschedules ", "delays ")
# What the verb governs: an article, up to two lower-case words that describe it, the noun
# (over a line break where a PDF's line wraps).
_GOVERNED = re.compile(
    r"(?:hold|conduct|postpones|cancels|reschedules|delays)[ \t]+(?:(?:a|an|its|their|the)[ \t]+)?"
    r"(?P<noun>(?:[a-z][a-z-]*+[ \t]*+\n?[ \t]*+){0,2}?"
    r"(?:meetings?|sessions?|workshops?|webinars?|hearings?|retreats?|conferences?|forums?))\b"
)
# "to meet" ends the name: the body is what meets ("… Committee to meet March 30").
_MEETS = re.compile(r"meet\b(?![ \t]+(?:with|the|a|an|and|their|its)\b)")
# A name's small words, kept only between capitalised ones: "Board of Visitors".
_SMALL = frozenset(["of", "and", "&", "for", "on", "the"])
_NOT_DESCRIBING = frozenset(["by", "in", "at", "on", "to", "with", "for", "of", "and", "or"])
# A body's own noun, one of its words: a person ("Person A will hold a meeting") is no body.
_BODY_NOUNS = frozenset(
    [
        *("Council", "Committee", "Subcommittee", "Commission", "Board", "Team", "Panel"),
        *("Subpanel", "Group", "Force", "Assembly", "Association", "Society", "Ministry"),
        *("Department", "Agency", "Authority", "Secretariat", "Union", "Network", "Trustees"),
    ]
)
_LOOKED_AT = 1500  # the text's opening: the sentence that tells of the meeting
_NAME_WORDS = 2  # a body of one word ("the Council") is any council
HOLDS_CONFIDENCE = 0.65


def body_holds(text: MessageText) -> Extracted[str] | None:
    """The meeting the subject's, else the opening's, body holds or meets at, or None."""
    for haystack, in_subject in ((text.subject, True), (text.plain[:_LOOKED_AT], False)):
        for verb in (*_VERBS, *_CHANGES):
            at = haystack.find(verb)
            while at >= 0:
                if (named := _named(haystack, at, verb)) is not None:
                    name, end = named
                    source = f"Subject: {text.subject}" if in_subject else text.snippet(at, end)
                    why = _CHANGED_WHY if verb in _CHANGES else _HOLDS_WHY
                    return Extracted(name, source, HOLDS_CONFIDENCE, why)
                at = haystack.find(verb, at + 1)
    return None


# titles22: "The Example City Council's regularly scheduled meeting": the body owns the meeting
# its possessive governs (up to three lower-case words between them).
_POSSESSIVES = ("'s ", "’s ")
_OWNED = re.compile(
    r"['’]s[ \t]+(?:[a-z][a-z-]*+[ \t]+){0,3}?(?P<noun>meeting|session|hearing|workshop|retreat)\b"
)


def body_owns(text: MessageText) -> Extracted[str] | None:
    """The meeting a body's possessive governs in the subject, else the text's opening, named
    by the body and its noun: "<Body>'s regularly scheduled meeting" is the "<Body> meeting";
    a newer rule, under review."""
    for haystack, in_subject in ((text.subject, True), (text.plain[:_LOOKED_AT], False)):
        for possessive in _POSSESSIVES:
            at = haystack.find(possessive)
            while at >= 0:
                owned = _OWNED.match(haystack, at)
                if owned and not any(
                    w in _NOT_DESCRIBING for w in haystack[at : owned.start("noun")].split()
                ):
                    body = _body_before(haystack, at)
                    if body is not None:
                        source = (
                            f"Subject: {text.subject}"
                            if in_subject
                            else text.snippet(at, owned.end())
                        )
                        return Extracted(
                            f"{body} {owned['noun']}", source, HOLDS_CONFIDENCE, _OWNS_WHY
                        )
                at = haystack.find(possessive, at + 1)
    return None


_OWNS_WHY = ruled("title.body_owns", "a body's meeting, named by the body's possessive before it")
_HOLDS_WHY = ruled("title.body_holds", "a body's meeting, named by the verb it holds")
_CHANGED_WHY = ruled(
    "title.body_changes", "a body's meeting, named by the verb that puts it off or calls it off"
)


def _named(haystack: str, at: int, verb: str) -> tuple[str, int] | None:
    """The body before the verb at `at` and what it governs, and where the reading ends."""
    body = _body_before(haystack, at)
    if body is None:
        return None
    # the verb after "will" or "to"; a headline's "postpones" is the verb itself
    after = at if verb in _CHANGES else at + len(verb.split()[0]) + 1
    if verb.endswith("meet"):
        return (body, at) if _MEETS.match(haystack, after) else None
    governed = _GOVERNED.match(haystack, after)
    if governed is None or any(w in _NOT_DESCRIBING for w in governed["noun"].split()[:-1]):
        return None
    return f"{body} {clean(governed['noun'])}", governed.end()


def _body_before(haystack: str, at: int) -> str | None:
    """The capitalised name ending right before `at` (its small words between capitalised
    ones), without a possessor before it ("the Council's (…) Example Team") or an aside in
    brackets; None if it has fewer than two capitalised words."""
    words: list[str] = []
    line = haystack[max(0, at - 160) : at]
    for word in reversed(line[line.rfind("\n") + 1 :].split()):
        if word.startswith("(") and word.endswith(")"):
            continue  # the body's letters: "Example Team (ET)"
        if word.endswith(("'s", "’s", ")", ",", ".", ":")):
            break
        if word in _SMALL or (word[0].isupper() and word[0].isascii()):
            words.append(word)
            continue
        break
    while words and words[-1] in _SMALL:
        words.pop()  # (words are gathered backwards: the last is the name's first)
    name = [*reversed(words)]
    if sum(1 for w in name if w[0].isupper()) < _NAME_WORDS or _BODY_NOUNS.isdisjoint(name):
        return None
    if name[0] == "The":
        name = name[1:]
    return " ".join(name) if len(name) >= _NAME_WORDS else None
