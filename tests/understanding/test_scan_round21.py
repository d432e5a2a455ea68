"""Round twenty-one's speed (fast-r21): patterns tried at fewer places, with the same matches.

Each narrower form is checked against the form it replaced on generated texts: the matches
(spans and groups) are the same."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding import kind_words
from bot.understanding.fields import deadlines, delegate_shapes, mode_rooms, other_meetings
from tests.understanding.test_scan_openings import skips_ahead


def _spans(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


# --- a move to later days: its verbs spelt whole, so that the engine skips to them -------------

# The alternative as it was written before: the two verbs as one group in front of the rest.
_GROUPED = re.compile(
    kind_words.NEW_DATES.pattern.replace(
        f"|mov{kind_words._MOVED_TO}|shift{kind_words._MOVED_TO}",
        f"|(?:mov|shift){kind_words._MOVED_TO}",
    )
)

MOVE_PIECES = [
    *" \n.,;", "  ", "move", "moved", "moves", "moving", "shift", "shifted", "shifts", "remove",
    "movie", "the meeting", "this event", "to", "late", "early", "mid-", "october", "oct",
    "2027", "next year", "a later date", "revised dates", "revised date", "cancelled and",
    "rescheduled", "re-scheduled", "for", "monday", "the room", "online", "cancel", "x",
]  # fmt: skip


def test_the_new_dates_and_postponement_patterns_open_on_a_letter() -> None:
    # (one choice opened by the group "(?:mov|shift)" made the engine try both over every
    # character of the lower-case message)
    assert _GROUPED.pattern != kind_words.NEW_DATES.pattern
    assert not skips_ahead(_GROUPED)
    assert skips_ahead(kind_words.NEW_DATES)
    assert skips_ahead(kind_words.POSTPONE)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MOVE_PIECES), max_size=14).map(" ".join))
def test_the_new_dates_are_found_as_the_grouped_form_finds_them(text: str) -> None:
    assert _spans(kind_words.NEW_DATES.finditer(text)) == _spans(_GROUPED.finditer(text))


def test_a_move_to_later_days_in_invented_text() -> None:
    text = "we have moved the example forum to late october; shifting it to next year"
    assert [m[0] for m in kind_words.NEW_DATES.finditer(text)] == [
        "moved the example forum to late october",
        "shifting it to next year",
    ]
    # guard: a move to a room is no new date
    assert kind_words.NEW_DATES.search("the session moved to the small room") is None


# --- an English count of persons: tried only where its persons' word can follow ----------------

# A count's parts, each slot in turn (before it, its number, the gap, a bracketed figure, a word
# between, its persons' word, what follows), every slot also with what the pattern refuses.
COUNT_SLOTS = [
    ["", " ", "\n", "a", "x-", "(", "_", "5", "covid-"],
    ["1", "2", "12", "123", "๒", "one", "two", "ten", "seven", "eight", "weight", "often"],
    ["", " ", "  ", "\n", "\t", "-", ":", "th", "."],
    ["", "(2)", "(1+1)", "(12) ", " (3) "],
    ["", "senior ", "for ", "of ", "member ", "council ", "x-ray ", "million ", "asean "],
    ["delegates", "delegation members", "participants", "pax", "members", "people", "persons",
     "officials", "experts", "applications", "march", "am", "days", "the", "board"],
    ["", " states", " forms", " of the council", ".", "'s", "' ", " groups", "x"],
]  # fmt: skip
COUNT = st.tuples(*(st.sampled_from(slot) for slot in COUNT_SLOTS)).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(COUNT, min_size=1, max_size=4).map(" ".join))
def test_the_counts_are_found_where_the_full_pattern_finds_them(text: str) -> None:
    count = delegate_shapes.COUNT_EN
    assert _spans(count.finditer(text)) == _spans(count.pattern.finditer(text))


def test_a_number_no_persons_follow_is_no_place_to_try_a_count() -> None:
    # a day, an hour, an ordinal, a word that holds a number's word
    text = "on 15 march at 10:00, the 3rd day; someone often weighs in"
    assert delegate_shapes.COUNT_EN.starts(text) == []


def test_each_way_a_count_goes_on_is_still_tried() -> None:
    # guard: persons right after, a bracketed figure, one word between, glued "2pax"
    text = "send 2 delegates, two (2) senior officials, 2pax or ten\npeople"
    starts = delegate_shapes.COUNT_EN.starts(text)
    assert [text[at : at + 3] for at in starts] == ["2 d", "two", "2pa", "ten"]
    assert [m["n"] for m in delegate_shapes.COUNT_EN.finditer(text)] == ["2", "two", "2", "ten"]


# --- a deadline said to be a day: tried only where one of its first words begins -------------

DEADLINE_PIECES = [
    *" \n.,", "  ", "Deadline", "DEADLINE", "deadline", "closing date", "CLOSING  DATE",
    "cloſing date", "last day", "Last Day", "cut-off", "cutoff date", "registration",
    "Regiſtration", "pre-registration", "ends", "end", "will close", "will end", "on", "is",
    "are", "falls on", "will be", "Friday,", "the", "for nominations", "กำหนด", "วันสุดท้าย",
    "หมดเขต", "กำหนดวันสุดท้าย", "กำหนดหมดเขต", "คือ", "ภายใน", "รับสมัคร", "x",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    # (each ends on a blank, as the words before a date do)
    st.lists(st.sampled_from(DEADLINE_PIECES), max_size=10).map(lambda p: " ".join(p) + " "),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_a_deadline_said_to_be_a_day_is_found_as_before(text: str, cut: int, short: int) -> None:
    # searched from a sentence's start to a date's, as deadlines.py asks it
    said = deadlines._DEADLINE_IS
    end = max(cut, len(text) - short)
    found, expected = said.search(text, cut, end), said.pattern.search(text, cut, end)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])


def test_a_deadline_said_to_be_a_day_in_invented_text() -> None:
    said = deadlines._DEADLINE_IS
    assert said.search("The closing date for nominations is Friday, ") is not None
    assert said.search("Pre-registration ends ") is not None
    assert said.search("วันสุดท้ายของการรับสมัครคือ ") is not None
    # guard: a deadline named, no day said of it
    assert said.search("The deadline passed. The forum is on ") is None


# --- another meeting's place: tried only where a cue's first word begins ----------------------

# A sentence before a place, slot by slot: what opens it, a cue (or a near word that is none),
# the name, its meeting noun, a short form or theme, the verb of holding.
OTHER_SLOTS = [
    ["", "We met ", "Tomorrow, ", "9", "x"],
    ["In preparation for", "IN PREPARATION FOR", "preparatory to", "to prepare for",
     "prepare for", "Ahead of", "in the run-up to", "in the lead up to", "leading up to",
     "Following", "following", "after", "After", "preceded by", "followed by", "ſollowing",
     "within", "behead of", "the", ""],
    [" the Example", " Leaders'", " our", ", the", ". The", ""],
    [" Meeting", " meeting", " Forum", " session", " Board"],
    ["", " (EXF)", ", “Theme”", " (A, B)"],
    [" to be held in", ", held in", ", which will be held at", " held in", " in", ""],
]  # fmt: skip
OTHER = st.tuples(*(st.sampled_from(slot) for slot in OTHER_SLOTS)).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(OTHER, min_size=1, max_size=2).map(" ".join), st.integers(0, 6))
def test_another_meetings_place_is_found_as_before(text: str, cut: int) -> None:
    # searched from a sentence's start to a place's, as other_meetings.py asks it
    other = other_meetings._OTHER_MEETING
    text = f"{text} "
    found, expected = other.search(text, cut), other.pattern.search(text, cut)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])


def test_another_meetings_place_in_invented_text() -> None:
    text = "In preparation for the Example Leaders' Meeting, to be held in "
    assert other_meetings.prepared_for(text + "Exampleville", len(text))
    # guard: the meeting's own place, no cue before it
    text = "The Example Leaders' Meeting, to be held in "
    assert not other_meetings.prepared_for(text + "Exampleville", len(text))


@pytest.mark.parametrize("cue", OTHER_SLOTS[1])
def test_each_cue_before_another_meeting_is_tried(cue: str) -> None:
    other = other_meetings._OTHER_MEETING
    text = f"We met {cue} the Example Meeting (EXF), to be held in "
    found, expected = other.search(text), other.pattern.search(text)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])


# --- a room joined by a call: tried only where a room word begins (whole-change review) --------

ROOM_PIECES = [
    *" \n.,", "the", "sample", "centre", "centers", "hotel", "hall", "halls", "headquarters",
    "secretariat", "offices", "building", "room", "2room", "xroom", "ห้อง", "with", "a", "an",
    "videoconference", "video-conference", "zoom link", "online link", "webex", "1 example street",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(ROOM_PIECES), min_size=1, max_size=12).map(" ".join))
def test_a_room_and_its_call_are_found_as_the_full_pattern_finds_them(text: str) -> None:
    full = mode_rooms._ROOM_WITH_A_CALL.pattern
    assert _spans(mode_rooms._ROOM_WITH_A_CALL.finditer(text)) == _spans(full.finditer(text))


def test_a_room_and_its_call_in_invented_text() -> None:
    text = "at the example offices, 1 sample street (few seats) with a videoconference"
    assert mode_rooms.room_and_call(text) is not None
    # guard: the room word is tried only where it begins a word
    assert mode_rooms._ROOM_WITH_A_CALL.starts("bathroom and hotel") == [13]
