"""The round tests written from round seventeen on, and the older ones rewritten since, keep no
notice's wording: their texts are invented, so a rule is tested on text it was not made from
(benchmarks/corpus_overlap.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus_overlap import COMMON, ROOT, notice_runs, runs, shared_runs

# Older rounds' tests kept notices' sentences with the names changed (the script lists them);
# from round seventeen on, a round's tests are checked.
FROM_ROUND = 17
# Older modules whose texts were rewritten since (round eighteen, overlap23 and overlap23b;
# round nineteen, overlap24):
# held at 0 too, "_round" in their name or not.
REWRITTEN = (
    "test_dates_round10.py",
    "test_kinds_round10.py",
    "test_places_round9.py",
    "test_dates_round6.py",
    "test_dates_round8b.py",
    "test_places_round10.py",
    "test_places_round6.py",
    "test_dates_round9.py",
    "test_kinds_round15.py",
    "test_titles_round10.py",
    "test_places_round14.py",
    "test_places_round12.py",
    "test_dates_round12.py",
    "test_kinds_round9.py",
    "test_kinds_round12.py",
    "test_venues_real.py",
    "test_date_roles.py",
    "test_places_round16.py",
    "test_places_round15.py",
    "test_kinds_real_forms.py",
    "test_titles_round12.py",
    "test_dates_round15.py",
    "test_delegates_round14.py",
    "test_kinds_round14b.py",
    "test_delegates_round10.py",
    "test_delegates_round13.py",
    "test_dates_round13.py",
    # round nineteen (overlap24)
    "test_dates_round16.py",
    "test_kinds_round16.py",
    "test_places_round8b.py",
    "test_delegates_round11.py",
    "test_fields.py",
    "test_kinds_round13.py",
    "test_places_round13.py",
    "test_titles_round16.py",
    "test_titles_round9.py",
    "test_world_places.py",
    "test_kinds_round14.py",
    "test_delegates_round15.py",
    "test_calibration_round16.py",
    "test_titles_round13.py",
    "test_titles_forms.py",
    "test_kinds_round8.py",
    "test_dates_round8.py",
    "test_mode_real.py",
    "test_places_round14b.py",
    "test_titles_round11.py",
    "test_titles_round9b.py",
    "test_times_round8.py",
    "test_fields_round7_dates9.py",
    "test_kinds_round7.py",
    "test_places_round8.py",
    "test_titles_round14.py",
    "test_deadlines_round14.py",
    "test_kinds_round11.py",
    "test_dates_round14.py",
    "test_fields_round7.py",
    "test_places_round11.py",
    "test_titles_round8.py",
    "test_titles_round8b.py",
    "test_titles_round15.py",
    "test_deadlines_round11.py",
    "test_online_round15.py",
    "test_titles_round14b.py",
    "test_titles_round7.py",
    "test_deadlines_round13.py",
    "test_places_round7.py",
)
_ROUND = re.compile(r"_round(\d+)")


@pytest.fixture(scope="module")
def held() -> dict[str, set[int]]:
    return notice_runs()


def _round_modules() -> Iterator[Path]:
    for path in sorted((ROOT / "tests" / "understanding").glob("test_*.py")):
        found = _ROUND.search(path.stem)
        if (found and int(found.group(1)) >= FROM_ROUND) or path.name in REWRITTEN:
            yield path


def test_round_tests_from_round_seventeen_and_rewritten_ones_share_no_notices_sentence(
    held: dict[str, set[int]],
) -> None:
    modules = list(_round_modules())
    assert len(modules) >= 5
    # (a rewritten module renamed or misspelt here would drop out of the check unseen)
    assert set(REWRITTEN) <= {path.name for path in modules}
    shared = {path.name: sorted(shared_runs(path, held)) for path in modules}
    assert {name: runs for name, runs in shared.items() if runs} == {}


def test_a_run_of_one_notice_is_found_and_a_common_one_is_not(
    held: dict[str, set[int]], tmp_path: Path
) -> None:
    own = next(run for run, numbers in held.items() if len(numbers) == 1)
    common = next(run for run, numbers in held.items() if len(numbers) >= COMMON)
    module = tmp_path / "test_copied.py"
    module.write_text(f'OWN = "{own}"\nCOMMON = "{common}"\n', encoding="utf-8")
    found = shared_runs(module, held)
    assert own in found
    assert common not in found


def test_a_links_fixed_part_is_no_run_of_wording_and_no_run_spans_a_link() -> None:
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"
    found = runs(f"Join here: {link} today and five more words of ours too")
    assert not any("microsoft" in run for run in found)
    assert "join here today and five more words of" not in found
    assert "today and five more words of ours too" in found
