"""A summit named by its body's letters alone: "ASEAN summit", "the 36th ASEAN Summit".

News of leaders' summits names them by the grouping's short form and the noun, two words the
title rules do not take (a name of two words, "Annual Meeting", "Board Meeting", is any
body's). A summit is a grouping's: its letters make the name. Read in the subject, else in the
text, where nothing names the meeting better; a person checks it. An organisation's own
meeting is named so in a subject too ("Postponement of the EXA conference").
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# "<ordinal> <LETTERS> summit": capitals ("ASEAN", "US-ASEAN", "G20"), or a word written in
# capitals elsewhere in the text ("Asean" beside "(ASEAN)").
_SUMMIT = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th)[ \t]+)?"
    r"\b(?P<letters>[A-Z][A-Za-z0-9]{1,9}(?:-[A-Z][A-Za-z0-9]{1,9})*)[ \t]+(?i:summit)(?P<s>s?)\b"
)
# (titles23: two groupings joined may be two letters each, "US-ASEAN", "EU-AU"; one alone, "US
# summit", is a country's)
_CAPITALS = re.compile(
    r"(?:[A-Z]{3,10}|G\d{1,2})(?:-(?:[A-Z]{2,10}|G\d{1,2}))*"
    r"|[A-Z]{2}(?:-(?:[A-Z]{2,10}|G\d{1,2}))+"
)
SUMMIT_CONFIDENCE = 0.7
# "Asian summits", "the African summit": a region's leaders meeting, named by no letters (a
# newer reading, under review).
_REGIONS = frozenset(
    [
        *("Asian", "African", "European", "Arab", "Pacific", "Nordic", "Caribbean"),
        *("Asia-Pacific", "Ibero-American", "Mekong", "Gulf", "Andean"),
    ]
)
REGION_CONFIDENCE = 0.65
# "the special summit in Washington": a summit named by its kind alone, the one the news is of
# where no grouping's letters name it (a newer reading, under review).
_KIND_SUMMIT = re.compile(
    r"\b(?:the|a|an)[ \t\n]+(?P<kind>special|extraordinary|emergency|informal|commemorative)"
    r"[ \t\n]+summit\b"
)
KIND_CONFIDENCE = 0.6
_KIND_BEFORE = 24  # "the extraordinary ", before the noun
_TRIED = 10
_BEFORE = 30  # an ordinal and the letters, before the noun


def body_summit(text: MessageText) -> Extracted[str] | None:
    """The first "<LETTERS> summit" of the subject, else of the text, or None."""
    for haystack, lowered, in_subject in (
        (text.subject, text.subject_lower, True),
        (text.plain, text.lower, False),
    ):
        # (looked for behind each "summit", at most so often, not tried at every character)
        at, tried = lowered.find("summit"), 0
        while at >= 0 and tried < _TRIED:
            tried += 1
            found = _SUMMIT.search(haystack, max(0, at - _BEFORE), at + len("summits"))
            if found and found.end() - len(found["s"]) == at + len("summit"):
                source = f"Subject: {text.subject}" if in_subject else text.snippet(*found.span())
                if not found["s"] and _letters(found["letters"], text):
                    why = ruled("title.body_summit", "a summit named by its grouping's letters")
                    return Extracted(found.group(), source, SUMMIT_CONFIDENCE, why)
                if found["letters"] in _REGIONS:
                    why = ruled("title.region_summit", "summits named by their region")
                    return Extracted(found.group(), source, REGION_CONFIDENCE, why)
            kind = _KIND_SUMMIT.search(lowered, max(0, at - _KIND_BEFORE), at + len("summit"))
            if kind and kind.end() == at + len("summit"):
                named = clean(haystack[kind.start("kind") : kind.end()])
                source = f"Subject: {text.subject}" if in_subject else text.snippet(*kind.span())
                why = ruled("title.kind_summit", "a summit named by its kind alone")
                return Extracted(named, source, KIND_CONFIDENCE, why)
            at = lowered.find("summit", at + 1)
    return None


def _letters(word: str, text: MessageText) -> bool:
    """Whether `word` is a grouping's letters: in capitals, or so written in the text."""
    if _CAPITALS.fullmatch(word):
        return True
    if "-" in word:
        return _joined(word.split("-"))
    return word[1:].islower() and re.search(rf"\b{word.upper()}\b", text.plain) is not None


# A prefix joined to a word is no side: "Post-COVID summit", "Pan-Asian summit"; nor is a
# describing word after the letters ("US-Hosted", "UN-Backed", "EU-Level": mend-r20a).
_PREFIXES = frozenset(["post", "pre", "anti", "non", "mid", "pan", "inter", "trans", "sub"])
_DESCRIBING = re.compile(r"\w+ed|led|style|level|wide|type|scale|size|era|only")


def _joined(sides: list[str]) -> bool:
    """Whether the sides a dash joins are two parties, one at least in capitals: "Asean-US"
    (news write a grouping's letters as a word; titles-r20), not a prefix's "Post-COVID"."""
    return any(side.isupper() for side in sides) and all(
        side.isupper()
        or (
            len(side) >= 3
            and side[1:].islower()
            and side.lower() not in _PREFIXES
            and _DESCRIBING.fullmatch(side.lower()) is None
        )
        for side in sides
    )


# "Postponement of the EXA conference": the one meeting a body's letters and a gathering's
# noun in lower case name, after "the", in the subject (an organisation's own meeting, named by
# its letters alone; a newer reading, under review). Without "the" ("EXA conference - Call for
# papers", "EXA meeting taps way for …") the letters are a page's or a headline's words. Not a
# virus's or a time's letters.
_LETTERS_GATHERING = re.compile(
    r"(?<=\bthe[ \t])(?P<letters>(?!(?:COVID|SARS|GMT|UTC|PDF)\b)[A-Z]{3,10})[ \t]+"
    r"(?:annual[ \t]+|biennial[ \t]+|general[ \t]+)?"
    r"(?:conference|meetings?|congress|symposium|assembly)(?![\w-])"
)
_GATHERING_WORDS = ("conference", "meeting", "congress", "symposium", "assembly")
LETTERS_CONFIDENCE = 0.6


def letters_gathering(text: MessageText) -> Extracted[str] | None:
    """The subject's "<LETTERS> <gathering's noun>", or None."""
    if not any(word in text.subject for word in _GATHERING_WORDS):
        return None
    found = _LETTERS_GATHERING.search(text.subject)
    if found is None:
        return None
    why = ruled("title.letters_gathering", "a body's meeting named by its letters alone")
    return Extracted(found.group(), f"Subject: {text.subject}", LETTERS_CONFIDENCE, why)
