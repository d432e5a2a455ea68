"""`case_blind` finds what the same pattern compiled with re.IGNORECASE finds: in every case,
with the letters that fold to ASCII ones, after "\\b", through groups of choices; and it
refuses a pattern it cannot write that way."""

import re

import pytest

from bot.understanding import cues
from bot.understanding.prefilter import case_blind, case_blind_words

TEXTS = [
    "The Workshop will be HELD in Bangkok; it was Convened by Person A and hosted online.",
    "Organised by the Secretariat, the forum takes place on 4 May; the last TOOK PLACE in Hanoi.",
    # "ſ" (long s), "K" (Kelvin sign), "İ" and "ı": IGNORECASE takes them for s, k and i
    "The Seſſion was poſtponed. A KICK-off call. İNVİTATİON to the brıefing in Room 1.",
    "co-hosted by Person B, rehosted, unheld; a study visit, a FIELD TRIP, an excursion",
    "การประชุมจัดขึ้น ณ ห้องประชุม ๑ และจะมีการศึกษาดูงาน someone@example.org",
    "",
]
PATTERNS = [
    cues.HELD,
    cues.SIDE_TRIP,
    r"\b(?:session|kick-off|invitation)\b|ห้องประชุม",
    r"(?:postponed|re-?scheduled|moved)(?:\s+[A-Za-z]+){0,3}?\s+from\s*$|brie?fing",
    r"(?:(?:study|field)\s+(?:visit|trip)|excursion)s?\b",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_it_finds_what_the_case_blind_pattern_finds(pattern: str) -> None:
    expected = re.compile(pattern, re.IGNORECASE)
    written = case_blind(pattern)
    for text in TEXTS:
        assert [m.span() for m in written.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ], text
        for start in range(0, len(text), 7):
            found, wanted = written.search(text, start), expected.search(text, start)
            assert (found and found.span()) == (wanted and wanted.span()), (text, start)


def test_each_choice_opens_with_its_first_letter_in_each_case() -> None:
    # (so the engine skips to one of them: a case-blind first letter is tried everywhere)
    choices = case_blind(r"held|\bsite\s+visit").pattern.split("|")
    assert [choice[0] for choice in choices] == ["H", "h", "S", "s", "ſ"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<word>held)|hosted",  # a copy per case would name the group twice
        r"held|[Hh]osted",  # a set first
        r"held|\s+hosted",
        r"(?:held|hosted)?\s+in",  # a repeated group is not a choice of words
    ],
)
def test_it_refuses_a_pattern_it_cannot_write_by_first_letter(pattern: str) -> None:
    with pytest.raises(ValueError, match="case-blind pattern"):
        case_blind(pattern)


@pytest.mark.parametrize(
    "words", ["session|seminar|kick|invitation|in", r"twenty[-\s]first|third|tenth|sixth"]
)
def test_case_blind_words_match_as_a_case_blind_choice(words: str) -> None:
    plain = re.compile(f"(?i:{words})")
    written = re.compile(case_blind_words(words))
    for text in [*TEXTS, "TWENTY first, Third, ſixth, TENTH"]:
        for position in range(len(text)):
            expected = plain.match(text, position)
            found = written.match(text, position)
            assert (found and found.span()) == (expected and expected.span()), (text, position)
