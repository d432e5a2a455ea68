"""Growing an English meeting name from its noun over the words around it: left over
capitalised words, ordinals and years ("… the 18th ASEAN Labour Ministers' Meeting"), right over
small words and capitalised ones ("Meeting of the Senior Labour Officials"), stopping at a
notice's words, a month, a place written after the name, or how it is held.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.series import ORDINAL, is_ordinal
from bot.understanding.fields.title_bounds import (
    body_of_before,
    body_of_inside,
    changed_part_after,
    headline_tail,
    purpose_after,
    purpose_at,
)
from bot.understanding.fields.title_line_ends import new_line_opens, next_line_ends, opens_line
from bot.understanding.fields.title_lower import FOR_COUNTRIES
from bot.understanding.fields.title_words import (
    AFTER_A_DASH,
    CONNECTORS,
    FACILITY,
    FACILITY_OPENS,
    HONORIFICS,
    JOINING,
    MEDIUM_AFTER,
    NOT_TITLE_WORDS,
    NOTICE_WORDS,
    SENTENCE_WORDS,
    is_month_or_weekday,
)

_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{cues.MONTH_NAME_EN})\.?\s+$", re.IGNORECASE)
# (a short form in brackets may carry its session's number: "(AEM 43)")
_TOKEN = re.compile(
    r"[ \t]*+\n?[ \t]*+(\([A-Z][A-Za-z0-9&+\-]*(?: \d{1,3})?\)|[A-Za-z0-9][\w'’.&+\-]*|[&–:-])"
)
_ASIDE_WORD = re.compile(r"\([A-Z][A-Za-z0-9&+\-]*(?: \d{1,3})?\)")
# "Video/Teleconference Session": one word either side of the slash.
_WORD_CHARS = frozenset("_'’-&/")


def _word_before(text: str, position: int) -> tuple[str, int] | None:
    """The word that ends before `position` (over spaces and one line break), and where it
    starts: a word, "&", or a short form in brackets "(ASEAN-OSHNET)". Scanned backwards by
    hand: a regex anchored at the end would be tried at every position before it."""
    end = position
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end > 0 and text[end - 1] == "\n":
        end -= 1
        while end > 0 and text[end - 1] in " \t":
            end -= 1
    if end == 0:
        return None
    if text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - 40), end)
        aside = _ASIDE_WORD.fullmatch(text, opening, end) if opening >= 0 else None
        return (aside.group(), opening) if aside else None
    if text[end - 1] == "." and (initials := _initials_before(text, end)) is not None:
        return text[initials:end], initials  # "the Washington D.C. meeting": a place's letters
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
        start -= 1
    word = text[start:end]
    if word == "&":
        return word, start
    if word in ("", "-") and text[end - 1] in "–-" and text[end - 2 : end - 1] in (" ", "\t"):
        return text[end - 1], end - 1  # a dash between words: "ASEAN – OSHNET"
    stripped = word.lstrip("_'’-&")
    if not stripped or not stripped[0].isascii():
        return None
    return stripped, end - len(stripped)


def _initials_before(text: str, end: int) -> int | None:
    """Where capitals each closed by a dot, two at least, open before `end` ("D.C.", "U.S."),
    or None: a sentence's full stop after one capital word is not a name's."""
    start = end
    while start >= 2 and text[start - 1] == "." and "A" <= text[start - 2] <= "Z":
        start -= 2
    if end - start < 4 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")):
        return None
    return start


_AND_AFTER = re.compile(r"[ \t]*+\n?[ \t]*+(?:and|&)[ \t\n]")


def grow_left(text: str, start: int) -> int:
    position = committed = start
    while True:
        found = _word_before(text, position)
        if found is None:
            return committed
        word, token_start = found
        lowered = word.lower().strip("'’")
        if word.startswith("(") and _AND_AFTER.match(text, token_start + len(word)):
            # "… for Examples (IOE) and the Example Forum": a body defined by its letters,
            # then another: the name begins after them
            return committed
        if word.startswith("(") and text[max(0, token_start - 4) : token_start].rstrip(
            " \t\n"
        ).endswith(("'s", "’s")):
            # "the Example Growth Area's (EGA) 18th Senior Officials Meeting": the body that
            # holds it, its letters only defining it; the name begins after them
            return committed
        if word in "–-" and opens_line(text, token_start):
            return committed  # a list's bullet: the item above is another
        if word.startswith("(") or word in JOINING or word in "–-":
            # kept only if a capitalised word stands before it: "ASEAN – OSHNET"
            position = token_start
            continue
        if word in ("of", "on") and body_of_before(text, token_start):
            position = token_start  # "Board of Education Meeting", "Committee on Examples …"
            continue
        if lowered in NOT_TITLE_WORDS or lowered in NOTICE_WORDS or lowered in SENTENCE_WORDS:
            return committed
        if is_month_or_weekday(word.removesuffix("'s").removesuffix("’s")):
            return committed  # titles23: "Postpone Friday's <Name> Meeting": when, not whose
        if _NUMBER.fullmatch(word) and _acronym_before(text, token_start):
            position = committed = token_start  # "IGCP 653 Closing Meeting": a programme's number
            continue
        if not (word[0].isupper() or is_ordinal(word) or _YEAR.fullmatch(word)):
            return committed
        if is_ordinal(word) and _MONTH_BEFORE.search(text, max(0, token_start - 12), token_start):
            return committed  # "January 11th Special Board Meeting": the 11th is a day
        position = committed = token_start


# After a dash, who the page is for: "75th session of the Commission - For Delegates"; a
# subtitle goes on ("Regional Forum - With Youth for Youth").
_FOR_AN_AUDIENCE = re.compile(
    r"for[ \t]+(?:all[ \t]+|the[ \t]+)?"
    r"(?:delegates|participants|members|media|speakers|observers)\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\band\b", re.IGNORECASE)


def grow_right(text: str, end: int, *, caps: bool) -> int:
    committed = end
    position = end
    while True:
        match = _TOKEN.match(text, position)
        if match is None:
            return committed
        token = match.group(1)
        lowered = token.lower()
        if token.startswith("("):
            if ORDINAL.search(token) or len(token) > 14:
                return committed
            position = match.end()
            continue
        if new_line_opens(text, match):
            # "Example Dialogue\nThe Example Council hosted …": a heading, then its text
            return committed
        if token in "–-" and opens_line(text, match.start(1)):
            return committed  # a list's bullet: "Annual Meeting\n- Adoption of the Report"
        if next_line_ends(text, end, match):
            return committed  # "… Doctoral Studies\nStep 1.", "## Example Call\nJOIN LINK:"
        if lowered == "to" and purpose_at(
            text, match.end(), noun_end=end if position == end else None, capital=token == "To"
        ):
            # "Ministers Meeting To Discuss …", "… Summit to Bring Together …": a headline's
            # purpose
            return committed
        if position == end and changed_part_after(text, end):
            return committed  # "… Meeting Time Change": what the notice changes of it
        if lowered == "for" and FOR_COUNTRIES.match(text, match.start()):
            return committed  # "… workshop for Central African countries": whom it is for
        if lowered in CONNECTORS and (not caps or token.isupper() or token in "&–:-"):
            if lowered in ("in", "at") and _place_follows(text, match.end()):
                return committed
            if headline_tail(
                text, lowered, match.end(), letters_end=end if caps else None, noun_end=end
            ):
                return committed  # "… Summit In Virtual Format - Statement", "AGM & Covid-19"
            after = _TOKEN.match(text, match.end()) if token in "–:-" else None
            if after and after.group(1).lower() in _HOW_HELD:
                after = _TOKEN.match(text, after.end())  # "…: Online Registration"
            if after and (
                after.group(1).lower() in AFTER_A_DASH
                or _FOR_AN_AUDIENCE.match(text, after.start(1))
            ):
                return committed  # "... Week - Information for Participants", "- For Delegates"
            position = match.end()
            continue
        if is_ordinal(token):  # "... Meeting for the 29th ASEAN ..."
            if _AND.search(text, committed, match.start()):
                return committed  # "... Meeting (ALMM) and the 13th ALMM Plus Three": another
            position = match.end()
            continue
        if is_month_or_weekday(token) or token[0].isdigit():
            if token[0].isdigit() and _NUMBER_SIGN.search(text, max(0, position - 5), position):
                position = committed = match.end()  # "Board Meeting No. 150": its number
                continue
            if _number_of_acronym(text, match):
                position = committed = match.end()  # "Closing Meeting of IGCP 653"
                continue
            if position > committed and _year_in_name(text, match):
                position = match.end()  # "Symposium on 2027 Example Priorities": the year's
                continue
            if position == end and len(token) <= 2 and _PART_TITLED.match(text, match.end()):
                position = match.end()  # "Workshop 2: Next Steps …": a series' part, titled
                continue
            return committed
        if token[0].isupper() and (not caps or token.isupper() or not token.isalpha()):
            if lowered in ("from", "by") or lowered in NOTICE_WORDS or lowered in HONORIFICS:
                return committed
            if (
                position == committed
                and lowered in FACILITY_OPENS
                and FACILITY.match(text, match.start(1))
            ):
                return committed  # "… Summit Media Center": where the press met, after the name
            if MEDIUM_AFTER.match(text, committed):
                return committed
            if (
                token.endswith(".")
                and _SENTENCE_ENDS.match(text, match.end() - 1)
                and not _ABBREVIATION.fullmatch(token)
            ):
                return match.end() - 1  # "… of EXCOM. The Director-General": the next sentence
            position = committed = match.end()
            continue
        return committed


# A name's number written after its sign: "Meeting No. 150", "Session Nr. 4", "Meeting #12".
_NUMBER_SIGN = re.compile(r"(?:\b(?i:no|nr)\.|#)[ \t]*$")
# How a page's part is had, before the part's name: "…: Online Registration".
_HOW_HELD = frozenset(["online", "on-line", "onsite", "on-site", "virtual", "in-person"])
# After a noun's number, a colon and the part's title: "Workshop 2: Next Steps …" (not an
# hour, "Session 2: 10:00").
_PART_TITLED = re.compile(r":[ \t]+[A-Z][a-z]")


def _year_in_name(text: str, match: re.Match[str]) -> bool:
    """A year after a connector and before a capitalised word that is no month: a subject's
    year ("on 2027 Example Priorities"), not the meeting's day."""
    after = _TOKEN.match(text, match.end())
    return bool(
        _YEAR.fullmatch(match.group(1))
        and after
        and after.group(1)[0].isupper()
        and not is_month_or_weekday(after.group(1))
    )


# A full stop, then a capitalised word: the sentence ends there.
_SENTENCE_ENDS = re.compile(r"\.[ \t\n]+[A-Z]")
# A word whose dot shortens it: "Dr.", "St.", "Co.", "U.S.", an initial "A.".
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.|(?:[A-Za-z]\.)+|[A-Za-z]+\.[\w.]+")


# A number after a short form in capitals is its own: "IGCP 653", "SDG 8", "COP 28" (not a
# day: "… of ASEAN 12 May", "… GREEN JOBS 16 – 18 DECEMBER 2025").
_NUMBER = re.compile(r"\d{1,4}")
_ACRONYM_END = re.compile(r"(?<![\w-])[A-Z]{2,}[ \t]*$")
# In a heading written in capitals every word looks like a short form: one after another
# word in capitals is the heading's.
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]*$")
# What follows a day: a range's other end, then its month ("16 – 18 DECEMBER", "8 and 9 May").
_DAY_RANGE_END = re.compile(
    r"[ \t]*+(?:(?:[-–—]|to\b|and\b|&)[ \t]*+\d{1,2}(?:st|nd|rd|th)?[ \t]*+)?,?[ \t]*+([A-Za-z]+)",
    re.IGNORECASE,
)


def _acronym_before(text: str, position: int) -> bool:
    window = max(0, position - 24)
    return (
        _ACRONYM_END.search(text, max(0, position - 12), position) is not None
        and _CAPS_WORD_BEFORE.search(text, window, position) is None
    )


def _is_day(text: str, end: int) -> bool:
    after = _DAY_RANGE_END.match(text, end)
    return after is not None and is_month_or_weekday(after.group(1))


def _number_of_acronym(text: str, match: re.Match[str]) -> bool:
    if not _NUMBER.fullmatch(match.group(1)) or not _acronym_before(text, match.start(1)):
        return False
    after = _TOKEN.match(text, match.end())
    return not _is_day(text, match.end()) and (after is None or not after.group(1)[0].isdigit())


_BODY_WORD = re.compile(r"\b(?i:board|council|commission|committee|authority)\b")


def written_name(text: str, start: int, noun_end: int, end: int) -> tuple[str, str | None]:
    """The name as written, and why a person checks it if a newer reading made it: where a
    heading's line ends on its noun and the next line is the body that meets, the body first
    ("SPECIAL MEETING" over "TOWN OF EXAMPLE ZONING BOARD" is the board's special meeting); a
    title-case headline's purpose after it ("… To Discuss …", where grow_right stopped)."""
    newline = text.find("\n", noun_end, end)
    if (
        newline >= 0
        and not text[noun_end:newline].strip(" \t")
        and text.count("\n", noun_end, end) == 1  # the very next line, the body's alone
        and _BODY_WORD.search(text, newline, end)
    ):
        return f"{text[newline + 1 : end]} {text[start:noun_end]}", _BODY_FIRST
    if purpose_after(text, end, noun_end):
        return text[start:end], _PURPOSE
    return text[start:end], _BODY_OF if body_of_inside(text, start, noun_end) else None


_BODY_FIRST = "a heading's body, on the line under its meeting, written first"
_PURPOSE = "a headline's purpose ('to discuss …') ends it"
_BODY_OF = "grown over a body's own 'of' before its meeting ('Board of … Meeting')"


def without_place(text: str, floor: int, end: int) -> int:
    """`end`, or where a place written after the name begins: in "Workshop on Contingency
    Planning Vientiane" the city is where, not the name ("... in Vientiane" stops sooner)."""
    places = find_places(text, max(floor, end - 40), end)
    if not places or places[-1].end != end:
        return end
    before = text[floor : places[-1].start].rstrip()
    last_word = before.rsplit(None, 1)[-1].lower() if before else ""
    return end if last_word in CONNECTORS else floor + len(before)


_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _place_follows(text: str, position: int) -> bool:
    """Whether a place is named right after `position`: "in Geneva", "in the Philippines",
    not "in the Platform Economy (Geneva …)"."""
    start = _THE.match(text, position)
    places = find_places(text, start.end() if start else position, position + 40)
    return bool(places) and places[0].start == (start.end() if start else position)


_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-z][a-z\-]*){0,3}[ \t]+")


def numbered_before(text: str, start: int) -> int | None:
    """Where the ordinal before a lower-case noun begins: "69th session", "the 3rd annual
    general meeting"; None without one."""
    window = max(0, start - 60)
    ordinals = list(ORDINAL.finditer(text, window, start))
    # "the first meeting" is any series' first: a name is numbered "3rd" or "seventy-ninth".
    if (
        ordinals
        and not ordinals[-1].group("word")
        and _LOWER_WORDS.fullmatch(text, ordinals[-1].end(), start)
    ):
        return ordinals[-1].start()
    return None


def once(value: str) -> str:
    """A name grown over a line into its own repetition, once: "140th Session of the Board The
    140th Session of the Board" (a heading and the sentence under it)."""
    words = value.split()
    lowered = [w.lower() for w in words]
    for cut in range(2, len(words) - 1):
        again = lowered[cut + 1 :] if lowered[cut] == "the" else lowered[cut:]
        if len(again) >= 2 and lowered[: len(again)] == again:
            return " ".join(words[:cut])
    return value


_LOWER_WORD = re.compile(r"[ \t]++([a-z][a-z-]*+)")
_PHRASE_ENDS = re.compile(r"[ \t]*+(?:$|[\n.,;:()])")


def possessed(text: str, end: int) -> int:
    """`end`, or past the lower-case words a name's last possessive governs, up to where the
    phrase ends or a notice's word: "Sessions of Commission's subsidiary bodies postponed" is
    the "Sessions of Commission's subsidiary bodies" (not "Sessions of Commission's")."""
    # (a plural's too: "the Example Funds’ governing bodies"; a quote opening a word never
    # ends a grown name, so its close is not read for a possessive)
    if text[end - 2 : end] not in ("'s", "’s", "s'", "s’"):
        return end
    position = end
    for _ in range(3):
        word = _LOWER_WORD.match(text, position)
        if word is None or word[1] in CONNECTORS:
            break
        if word[1] in NOTICE_WORDS:
            return position if position > end else end
        position = word.end()
    return position if position > end and _PHRASE_ENDS.match(text, position) else end


_TOPIC_OPENS = re.compile(r"[ \t]+on[ \t]+")
_TOPIC_WORD = re.compile(r"[ \t]*+([A-Za-z][\w'’-]*+)")
# Words that end a subject's topic: when, where, how it is held, or the sentence's verb.
_TOPIC_STOPS = frozenset(
    [
        *("on", "in", "at", "from", "by", "via", "will", "was", "is", "are", "be", "held"),
        *("which", "who", "that", "this", "next", "today", "tomorrow", "opens", "begins"),
    ]
)
_TOPIC_WORDS = 12


def topic_end(text: str, position: int) -> int | None:
    """Where a lower-case noun's topic ends, written after "on" over lower-case words up to a
    capitalised one: "consultative meeting on ASEAN humanitarian aid to Myanmar on May 6", "…
    meeting on the review of the functioning of the Governing Body (…)"; None unless lower-case
    words stand in it and a capitalised word closes it before a stop (punctuation, when, where)."""
    opens = _TOPIC_OPENS.match(text, position)
    if opens is None:
        return None
    end, lower, seen_lower, at = None, False, False, opens.end()
    for _ in range(_TOPIC_WORDS):
        word = _TOPIC_WORD.match(text, at)
        if word is None or word[1].lower() in _TOPIC_STOPS:
            break
        at = word.end()
        if word[1][0].isupper():
            end, lower = at, seen_lower
        elif word[1] not in CONNECTORS:
            seen_lower = True
    return end if lower else None
