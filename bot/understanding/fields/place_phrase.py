"""A phrase that may say where the meeting is, and where an English place phrase ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.venue_name import MAX_VENUE_CHARS


@dataclass(frozen=True)
class Candidate:
    """text.plain[start:end] may name the meeting's place."""

    start: int
    end: int
    score: int
    labelled: bool = False
    world_city: bool = False  # names a city GeoNames knows and the gazetteer's list does not
    country: str | None = None  # a country it names that the gazetteer cannot find ("ไทย")
    rule: str = ""  # which kind of phrase it is ("held_at"), named with the values read from it


# The place a notice moves the meeting to or keeps (place_candidates.NEW_VENUE_SCORE), a form's
# numbered field, the room an online meeting is broadcast from: round eleven's phrases; a verb
# of opening's place (place_opening), a room after a heading's hour (place_header_room): round
# seventeen's. Under review.
NEW_RULES = frozenset(
    {"new_venue", "venue_kept", "numbered_label", "broadcast_from", "opened_in", "room_after_hour"}
)


def tagged(rule: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates one kind of phrase found, named by it (`Candidate.rule`)."""
    return [replace(c, rule=rule) for c in found]


# "Hotel Taj Samudra, Sri Lanka Organized by ...": who holds it is no part of the place.
HOSTED_BY = re.compile(
    r",?\s(?:(?:co-?)?organi[sz]ed|hosted|sponsored|supported|funded)\s+by\b"
    r"|,?\sin\s+(?:cooperation|collaboration|partnership)\s+with\b",
    re.IGNORECASE,
)
# A full stop ends the phrase, unless it ends an abbreviation of an address ("Jl. M.H.
# Thamrin No. 9"); so does the verb of the sentence ("at the Hotel in Vientiane, will no
# longer take place").
_PHRASE_END = re.compile(
    r"(?-i:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2}))\.|[;:]"
    # (a day, not a house number: "… Center (ECC) 12 Example Street, Ward 6, …"; a building's
    # short name in brackets goes on)
    r"|\s(?:on|from|during|between|to|which|where|with|for|located|situated)\s"
    # "… at the Example University (EU) as part of the Example Initiative": whose programme
    r"|\sas\s+part\s+of\s"
    # "… in Room 4 at 10.30 a.m.": the hour, not a house number ("at 10 Sample Street");
    # written "at 10 o'clock", "at 10h30" or "at noon" as well (mend-r21a)
    r"|\sat\s+(?:\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?m\b|\s*o['’]clock\b|h\d{2}\b)|noon\b|midday\b)"
    r"|\s\d{1,2}\s(?!(?-i:[A-Z][\w'’-]+\s+){1,3}(?:street|road|avenue|lane|boulevard)\b)"
    r"|,?\s(?:will|shall|has|have|had|is|are|was|were)\s"
    r"|,?\s(?:and|or)\s+(?:online|virtually|remotely|via)\b|\((?!(?-i:[A-Z]{2,10})\))"
    # "… in <City>, <Country> either physically or online": the ways, said after the place
    r"|\s(?:either|both)\s+(?:physically|in[\s-]person|online|virtually|remotely|on[\s-]site)\b"
    # a clause after a comma: "… Library in Plainwell, unless you hear otherwise"
    r"|,\s+(?-i:(?!(?:in|at|the)\b)(?=[a-z]))"
    rf"|{HOSTED_BY.pattern}",
    re.IGNORECASE,
)


def phrase_end(text: MessageText, start: int) -> int:
    """Where an English place phrase ends: at a sentence end, a date, a clause, or a line
    break that does not only wrap the sentence ("Kuala\n> Lumpur" in quoted mail)."""
    stop = _PHRASE_END.search(text.plain, start, start + MAX_VENUE_CHARS)
    end = stop.start() if stop else min(len(text.plain), start + MAX_VENUE_CHARS)
    newline = text.plain.find("\n", start, end)
    while newline >= 0 and text.wraps_at(newline):
        newline = text.plain.find("\n", newline + 1, end)
    return end if newline < 0 else newline


# A paragraph's line is no line of an address; nor a heading over one after the address's
# full stop ("…, Hobart, Australia." / "Background" / the section's paragraph).
PARAGRAPH_CHARS = 120


def section_starts(lines: list[str], number: int) -> bool:
    """Whether a label's value ends before its line `number`: a paragraph, or a heading over
    one after a full stop (lines without blank lines between them, as HTML's are)."""
    if len(lines[number]) > PARAGRAPH_CHARS:
        return True
    after = lines[number + 1] if number + 1 < len(lines) else ""
    return lines[number - 1].rstrip().endswith(".") and len(after) > PARAGRAPH_CHARS


# "conducted in blended mode co-chaired by …", "scheduled in June and July while <Office
# City> …": how or when, not where, after "in".
WAY_OR_TIME = re.compile(
    r"(?i:(?:an?\s+|the\s+)?(?:blended|hybrid|virtual|online|mixed|physical|in[\s-]person)\s+"
    r"(?:mode|format|manner|setting|form|fashion)\b)"
    # (whole month names: "in Mar del Plata" is a city)
    r"|(?i:(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b)"
)
