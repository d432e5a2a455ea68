"""Round twenty-two's speed (fast-r22b): two patterns of the round's merged rules tried at fewer
places, with the same matches.

Each faster form is checked against the form it replaced on generated texts: the count of a
rolling agenda's session headings, and the spans and groups of a Thai headline's collapsed
meeting, are the same."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding import kind_adjourned, kind_conditions
from bot.understanding.fields import mode_weigh, title_prepared
from tests.understanding.test_scan_openings import skips_ahead


def _spans(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


# --- a rolling agenda's session headings: counted from the line breaks ------------------------

HEADING_PIECES = [
    *" \n", "\n\n", "## ", "#", "~~", "*", ">", "_", "meeting", "call", "session", "meetings",
    "-", "–", ":", ",", "monday,", "tuesday", "jul", "july", "23", "30", "2025", "aug 6",
    "6 aug", "canceled", "agenda", "x", "recall",
]  # fmt: skip


def test_the_session_headings_are_looked_for_after_a_line_break() -> None:
    # ("(?m:^)" opens on no character: the engine tried the heading at every character of
    # every message that reached schedule_page)
    assert not skips_ahead(kind_conditions.SESSION_HEADING.pattern)
    assert skips_ahead(kind_conditions.SESSION_HEADING._after_break)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(HEADING_PIECES), max_size=24).map("".join))
def test_the_session_headings_are_found_where_finditer_finds_them(text: str) -> None:
    expected = [m.span() for m in kind_conditions.SESSION_HEADING.pattern.finditer(text)]
    assert [m.span() for m in kind_conditions.SESSION_HEADING.finditer(text)] == expected


def test_a_rolling_agenda_in_invented_text() -> None:
    text = (
        "## meeting - 30 jul 2025\nagenda\n## ~~meeting - 23 jul 2025~~ canceled\n"
        "call: tuesday, 15 jul\nmeeting - aug\n6 notes"
    )
    # (the last heading's day runs over its line's break)
    assert len(list(kind_conditions.SESSION_HEADING.finditer(text))) == 4
    # the first line no heading
    assert len(list(kind_conditions.SESSION_HEADING.finditer(f"x{text}"))) == 3
    assert list(kind_conditions.SESSION_HEADING.finditer("")) == []


# --- a Thai headline's collapsed meeting: its look-behinds read behind "ประชุม" ---------------

# The pattern as it was written before: the look-behinds before the word.
_BEFORE = re.compile(
    kind_adjourned.COLLAPSED.pattern.replace(
        "ประชุม(?<!หวั่นประชุม)(?<!กันประชุม)(?<!ให้ประชุม)(?<!หวั่นการประชุม)(?<!กันการประชุม)(?<!ให้การประชุม)",
        "(?<!หวั่น)(?<!กัน)(?<!ให้)(?<!หวั่นการ)(?<!กันการ)(?<!ให้การ)ประชุม",
    )
)

COLLAPSE_PIECES = [
    *" \n", "ประชุม", "ประชุมบอร์ด", "ล่ม", "ถล่ม", "หล่ม", "ล่มสลาย", "หวั่น", "กัน", "ให้", "การ",
    "ส่อ", "อาจ", "จะ", "ไม่", "เกือบ", "เหตุเรือ", "ระบบ", "สภา", "‘", "’", "องค์ประชุมไม่ครบ",
]  # fmt: skip


def test_the_collapsed_meeting_opens_on_its_word() -> None:
    assert _BEFORE.pattern != kind_adjourned.COLLAPSED.pattern
    assert not skips_ahead(_BEFORE)
    assert skips_ahead(kind_adjourned.COLLAPSED)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(COLLAPSE_PIECES), max_size=14).map("".join))
def test_the_collapsed_meeting_is_found_as_before(text: str) -> None:
    assert _spans(kind_adjourned.COLLAPSED.finditer(text)) == _spans(_BEFORE.finditer(text))


def test_a_collapsed_meeting_in_invented_text() -> None:
    assert kind_adjourned.COLLAPSED.search("ประชุมบอร์ดตัวอย่าง ‘ล่ม’ องค์ประชุมไม่ครบ")
    # guards: one feared or forestalled, and one only likely to
    assert kind_adjourned.COLLAPSED.search("หวั่นประชุมบอร์ดตัวอย่างล่ม") is None
    assert kind_adjourned.COLLAPSED.search("กันประชุมล่ม") is None
    assert kind_adjourned.COLLAPSED.search("ประชุมบอร์ดตัวอย่างส่อล่ม") is None


# --- a window's unreal past and a name prepared for: a literal word looked for first ----------

UNREAL_PIECES = [
    *" .;\n", "if", "we", "it", "they", "the team", "had", "hadn't", "had not", "not", "held",
    "met", "it in person", "face to face", "shad", "chad", "xhad", "we had", "had we", "If",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(UNREAL_PIECES), max_size=14).map(" ".join),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_unreal_past_is_found_as_the_pattern_finds_it(text: str, cut: int, trim: int) -> None:
    start, end = min(cut, len(text)), max(0, len(text) - trim)
    expected = mode_weigh._UNREAL.search(text, start, end) is not None
    assert mode_weigh._unreal(text, start, end) == expected


PREPARED_PIECES = [
    *" \n", "in", "In", "IN", "preparation", "PREPARATION", "Preparation", "for", "to",
    "prepare", "preparatory", "the", "12th", "3 rd", "summit", "Meeting", "prepared", "x",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PREPARED_PIECES), max_size=16).map(" ".join), st.integers(0, 80))
def test_a_name_prepared_for_is_found_as_the_pattern_finds_it(text: str, start: int) -> None:
    start = min(start, len(text))
    window = max(0, start - title_prepared._BEFORE)
    expected = title_prepared._PREPARED_FOR.search(text, window, start)
    found = title_prepared.phrase_before(text, start)
    assert (found and found.span()) == (expected and expected.span())


def test_an_unreal_past_and_a_name_prepared_for_in_invented_text() -> None:
    assert mode_weigh._unreal("if we had held it ", 0, 18)
    assert not mode_weigh._unreal("if we have held it ", 0, 19)  # guard: no unreal past
    text = "A Senior Officials Meeting in preparation for the 12th Example Summit"
    assert title_prepared.prepared_for(text, text.index("Example"))
    assert not title_prepared.prepared_for(text, text.index("Senior"))  # guard
