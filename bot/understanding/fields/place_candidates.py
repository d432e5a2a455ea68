"""Where a text may say where its meeting is: the phrases a place is read from, each with a
score for how directly it says so.

A "Venue:" label (6), a heading line that gives the dates and the place together (4), "the
venue is …" (4), a sentence of holding ("will be held at / in …", 3), Thai "ณ …" or "ที่ห้อง…"
(3), a heading that names the place before its days (2), and a building after "at" in any
sentence (1, the weakest). Which of them is the meeting's, and what it names, is for
bot.understanding.fields.place to decide.
"""

from __future__ import annotations

import itertools
import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.place_listing import listed_places
from bot.understanding.fields.place_opening import opened_in
from bot.understanding.fields.place_phrase import (
    WAY_OR_TIME,
    Candidate,
    phrase_end,
    section_starts,
    tagged,
)
from bot.understanding.fields.place_readers import (
    SEAT_OF,
    arrived_for,
    broadcast_places,
    header_place_lines,
    host_countries,
    in_city_before_dates,
    kept_venues,
    new_venues,
    ordinal_at,
    thai_at,
)
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_venue import THAI_AT
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.fields.venue_name import (
    AT_NAME,
    AT_NAME_OPENING,
    NAME_WORDS,
    VENUE_WORDS,
)
from bot.understanding.fields.world_places import UPPER, city_in_parts
from bot.understanding.geo import MIN_POPULATION
from bot.understanding.prefilter import LineStart, prefiltered, words

# "Venue of the meeting", "Meeting venue and address": a label's longer wording.
_LABEL_TAIL = r"(?:[ \t]+and[ \t]+address|[ \t]+of[ \t]+the[ \t]+(?:meeting|session|conference))?"
_LABEL = LineStart(
    r"^[ \t#>-]*(?:meeting\s+|workshop\s+|event\s+)?(?:venue|location|place)\s*[:：]"
    # A table's label cell, read as a line of its own before the value's ("Venue\n\nRoom 3, …").
    rf"|^[ \t#>*-]*(?:(?:meeting|conference|workshop|event)[^\S\n]+)?(?:venue|location|place)"
    rf"{_LABEL_TAIL}[ \t*]*\n[ \t]*\n?(?=[ \t]*\S)"
    # (without a colon, a space after it: "สถานที่ในการรับ…", "สถานที่จอดรถ" are a sentence's nouns)
    r"|^[ \t#>-]*สถานที่(?:จัด(?:การ)?)?(?:ประชุม|งาน|สัมมนา|อบรม)?(?:\s*[:：]|\s+(?!ใน|สำหรับ))",
    re.IGNORECASE,
)
_NEXT_LABEL = re.compile(r"^[ \t#>-]*[A-Za-zก-๙][\w ก-๙]{0,25}\s*[:：]", re.MULTILINE)
# Tried only where one of its first words begins (bot.understanding.prefilter).
_HELD = prefiltered(
    words(
        "held",
        "take",
        "taking",
        "took",
        "convene",
        "hosted",
        "scheduled",
        r"in[\s-]person",
        "organi",
        "presided",
        "holding",
        "conducted",
    ),
    # News of a meeting: "organized the first National Workshop ... at the National
    # Convention Centre", "presided over by the Minister, at Hotel Cambodiana".
    rf"(?i)\b(?:{cues.HELD}|scheduled|in[\s-]person|presided|holding)\b",
)
# The sentence after the verb, over a wrapped line, a month's stop ("Jan. 22") and "p.m. in"
# (places-r22); a blank line ends it. Matched apart from the verb: a verb inside starts its own.
_HELD_REST = re.compile(
    r"(?:[^.\n]|\.(?=[ \t]*\d|m\. [a-z])|(?<=\.m)\.(?= [a-z])|\n(?![ \t]*\n)){0,160}"
)
# "The venue remains the Melia Hanoi Hotel", "The venue remains the same: Room A, …": the place
# follows without "at" or "in".
# (Searched in text.lower, the word first: the engine then skips to each "venue".)
_VENUE_IS = re.compile(
    r"venue(?<!\wvenue)\s+(?:(?:which|that)\s+)?(?:is|will\s+be"
    r"|remains(?:\s+the\s+same|\s+unchanged)?\s*[:,]?|has\s+been\s+(?:changed|moved)\s+to"
    r"|changes\s+to)\s+"
)
# A printed header of a quoted mail repeats a subject; it is no heading of the note.
_MAIL_HEADER_LINE = re.compile(r"\s*(?:subject|from|to|cc|sent|date)\s*:", re.IGNORECASE)
# ("… will be held on 4 May at:" and the address on the lines below)
_AT_OR_IN = re.compile(r"\b(?:at|in)(?:\s+|(?=:[^\S\n]*\n))", re.IGNORECASE)


def candidates(text: MessageText) -> list[Candidate]:
    return [
        *tagged("labelled", _labelled(text)),
        *tagged("numbered_label", _numbered_labels(text)),
        *tagged("heading", _headings(text)),
        *tagged("listing", listed_places(text)),
        *tagged("place_heading", _place_headings(text)),
        *tagged("heading_one_day", _one_day_headings(text)),
        *tagged("held_at", _held_sentences(text)),
        *tagged("opened_in", opened_in(text)),
        *tagged("venue_is", _venue_sentences(text)),
        *tagged("thai_at", thai_at(text)),
        *tagged("new_venue", new_venues(text)),
        *tagged("venue_kept", kept_venues(text)),
        *tagged("broadcast_from", broadcast_places(text)),
        *tagged("at_building", _at_buildings(text)),
        *tagged("header_line", header_place_lines(text)),
        *tagged("in_city_dates", in_city_before_dates(text)),
        *tagged("ordinal_at", ordinal_at(text)),
        *tagged("arrived_for", arrived_for(text)),
        *tagged("host_country", host_countries(text)),
    ]


def _labelled(text: MessageText) -> list[Candidate]:
    found = []
    for match in _LABEL.finditer(text.plain):
        start = match.end()
        end = start
        # The value runs over continuation lines up to a blank line or the next label.
        lines = text.plain[start:].split("\n", _LABEL_LINES + 1)
        for line_number, line in enumerate(lines[:_LABEL_LINES]):
            if line_number > 0 and (
                not line.strip() or _NEXT_LABEL.match(line) or section_starts(lines, line_number)
            ):
                break
            end += len(line) + 1
        if not _SIDE_FACILITY.fullmatch(_section_heading(text, match.start())):
            found.append(Candidate(start, min(end, len(text.plain)), 6, labelled=True))
    return found


_LABEL_LINES = 5


# A form's numbered field with its value on the same line, no colon: "4. Venue Tokyo, Japan",
# "4. Venue | Tokyo, Japan" (a project notification's table).
# (the field's word found first, its number looked for at its line's start)
_FIELD_WORD = prefiltered(
    words("venue", "location", "place", word_start=True),
    r"(?<![A-Za-z])(?i:venue|location|place)(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?i:meeting|workshop|conference|seminar|training))?[ \t]*\|?[ \t]+(?=[A-Zก-๙])",
)
_FIELD_NUMBER = re.compile(r"[ \t]*\d{1,2}\.[ \t]+")
_FIELD_WORDS = ("venue", "location", "place")  # (looked for after a dot first)


def _numbered_labels(text: MessageText) -> list[Candidate]:
    """Where a numbered field names the place (new: under review)."""
    if not any(f".{blank}{word}" in text.lower for word in _FIELD_WORDS for blank in " \t"):
        return []
    found = []
    for m in _FIELD_WORD.finditer(text.plain):
        line_start, line_end = text.line_at(m.start())
        if _FIELD_NUMBER.fullmatch(text.plain, line_start, m.start()):
            found.append(Candidate(m.end(), line_end, 6, labelled=True))
    return found


# A section of a side facility: its "Location:" is where badges are collected, guests stay,
# dinner is served, not where the meeting is.
_SIDE_FACILITY = re.compile(
    r"(?i:.*\b(?:registration|badges?|accreditation|accommodation|hotels?|dinner|reception"
    r"|lunch(?:eon)?|cocktail|parking|shuttle|transport(?:ation)?|airport|visas?|desks?"
    r"|counters?|booths?)\b.*)"
    r"|.*(?:ลงทะเบียน|ที่พัก|งานเลี้ยง|การเดินทาง).*"
)
# A heading is a short line standing alone; looked for this far above a label.
_HEADING = re.compile(r"(?:^|\n)[ \t]*\n[ \t#*]*([^\n]{2,40}?)[ \t*:]*\n[ \t]*\n")
HEADING_REACH = 600


def _section_heading(text: MessageText, position: int) -> str:
    """The heading of the section `position` is in, or "" when none stands above it."""
    start = max(0, position - HEADING_REACH)
    headings = list(_HEADING.finditer(text.plain, start, position))
    return headings[-1].group(1) if headings else ""


def _headings(text: MessageText) -> list[Candidate]:
    """Short lines that give the dates and the place together, as titles of notes do."""
    found = []
    for item in text.temporals:
        # the line the date ends on: a PDF may break "19 th" from "November 2010 Hotel …"
        line_start, line_end = text.line_at(item.span[1] - 1)
        if _MAIL_HEADER_LINE.match(text.plain, line_start):
            continue
        if _SENTENCE_ENDS.match(text.plain, item.span[1]):
            continue  # "… on April 14, 2020. Photo by Vietnam's …": the next sentence
        if _DATELINE_AFTER_DATE.match(text.plain, item.span[1]):
            continue  # "10 August, Kathmandu: The session …": a story's dateline, not a heading
        if _THAI_AT_NEXT.match(text.plain, item.span[1]):
            continue  # "… 2569 ณ โรงแรม …": a Thai sentence's place, read where ณ stands
        named = find_places(text.plain, item.span[1], line_end)
        if named and _THAI_WORDS_BETWEEN.search(text.plain, item.span[1], named[0].start):
            # "วันที่ 4-5 พฤศจิกายน 2562 เฉพาะกรุงเทพฯและนนทบุรี": a Thai clause between the days
            # and the place, a sentence's line, not a heading's place
            continue
        if line_end - line_start <= 120 and named:
            # the line's next sentence is none of the heading's: "… Hotel. Sri Lanka chairs."
            full_stop = _NEXT_SENTENCE.search(text.plain, item.span[1], line_end)
            # A line cut from running prose is no heading: a date and a place in a sentence,
            # of this meeting or another.
            score = 1 if _inside_paragraph(text, line_start, line_end) else 4
            found.append(
                Candidate(item.span[1], full_stop.start() if full_stop else line_end, score)
            )
        elif aside := _aside(text, line_start, item.span):
            found.append(Candidate(aside.start(1), aside.end(1), 3))
        elif after := _PLACE_AFTER_DATE.match(text.plain, item.span[1]):
            if any(p.is_city for p in find_places(after.group(1))):
                found.append(Candidate(after.start(1), after.end(1), 3))
            elif city_in_parts(after.group(1), min_population=MIN_POPULATION):
                # "…, 3-5 March 2027, Exampleville, Examplestan": a city only GeoNames knows
                # (new, under review: 0.75, a GeoNames city doubted once more)
                found.append(Candidate(after.start(1), after.end(1), 3, world_city=True))
        elif lead := _WORLD_PLACE_AFTER_DATE.match(text.plain, item.span[1]):
            # "10-12 March 2027 –Ljubljana, Slovenia", "on 29 May 2015 in Bangkok", "May 4-6 in
            # San José": a city right after the days, the list's or GeoNames'
            end = phrase_end(text, lead.end())
            listed = any(p.is_city and p.start < end for p in named)
            if listed or city_in_parts(text.plain[lead.end() : end], min_population=MIN_POPULATION):
                # (new, under review: 0.75 either way, a GeoNames city being doubted once more)
                found.append(Candidate(lead.end(), end, 1 if listed else 3, world_city=not listed))
    return found


_WORLD_PLACE_AFTER_DATE = re.compile(rf"(?:[^\S\n]*[–—-]|,?[^\S\n]+in)[^\S\n]*(?=[{UPPER}])")


def _aside(text: MessageText, line_start: int, span: tuple[int, int]) -> re.Match[str] | None:
    """The place of "(19-21 May 2026, Shangri-La Hotel Jakarta)" or "(Geneva, 24 October-7
    November 2019)": the dates in brackets with the place before or after them."""
    if text.plain[max(0, span[0] - 1) : span[0]] == "(":
        return _DATES_AND_PLACE_ASIDE.match(text.plain, span[1])
    aside = _PLACE_AND_DATES_ASIDE.search(text.plain, line_start, span[0])
    return aside if aside and _ASIDE_END.match(text.plain, span[1]) else None


def _inside_paragraph(text: MessageText, line_start: int, line_end: int) -> bool:
    """Whether a line is one a PDF or a mail client cut from running prose: the line before
    it goes on into it, and it goes on into the next."""
    return line_start > 0 and text.wraps_at(line_start - 1) and text.wraps_at(line_end)


# Thai words other than those that name a place ("ณ", "จังหวัด", "กรุง").
_THAI_WORDS_BETWEEN = re.compile(r"(?<![ก-๙])(?!ณ|ที่|จังหวัด|จ\.|กรุง|เมือง|นคร|ประเทศ)[ก-๙]{2,}")
_NEXT_SENTENCE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.[^\S\n]+(?=[A-Z])")
_THAI_AT_NEXT = re.compile(rf"[^\S\n]*(?:{THAI_AT.pattern})")
_DATELINE_AFTER_DATE = re.compile(
    r",?[^\S\n]*[A-Z][\w .]{1,40}?[^\S\n]*(?::|[–—]|--?)[^\S\n]+[A-Z]"
)
_SENTENCE_ENDS = re.compile(r"[^\S\n]*\.(?:\s|$)")
# "… on 30-31 August 2010, Chiang Mai, Thailand.": the place follows the dates in the sentence.
_PLACE_AFTER_DATE = re.compile(r",[^\S\n]*([A-Z][^.;:()\n]{2,60}?)[^\S\n]*(?:\.(?:\s|$)|;|\n|$)")


# "Palais des Nations and ILO headquarters Geneva, 30 May to 10 June 2016": a heading line
# that names the place before its days; a single day there ("Geneva, 5 May 2024") dates the
# letter where it was written.
_PLACE_BEFORE_DATE = re.compile(r"[^\S\n]*[,–—-][^\S\n]*$")
HEADING_CHARS = 120


def _place_headings(text: MessageText) -> list[Candidate]:
    found = []
    for item in text.temporals:
        if item.end is None:
            continue
        line_start, line_end = text.line_at(item.span[0])
        lead = _PLACE_BEFORE_DATE.search(text.plain, line_start, item.span[0])
        if lead is None and line_end - line_start <= HEADING_CHARS:
            # "VIENTIANE, LAO PDR MARCH 3-5, 2027": a dateline of places and the days, no
            # comma between
            lead = _SPACE_BEFORE_DATE.search(text.plain, line_start, item.span[0])
            if (
                lead
                and lead.start() - line_start <= DATELINE_PLACE_CHARS
                and _only_places(text.plain[line_start : lead.start()])
            ):
                found.append(Candidate(line_start, lead.start(), 1))  # new: under review
            continue
        if line_end - line_start > HEADING_CHARS or lead is None or lead.start() == line_start:
            continue
        if _MAIL_HEADER_LINE.match(text.plain, line_start):
            continue
        before = text.plain[line_start : lead.start()]
        if "." in before:
            continue
        if len(before) <= DATELINE_PLACE_CHARS and (
            _only_places(before) or city_in_parts(before, min_population=MIN_POPULATION)
        ):
            # "Kyoto, 7-12 March 2027": a heading of a place and the meeting's days, the
            # weakest (a single day is a letter's dateline and is no range)
            found.append(Candidate(line_start, lead.start(), 1, world_city=True))
        elif VENUE_WORDS.search(before):
            if find_places(before) or city_in_parts(before, min_population=MIN_POPULATION):
                found.append(Candidate(line_start, lead.start(), 2))
        elif city := _CITY_BEFORE_DATES.search(before):
            # "<Meeting>, Colombo, Sri Lanka - 23 - 24 January": a meeting's name, its city,
            # its days; maybe one of a list of meetings, so the weakest (a city alone before
            # the days is a dateline's, read by city_held_in); a city only GeoNames knows
            # ("<Congress>, Kyoto, Japan, 7-12 March") too
            listed = any(p.is_city for p in find_places(city.group(1)))
            if listed or city_in_parts(city.group(1), min_population=MIN_POPULATION):
                start = line_start + city.start(1)
                found.append(Candidate(start, lead.start(), 1, world_city=not listed))
    return found


def _one_day_headings(text: MessageText) -> list[Candidate]:
    """ "<Body> Senior Officials' Meeting, Warsaw, 12 December 2027": a meeting's name, its city
    and its one day on a heading's line (a city alone before one day is a letter's dateline).
    The weakest, new: under review."""
    found = []
    for item in text.temporals:
        if item.end is not None:
            continue
        line_start, line_end = text.line_at(item.span[0])
        if line_end - line_start > HEADING_CHARS or text.plain[item.span[1] : line_end].strip():
            continue  # (the day ends the line: no sentence runs on)
        if _MAIL_HEADER_LINE.match(text.plain, line_start):
            continue
        lead = _PLACE_BEFORE_DATE.search(text.plain, line_start, item.span[0])
        if lead is None:
            continue
        before = text.plain[line_start : lead.start()]
        city = _CITY_BEFORE_DATES.search(before)
        if city is None or "." in before or not _MEETING_NAME.search(before, 0, city.start()):
            continue
        listed = any(p.is_city for p in find_places(city.group(1)))
        if listed or city_in_parts(city.group(1), min_population=MIN_POPULATION):
            start = line_start + city.start(1)
            found.append(Candidate(start, lead.start(), 1, world_city=not listed))
    return found


_MEETING_NAME = re.compile(rf"\b(?i:{MEETING_NOUNS})\b")
_SPACE_BEFORE_DATE = re.compile(r"[^\S\n]+$")
DATELINE_PLACE_CHARS = 50
_NOT_A_PLACE = re.compile(r"[^\s,.-]")


def _only_places(line: str) -> bool:
    """Whether a line is only a city and its country ("VIENTIANE, LAO PDR")."""
    named = find_places(line)
    if not any(p.is_city for p in named):
        return False
    rest = "".join(line[a.end : b.start] for a, b in itertools.pairwise(named))
    return not _NOT_A_PLACE.search(line[: named[0].start] + rest + line[named[-1].end :])


# The last parts before the days: a city and maybe its country, after a name and a comma or
# a dash.
_CITY_BEFORE_DATES = re.compile(
    r"[,–—-][^\S\n]*([A-Z][\w .'’-]{2,30}(?:,[^\S\n]*[A-Z][\w .'’-]{2,30})?)$"
)


def _held_sentences(text: MessageText) -> list[Candidate]:
    found = []
    for match in _HELD.finditer(text.plain):
        rest = _HELD_REST.match(text.plain, match.end())
        clause_end = rest.end() if rest else match.end()
        # "held in a hybrid format on 11 August at the ASEAN Secretariat, Jakarta": every
        # "at" or "in" of the clause may introduce the place.
        for preposition in _AT_OR_IN.finditer(text.plain, match.end(), clause_end + 1):
            if WAY_OR_TIME.match(text.plain, preposition.end()):
                # "conducted in blended mode co-chaired by …", "scheduled in June and July
                # while <Office City> …": how or when, not where
                continue
            end = phrase_end(text, preposition.end())
            # "organized by the Example Office on Drugs in Vienna": maybe the organiser's seat
            by = _BY_NAME.search(text.plain, match.end(), preposition.start())
            seat = by is not None and SEAT_OF.search(by.group()) is not None
            score = 1 if seat and preposition.group().lower().startswith("in") else 3
            # "will take place in Abu Dhabi": a city GeoNames knows, the list or not (looked up
            # where the phrase names none of the list's: bot.understanding.fields.place)
            world = _CAPITAL.match(text.plain, preposition.end()) is not None
            found.append(Candidate(preposition.end(), end, score, world_city=world))
    return found


_CAPITAL = re.compile(r"(?:the\s+)?[A-Z]")
_BY_NAME = re.compile(
    r"\bby\s+(?:the\s+)?(?:[A-Z][\w'’()-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){1,8}$"
)


# "the ASEAN Workshop on ... (19-21 May 2026, Shangri-La Hotel Jakarta)"
_DATES_AND_PLACE_ASIDE = re.compile(r",\s*([^()\n]{3,100})\)")
# "337th Session of the Governing Body (Geneva, 24 October-7 November 2019)"
_PLACE_AND_DATES_ASIDE = re.compile(r"\(([^()\n,]{3,60}),[^\S\n]*\Z")
_ASIDE_END = re.compile(r"[^\S\n]*\)")


def _venue_sentences(text: MessageText) -> list[Candidate]:
    return [
        Candidate(m.end(), phrase_end(text, m.end()), 4) for m in _VENUE_IS.finditer(text.lower)
    ]


def _at_buildings(text: MessageText) -> list[Candidate]:
    found = []
    for match in itertools.chain(
        AT_NAME.finditer(text.plain), AT_NAME_OPENING.finditer(text.plain)
    ):
        name = NAME_WORDS.match(text.plain, match.end())
        if name is None or _POST_AT.search(text.plain, max(0, match.start() - 30), match.start()):
            continue
        # "at the Asian Development Bank in Manila on 3-5 May": a body's seat in its city
        in_city = _IN_CITY_NEXT.match(text.plain, name.end())
        # ("at the <Name> Arena, Exhibition and Convention Centre": the name's last word before
        # its comma)
        last = _LAST_WORD_BEFORE_COMMA.match(text.plain, name.end())
        name_end = last.end() if last else name.end()
        if VENUE_WORDS.search(text.plain, match.end(), name_end) or (
            in_city and any(p.is_city for p in find_places(in_city.group(1)))
        ):
            end = phrase_end(text, match.end())
            if text.plain[match.start()] == "A":
                # "At the Former Post Office in Georgetown, the Forum opens": an opening
                # phrase ends at its comma, the sentence's subject follows
                comma = text.plain.find(",", match.end(), end)
                end = end if comma < 0 else comma
            found.append(Candidate(match.end(), end, 1))
    return found


# "the Permanent Secretary at the Ministry of Home Affairs": where a person works, not a venue.
_POST_AT = re.compile(
    r"(?i:\b(?:secretary|director|minister|officer|head|chief|manager|advis[eo]r|specialist"
    r"|professor|lecturer|researcher|official|counsell?or|ambassador|coordinator|consultant)"
    # ("Secretary General at the Forum Secretariat", written with a space as often as a dash)
    r"(?:[-\s]general)?)[^\S\n]+\Z"
)
_LAST_WORD_BEFORE_COMMA = re.compile(r"[A-Z][\w'’&.-]*(?=,)")
_IN_CITY_NEXT = re.compile(r"(?<=\s)in\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")
