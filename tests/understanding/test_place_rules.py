"""Every venue, city, country and mode value names the rule that produced it, in its reasons
as the JSON gives them ("rule <code>", bot.understanding.rules), so that the evaluation can
count failures by rule (benchmarks/eval_by_rule.py)."""

from __future__ import annotations

from typing import Any

from bot.understanding.rules import is_rule, rule_of, ruled
from tests.understanding.helpers import extract_text


def _meeting_json(body: str, subject: str = "Example Council meeting") -> dict[str, Any]:
    meeting: dict[str, Any] = extract_text(body, subject).to_json()["meeting"]
    return meeting


def _rule(meeting: dict[str, Any], name: str) -> str | None:
    return rule_of(meeting[name].get("reasons", ()))


def test_a_venue_city_and_country_held_at_name_their_rule() -> None:
    meeting = _meeting_json(
        "Dear colleagues,\n\nThe Example Council meeting will be held at the Example Grand "
        "Hotel, Vientiane, Lao PDR on 12 May 2027.\n"
    )
    assert meeting["city"]["value"] == "Vientiane"
    assert _rule(meeting, "venue") == "venue.held_at"
    assert _rule(meeting, "city") == "city.held_at"
    assert _rule(meeting, "country") == "country.held_at"


def test_a_labelled_venue_names_the_label_rule() -> None:
    meeting = _meeting_json(
        "Example Council meeting\nDate: 12 May 2027\nVenue: Example Conference Centre, "
        "Geneva, Switzerland\n"
    )
    assert _rule(meeting, "venue") == "venue.labelled"
    assert _rule(meeting, "city") == "city.labelled"


def test_a_thai_venue_and_its_province_name_their_rules() -> None:
    meeting = _meeting_json(
        "ขอเชิญประชุมสภาตัวอย่าง ในวันศุกร์ที่ 14 พฤษภาคม 2570 เวลา 09.30 น. "
        "ณ ห้องประชุมองค์การบริหารส่วนตำบลตัวอย่าง อำเภอกาบเชิง จังหวัดสุรินทร์\n",
        "ขอเชิญประชุมสภาตัวอย่าง",
    )
    assert meeting["city"]["value"] == "Surin"
    assert _rule(meeting, "venue") == "venue.thai_at"
    assert (_rule(meeting, "city") or "").startswith("city.thai_at")


def test_a_mode_names_its_rule_before_its_other_reasons() -> None:
    online = _meeting_json(
        "The Example Council meeting will be held virtually via Zoom on 12 May 2027 at "
        "10:00 (UTC+7).\n"
    )
    assert online["mode"]["value"] == "virtual"
    assert _rule(online, "mode") == "mode.online_words"
    assert online["mode"]["reasons"][0] == "rule mode.online_words"

    both = _meeting_json(
        "The Example Council meeting will be held on 12 May 2027 at the Example Hotel, "
        "Bangkok. Participants may also join online via Zoom. Please book your flights.\n"
    )
    assert both["mode"]["value"] == "hybrid"
    assert both["mode"]["reasons"] == [
        "rule mode.both_said",
        "the text speaks both of an online format and of a venue or travel",
    ]


def test_a_rule_reads_back_from_the_reasons() -> None:
    reasons = ruled("city.held_in", '"Hanoi" named as where it is held')
    assert rule_of(reasons) == "city.held_in"
    assert is_rule(reasons[0])
    assert not is_rule(reasons[1])
    assert rule_of(('"Hanoi" named as where it is held',)) is None
