"""The extractor on real public notices (tests/realmail), scored by benchmarks/eval_real.py.

The floor sits a little under the figure measured when it was set (quoted below), so that
losing several right values fails here. Raise it when the extractor gets better; never
lower it to let a change through. The test part's figure here is not a blind score:
docs/extraction.md records the blind one.
"""

import email
import json
from email.policy import default

from benchmarks.eval_real import (
    MAIL,
    NOTICES,
    PARTS,
    UNSCORED_PARTS,
    evaluate_real,
    part_of,
    part_of_notice,
    read_notices,
    report_real,
    score_notice,
)
from benchmarks.fit_signals import FITTED_PARTS
from bot.understanding.record import MessageKind, Mode
from tests.realmail.wrap import notices
from tests.understanding.helpers import extract_text


def test_real_corpus_keeps_its_scores():
    # measured 2026-12-05 on main's extractor: dev 237/426, test 114/205 (0.56 together),
    # kind 147/154
    scores = evaluate_real(PARTS)
    right = sum(score.total()[0] for score in scores.values())
    counted = sum(score.total()[1] for score in scores.values())
    kinds = [score.field("kind") for score in scores.values()]
    summary = report_real(scores, misses=True)
    assert right / counted >= 0.53, summary
    assert sum(k[0] for k in kinds) / sum(k[1] for k in kinds) >= 0.92, summary
    # Round three, measured on the dev part alone (the test part unread), 2026-12-05:
    # 376/457 (0.82), values at confidence >= 0.8: 114, of which 1 wrong.
    dev_right, dev_counted = scores["dev"].total()
    assert dev_right / dev_counted >= 0.79, summary
    wrong, trusted = scores["dev"].trusted_wrong()
    assert wrong <= 0.03 * trusted, summary


def test_every_notice_is_wrapped_by_its_rule_and_has_gold():
    forms = {"text": "text/plain", "html": "text/html", "pdf": "application/pdf"}
    for notice in notices():
        message = email.message_from_bytes(
            (MAIL / f"{notice.name}.eml").read_bytes(), policy=default
        )
        types = [part.get_content_type() for part in message.walk()]
        assert forms[notice.form] in types, notice.name
        assert message["Subject"].strip() == notice.subject
        if notice.form == "text":
            body = message.get_body(("plain",)).get_content()
            assert body.strip().splitlines() == notice.text.strip().splitlines()
        gold = json.loads((NOTICES / f"{notice.name}.gold.json").read_text(encoding="utf-8"))
        assert gold["source"] == notice.source


def test_split_follows_the_readme_rule():
    parts = [part_of(notice.source) for notice in notices() if notice.round is None]
    # sha256 of the source, mod 3 == 0 is test: about a third, and both parts are used
    assert 0.2 < parts.count("test") / len(parts) < 0.45


def test_a_held_out_round_is_its_own_part_and_leaves_dev_and_test_as_they_were():
    held = [notice for notice in notices() if notice.round is not None]
    parts = [part_of_notice(notice) for notice in held]
    held_out = {f"test{n}" for n in range(4, 25)}
    assert set(parts) == held_out
    assert parts.count("test4") >= 50
    assert parts.count("test5") >= 50
    assert parts.count("test6") >= 50
    assert parts.count("test7") >= 50
    assert parts.count("test8") >= 50
    assert parts.count("test9") >= 50
    assert parts.count("test10") >= 50
    assert parts.count("test11") >= 50
    assert parts.count("test12") >= 50
    assert parts.count("test13") >= 50
    assert parts.count("test14") >= 50
    assert parts.count("test15") >= 50
    assert parts.count("test16") >= 50
    assert parts.count("test17") >= 80
    assert parts.count("test18") >= 80
    assert parts.count("test19") >= 80
    assert parts.count("test20") >= 80
    assert parts.count("test21") >= 80
    assert parts.count("test22") >= 80
    assert parts.count("test23") >= 80
    assert parts.count("test24") >= 80
    # a held-out part is scored only when named: the default report never reads it
    assert not held_out & set(PARTS)
    # the reserve rounds, kept for a blind start, are never fitted on either
    assert "test7" not in FITTED_PARTS
    assert "test8" not in FITTED_PARTS
    assert "test9" not in FITTED_PARTS
    assert "test10" not in FITTED_PARTS
    assert "test11" not in FITTED_PARTS
    assert "test12" not in FITTED_PARTS
    assert "test13" not in FITTED_PARTS
    assert "test14" not in FITTED_PARTS
    assert "test15" not in FITTED_PARTS
    assert "test16" not in FITTED_PARTS
    assert "test17" not in FITTED_PARTS
    assert "test18" not in FITTED_PARTS
    assert "test19" not in FITTED_PARTS
    assert "test20" not in FITTED_PARTS
    assert "test21" not in FITTED_PARTS
    assert "test22" not in FITTED_PARTS
    assert "test23" not in FITTED_PARTS
    assert "test24" not in FITTED_PARTS
    # round fifteen's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test15" not in UNSCORED_PARTS
    # round sixteen's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test16" not in UNSCORED_PARTS
    # round seventeen's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test17" not in UNSCORED_PARTS
    # round eighteen's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test18" not in UNSCORED_PARTS
    # round nineteen's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test19" not in UNSCORED_PARTS
    # round twenty's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test20" not in UNSCORED_PARTS
    # round twenty-one's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test21" not in UNSCORED_PARTS
    # round twenty-two's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test22" not in UNSCORED_PARTS
    # round twenty-three's blind start is recorded (docs/extraction.md): it is read like the others
    assert "test23" not in UNSCORED_PARTS
    # round twenty-four is collected and not yet scored: the corpus tests never read it
    assert "test24" in UNSCORED_PARTS
    # the rounds still unscored are named once, and nothing that fits or tests reads them
    assert set(UNSCORED_PARTS) <= set(parts)
    assert not set(UNSCORED_PARTS) & set(FITTED_PARTS)
    assert all(part_of_notice(notice) not in UNSCORED_PARTS for notice in read_notices())
    # the 154 notices of the first rounds keep the part the source rule gives them
    for notice in notices():
        if notice.round is None:
            assert part_of_notice(notice) == part_of(notice.source), notice.name


def test_a_country_is_scored_right_however_the_gold_spells_it() -> None:
    # The extractor names countries as the gazetteer does ("Viet Nam"); a page's gold may
    # write "Vietnam": the same country, as cities are the same however they are spelt.
    out = extract_text(
        "The Example Council meeting will be held at the Example Grand Hotel, Hanoi, Vietnam"
        " on 12 May 2027.\n",
        "Example Council meeting",
    ).to_json()
    assert out["meeting"]["country"]["value"] == "Viet Nam"
    gold = {
        key: None
        for key in (
            "title", "start", "end", "timezone", "mode", "venue", "city",
            "registration_deadline", "delegates_requested",
        )
    } | {"kind": "invitation", "country": "Vietnam", "online_meetings": []}  # fmt: skip
    [country] = [o for o in score_notice("invented", gold, out) if o.name == "country"]
    assert country.right, country
    gold["country"] = "Lao PDR"
    [country] = [o for o in score_notice("invented", gold, out) if o.name == "country"]
    assert not country.right, country


def test_a_passcode_not_found_is_a_miss_not_a_value_at_the_sessions_confidence() -> None:
    # The session's confidence is its ID's and link's; a passcode not read is scored as any
    # value not found (no confidence), one read wrong at the session's confidence.
    out = extract_text("Join https://zoom.us/j/1234567890\n").to_json()
    gold = {
        key: None
        for key in (
            "title", "start", "end", "timezone", "mode", "venue", "city", "country",
            "registration_deadline", "delegates_requested",
        )
    } | {"kind": "invitation"}  # fmt: skip
    gold["online_meetings"] = [{"meeting_id": "1234567890", "passcode": "ab12cd"}]
    [passcode] = [o for o in score_notice("invented", gold, out) if o.name == "passcode"]
    assert (passcode.right, passcode.value, passcode.confidence) == (False, None, None)
    out["meeting"]["online_meetings"][0]["passcode"] = "zz99yy"
    [passcode] = [o for o in score_notice("invented", gold, out) if o.name == "passcode"]
    assert not passcode.right
    assert passcode.confidence == out["meeting"]["online_meetings"][0]["confidence"]


def _choices(value: object) -> list[object]:
    return value["any_of"] if isinstance(value, dict) else [value]


def test_every_gold_kind_and_mode_is_one_the_extractor_can_give() -> None:
    # A gold value outside the record's vocabulary ("online" for virtual) can never be
    # scored right, so it would count the extractor wrong for the gold writer's word.
    kinds = {kind.value for kind in MessageKind}
    modes = {mode.value for mode in Mode} | {None}
    for path in sorted(NOTICES.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(_choices(gold["kind"])) <= kinds, path.name
        assert set(_choices(gold.get("mode"))) <= modes, path.name
