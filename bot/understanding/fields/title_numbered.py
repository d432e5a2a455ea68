"""A numbered sitting named without a capitalised name: "the 45th Council", "the 9th
ministerial conference".

An organisation whose governing body meets in numbered sessions writes the session as the
body's noun after its number ("<Org>'s 45th Council, which opens today"), and news writes a
numbered meeting in lower case ("reconvening the 9th ministerial conference"): the title rules,
which grow a capitalised name back from its meeting noun, find none. Read only where no other
rule names the meeting, in the subject or the text's opening lines (where a story says which
meeting it is about), and under review (newer forms).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understanding.fields.text import MessageText
from bot.understanding.prefilter import Prefiltered, prefiltered, words
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# "<N>th [Governing|Executive] Council|Board", not followed by a name's next word or a noun it
# qualifies ("the 20th Council Meeting", "the 3rd Board of Trustees", "the 9th Council member"):
# those are another name, a person or a room.
# (each opens on what the engine skips to: a digit, with the word boundary looked behind for
# after it; the words' first letters)
_NUMBERED_BODY = re.compile(
    r"\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th)[ \t]+(?:(?:Governing|Executive)[ \t]+)?(?:Council|Board)\b"
    r"(?![ \t]*[-–&(]|[ \t]+(?:[A-Z]|(?i:of|members?|meetings?|sessions?|room|chamber)\b))"
)
# "the <N>th [one or two lower-case words] conference|meeting|…" after "the" or an owner's
# word, in lower case throughout; not a meeting of something named after it ("the 3rd meeting
# of the Example Board": that name is the title rules').
_NUMBERED_LOWER = prefiltered(
    words("the", "its", "their", "our", word_start=True),
    r"\b(?:the|its|their|our)[ \t]+(\d{1,3}(?:st|nd|rd|th)[ \t]+(?:(?!floor\b)[a-z]{3,}[ \t]+){0,2}"
    r"(?:conference|meeting|summit|congress|assembly|symposium|forum))\b(?![ \t]+(?:of|on)\b)",
)
# "the 118th Congress" is a body's term as often as its sitting: the kind is not told by it.
NUMBERED_BODY_RULE = "title.numbered_body"
_LOOKED_AT = 600  # a story's opening lines
NUMBERED_CONFIDENCE = 0.6
_BODY_WHY = "a body's numbered sitting named by its number and noun alone"
_LOWER_WHY = "a numbered meeting written in lower case"


def numbered_sitting(text: MessageText) -> Extracted[str] | None:
    """ "<N>th Council", else "the <N>th … conference" in lower case, as the subject writes it
    or the text's opening lines do."""
    if text.mostly_thai:
        return None
    body = _first(_NUMBERED_BODY, 0, NUMBERED_BODY_RULE, _BODY_WHY, text)
    return body or _first(_NUMBERED_LOWER, 1, "title.numbered_lower", _LOWER_WHY, text)


def _first(
    pattern: re.Pattern[str] | Prefiltered, group: int, code: str, why: str, text: MessageText
) -> Extracted[str] | None:
    if found := _uncited(pattern.finditer(text.subject), text.subject, text):
        source = f"Subject: {text.subject}"
    elif found := _uncited(
        pattern.finditer(text.plain, 0, min(text.body_end, _LOOKED_AT)), text.plain, text
    ):
        source = text.snippet(found.start(), found.end())
    else:
        return None
    return Extracted(found.group(group), source, NUMBERED_CONFIDENCE, ruled(code, why))


# A numbered meeting a story cites, not the one it tells of: its clause dates it in the past
# ("at the 3rd annual meeting last year", "their 4th summit in 2019") or makes the body its
# members ("elected the 10th Board, whose term …", "plays on the 1st Board").
_PAST_AFTER = re.compile(r"[^.;\n]*?\b(?:last[ \t]+(?:year|month|week)|ago|term)\b")
_YEAR_AFTER = re.compile(r"[^.;\n]*?\b((?:19|20)\d\d)\b")
_MEMBERS_BEFORE = re.compile(r"\b(?:elected|appointed|confirmed|on)[ \t]+(?:the[ \t]+)?$")


def _uncited(
    found: Iterator[re.Match[str]], haystack: str, text: MessageText
) -> re.Match[str] | None:
    """The first of the matches its clause does not cite as past or as a body's members."""
    return next((one for one in found if not _cited(one, haystack, text)), None)


def _cited(found: re.Match[str], haystack: str, text: MessageText) -> bool:
    if _PAST_AFTER.match(haystack, found.end()) or _MEMBERS_BEFORE.search(
        haystack, max(0, found.start() - 20), found.start()
    ):
        return True
    year = _YEAR_AFTER.match(haystack, found.end())
    if year is None:
        return False
    # a year before every date the text gives is the past
    years = [t.start.year for t in text.temporals if t.start is not None]
    return bool(years) and int(year.group(1)) < min(years)
