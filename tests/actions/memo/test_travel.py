"""The stay a note states, and the travel days the memo prints from it or the office rule."""

import datetime as dt

import pytest

from bot.actions.memo.travel import Stay, stay_in, travel_days

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "accommodated for three nights from 15 December 2025 (check-in) to"
            " 18 December 2025 (check-out).",
            Stay(D(2025, 12, 15), D(2025, 12, 18)),
        ),
        (
            "Delegates are expected to arrive on 9 March 2026 and depart on 12 March 2026.",
            Stay(D(2026, 3, 9), D(2026, 3, 12)),
        ),
        ("Sponsored (flight & accommodation)", None),
        ("from 18 December 2025 (check-in) to 15 December 2025 (check-out)", None),  # reversed
        ("from 31 Smarch 2025 (check-in) to 2 April 2025 (check-out)", None),  # no such month
    ],
)
def test_the_stay_a_note_states(text, expected):
    assert stay_in(text) == expected


def test_nights_are_counted_between_arrival_and_departure():
    assert Stay(D(2025, 12, 15), D(2025, 12, 18)).nights == 3


def test_without_a_stated_stay_the_office_rule_adds_days_each_side():
    assert travel_days(D(2025, 12, 16), D(2025, 12, 18), None, 1) == (
        D(2025, 12, 15),
        D(2025, 12, 19),
    )
    assert travel_days(D(2025, 12, 16), None, None, 2) == (D(2025, 12, 14), D(2025, 12, 18))
    stay = Stay(D(2025, 12, 15), D(2025, 12, 18))
    assert travel_days(D(2025, 12, 16), D(2025, 12, 18), stay, 1) == (stay.arrive, stay.leave)
