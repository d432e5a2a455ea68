"""The review of round twenty-three's whole change: the line-start scan keeps to what `re`
gives on the cases it was not written for, and the preparing meeting's letters are found
without trying the meeting nouns all through the text."""

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.fields.title_prepared import _defined_after_noun, prepared_for
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import LineStart
from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, news_meeting, value_of


def test_a_verbose_pattern_is_refused() -> None:
    # (the break put before a VERBOSE pattern is a blank to it: matches were lost unseen)
    with pytest.raises(ValueError, match="VERBOSE"):
        LineStart(r"^ a ", re.VERBOSE)


@pytest.mark.parametrize("pattern", [r"^[ \t]*", r"^(?=a)", r"^x?", r"^$"])
@pytest.mark.parametrize("text", ["a\nb", "a\n\n b\n", "", "\n", "xa\nx\n", "\n\n"])
def test_a_pattern_that_can_match_empty_finds_what_its_scan_finds(pattern: str, text: str) -> None:
    lines = LineStart(pattern)
    # (at most a few more than the scan finds: an empty match used to be found for ever)
    found = list(itertools.islice(lines.finditer(text), 20))
    assert [m.span() for m in found] == [m.span() for m in lines.pattern.finditer(text)]


def test_a_negative_start_is_read_as_the_text_start() -> None:
    lines = LineStart(r"^a")
    assert [m.span() for m in lines.finditer("a\na", -1)] == [(0, 1), (2, 3)]
    assert [m.span() for m in lines.finditer("a\na", -1)] == [
        m.span() for m in lines.pattern.finditer("a\na", -1)
    ]


def _defined_by_scan(text: str, letters: str) -> bool:
    """The search the literal-first reading replaced."""
    return bool(re.search(rf"(?i:{MEETING_NOUNS})[ \t]*\({re.escape(letters)}\)", text))


PIECES = [
    "Meeting", "meeting", "MEETING", "Summit", "session", "Officials ", "pre", " ", "\t", "\n",
    "(EOM)", "(EO)", "(EOMX)", "EOM", "(", ")", "x", ". ", "The 5th EOM ", "prepared ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_letters_defined_after_a_noun_are_found_as_before(text: str) -> None:
    for letters in ("EOM", "EO"):
        assert _defined_after_noun(text, letters) == _defined_by_scan(text, letters)


def test_a_meeting_named_by_its_defined_letters_prepares_for_the_later_name() -> None:
    text = (
        "The Example Officials Meeting  (EOM) met in the capital. "
        "The 5th EOM prepared the draft for the Ninth Example Summit."
    )
    assert prepared_for(text, text.index("Ninth"))
    # letters the text never defines after a meeting's noun prepare nothing
    other = text.replace("Meeting  (EOM)", "Office (EOM)")
    assert not prepared_for(other, other.index("Ninth"))


def test_the_margin_of_an_event_is_its_setting_as_its_sidelines_are() -> None:
    # ("on the margin of", singular, was in the pattern but not among the words it waited for)
    body = (
        "The sample leaders' summit will take place online in March, the envoy said on the "
        "margin of the 3rd Example Trade Forum.\n\n"
        "The 3rd Example Trade Forum will be held in Jakarta on 4-5 February in a hybrid format, "
        "with guests attending in person and online.\n"
    )
    meeting = news_meeting(body)
    assert value_of(meeting.mode) is Mode.VIRTUAL
    assert value_of(meeting.city) is None


def test_a_hash_inside_a_line_is_no_heading_that_ends_the_part() -> None:
    # ("Room # 3" was read as the next marked heading: the day below it seemed another part's,
    # and the heading's name was dropped)
    meeting = meeting_of(
        "## Example Community Call\nWe meet in Room # 3 of the Example Hall.\n"
        "The next call is on 14 May 2026 at 18:00.\n",
        "Community news",
    )
    assert value_of(meeting.title) == "Example Community Call"
