"""Where an English meeting name's edges lie, read from how a headline or notice is built.

On its right a name ends where a headline's purpose begins ("… Summit to Bring Together …",
"… Meeting To Discuss …") or where a notice says what of it changes ("… Meeting Time Change");
on its left a body's own "of" stays inside it ("Board of Education Meeting", "… Subcommittee of
the Advisory Committee Meeting"), where a sentence's "of" would end it.
Kept apart from bot.understanding.fields.title_grow, which grows a name over these edges.
"""

from __future__ import annotations

import re

# A headline's verb of purpose after "to": "… Meeting To Discuss 5-Year Plan" (a name goes on
# "to the Convention").
_PURPOSE_VERB = re.compile(
    r"[ \t]+(?i:discuss|review|consider|adopt|address|explore|examine|strengthen|boost|promote"
    r"|focus|plan|prepare|launch|mark|celebrate|finali[sz]e|tackle|set|seek|push|enhance|deepen"
    r"|expand|approve|elect|decide|agree|map|chart|shape|advance|drive|debate)\b"
)
# Right after a meeting's noun named by the words before it, "to" and a capitalised word that
# is no article: an infinitive of purpose ("<Nth> Example Summit to Bring Together …"), whatever
# its verb; a name's own "to" is followed by "the" ("… of the Parties to the Convention"), and a
# noun that opens the name is named by its purpose ("Seminar to Examine Options for …").
_TO_A_WORD = re.compile(r"[ \t]+(?!(?:The|A|An)\b)[A-Z][a-z]+\b")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)\b)[A-Z0-9][\w'’-]*[ \t]+$")


def purpose_at(text: str, after_to: int, *, noun_end: int | None, capital: bool) -> bool:
    """Whether the "to" (written "To" when `capital`) that ends at `after_to` opens a
    headline's purpose: before a verb of purpose (a listed one after "To" anywhere in a name;
    any capitalised word where "to" follows the meeting's noun, ending at `noun_end`, right
    after a word of the name)."""
    if capital and _PURPOSE_VERB.match(text, after_to):
        return True
    if noun_end is None or _TO_A_WORD.match(text, after_to) is None:
        return False
    noun_start = noun_end
    while noun_start > 0 and text[noun_start - 1].isalpha():
        noun_start -= 1
    return _NAME_WORD_BEFORE.search(text, max(0, noun_start - 40), noun_start) is not None


_TO = re.compile(r"[ \t]+(?:to|To)(?=[ \t])")


def purpose_after(text: str, end: int, noun_end: int) -> bool:
    """Whether a headline's "to <verb>" follows a name that ends at `end` (a name grown to
    `noun_end`, its meeting's noun, or further)."""
    to = _TO.match(text, end)
    right_after = noun_end if end == noun_end else None
    return to is not None and purpose_at(
        text, to.end(), noun_end=right_after, capital=to.group().endswith("To")
    )


# Right after a meeting's noun, what of it a notice changes: "… Meeting Time Change", "…
# Conference Venue Update" (a page's heading; the meeting is named before it).
_CHANGED_PART = re.compile(
    r"[ \t]+(?i:time|date|dates|venue|location|room)[ \t]+"
    r"(?i:change|changes|changed|update|moved)\b"
)


def changed_part_after(text: str, noun_end: int) -> bool:
    """Whether a notice's words of what changes follow the meeting's noun at `noun_end`."""
    return _CHANGED_PART.match(text, noun_end) is not None


# Bodies whose own name goes on with "of": "Board of Trustees", "Chamber of Commerce",
# "Subcommittee of the Advisory Committee" (a sentence's "of" ends a name grown leftwards:
# "Minutes of Example Meeting").
# (not an organisation's: "Association of Example Nations (AEN) Summit" is named by its letters)
_BODY_NOUNS = (
    "Board|Council|Commission|Committee|Subcommittee|Sub-Committee|Chamber|Ministry|Department"
    "|Bureau|Court"
)
# (and leaders named by their office: "Commonwealth Heads of Government Meeting", read before)
_BODY_BEFORE_OF = re.compile(rf"(?<![\w'’-])(?:{_BODY_NOUNS}|Heads)[ \t]+$")
# A body's own "on", not after a sentence's article: "Example Committee on Fisheries", a list's
# "Sub-Committee on <Topic>", a sentence's opening "The Committee on <Topic> meets …"; "a report
# by the Board on <a conference's> costs" is a sentence's "on".
_NO_ARTICLE = r"(?<!\bthe[ \t])(?<!\ban[ \t])(?<!\ba[ \t])"
_BODY_BEFORE_ON = re.compile(rf"(?<![\w'’-]){_NO_ARTICLE}(?:{_BODY_NOUNS})[ \t]+$")
_BODY_OF_INSIDE = re.compile(
    rf"(?<![\w'’-])(?:{_BODY_NOUNS})[ \t]+of[ \t]"
    rf"|(?<![\w'’-]){_NO_ARTICLE}(?:{_BODY_NOUNS})[ \t]+on[ \t]"
)
_BODY_NOUN_CHARS = 16  # the longest body noun and its space


def body_of_before(text: str, of_start: int) -> bool:
    """Whether the "of" (or "on") at `of_start` follows a body's noun, written capitalised (and
    after no article, for "on")."""
    before = _BODY_BEFORE_ON if text.startswith("on", of_start) else _BODY_BEFORE_OF
    return before.search(text, max(0, of_start - _BODY_NOUN_CHARS), of_start) is not None


def body_of_inside(text: str, start: int, noun_start: int) -> bool:
    """Whether a name grown leftwards from its noun at `noun_start` to `start` went over a
    body's "of" or "on" (a newer reading: a person checks it)."""
    return _BODY_OF_INSIDE.search(text, start, noun_start) is not None


# A headline's tail after a name: how the meeting is held ("… Summit In Virtual Format", "…
# Forum in Hybrid Mode", "… Meeting in Person"; not a topic's "Cooperation in Digital Trade":
# "digital" and "electronic" only with a word of form), and a wire's attribution after a dash
# at the line's end ("… Summit - Statement", "… Talks - Sources").
# (mend-r20a: the manner word alone ends the name only where the headline's line ends or is
# cut there, and "person" not before a dash: "Symposium in Remote Sensing", "Conference in
# Online Learning", "Workshop in Person-Centred Care" name a topic)
_MANNER = re.compile(
    r"[ \t]+(?:an?[ \t]+)?(?i:(?:virtual|online|hybrid|remote|in-person|digital|electronic)"
    r"[ \t]+(?:format|form|mode|setting)\b"
    r"|(?:virtual|online|hybrid|remote|in-person)(?=[ \t]*(?:[-–:,;.(]|\n|$))|person\b(?!-))"
)
_ATTRIBUTION = re.compile(
    r"[ \t]*(?i:statement|sources?|officials?|spokes(?:man|woman|person)|reports?|ministry"
    r"|ministers?|diplomats?)[ \t]*(?:\n|$)"
)

# A heading that opens with a meeting's letters and joins another topic to them: "AGM & Covid-19"
# (the letters alone name the meeting; "Example Conference & Expo" is one event's name).
_LETTERS_OPEN = re.compile(r"(?:^|\n)[ \t]*[A-Z]{2,5}$")

# titles-r21: "and of" goes on with a list of whose offices or members, past the name: "…
# Vice-Presidents of the General Conference and of the Chairpersons of …". (mend-r21c: not
# where the name's own "of" came after its noun: "Joint Meeting of the <Council> and of the
# <Assembly>" names both.)
_OF_AGAIN = re.compile(r"[ \t]+of[ \t]")
_OF = re.compile(r"[ \t\n]of[ \t\n]")


def headline_tail(
    text: str, connector: str, after: int, *, letters_end: int | None, noun_end: int
) -> bool:
    """Whether the connector (lower-cased) that ends at `after` opens a headline's tail, not
    more of the name: "in" and how the meeting is held, a dash and a wire's attribution, or "&"
    / "and" right after a meeting's letters (ending at `letters_end`) that open their line, or
    "and of" where no "of" stands between the name's noun (ending at `noun_end`) and it."""
    if connector == "in":
        return _MANNER.match(text, after) is not None
    if connector in ("-", "–"):
        return _ATTRIBUTION.match(text, after) is not None
    if (
        connector == "and"
        and _OF_AGAIN.match(text, after)
        and _OF.search(text, noun_end, after) is None
    ):
        return True
    return (
        connector in ("&", "and")
        and letters_end is not None
        and text[letters_end:after].strip(" \t") == connector
        and _LETTERS_OPEN.search(text, max(0, letters_end - 8), letters_end) is not None
    )


# titles-r21: a gathering "of" a region's or a country's people, the word of where capitalised
# and who in lower case: "an annual meeting of Southeast Asian foreign ministers", "a summit of
# African leaders". Cut at "Asian" the name names no one: it runs on to whom.
# (a line may wrap between any two words)
_OF_WHERE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][a-z]+(?:an|ese)")
_WHOM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:ministers|leaders|officials|diplomats|envoys|parliamentarians"
    r"|mayors|governors|legislators)\b"
)


# titles-r22: a session "of the" body's letters and its organ in lower case: "the 76th session
# of the EXO regional committee for <Region>" (cut at the letters, it names the whole body's).
_OF_LETTERS = re.compile(r"\s+of\s+the\s+[A-Z]{2,}")
# (mend-r22e: on the name's own line; a heading's next line is not the region's words)
_ORGAN = re.compile(
    r"[ \t]+(?:regional|executive|governing|standing)[ \t]+(?:committee|board|council|commission)"
    r"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)?"
)


def whom_after(text: str, noun_end: int, end: int) -> int:
    """`end`, or past the people a name's "of" and their region's word stand before, or past
    the organ in lower case after a body's letters."""
    if _OF_WHERE.fullmatch(text, noun_end, end) and (whom := _WHOM.match(text, end)):
        return whom.end()
    if _OF_LETTERS.fullmatch(text, noun_end, end) and (organ := _ORGAN.match(text, end)):
        return organ.end()
    return end
