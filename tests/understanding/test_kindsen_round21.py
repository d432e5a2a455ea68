"""Message kinds in the forms of round twenty-one's English failure classes
(tests/realmail/FAILURES.md, "Round twenty-one fixes (kindsen-r21)"; the texts are invented in
each class's shape): a meeting "should be delayed" is put off; those "invited to contact" the
chairs are asked to write, not to a meeting; "Join us for our upcoming assembly" invites; an
agenda's "with reference to the workshop's outcomes" follows no earlier mail; a wiki's "Meeting
Minutes/<day>" page is a report though an item plans a newsletter; a proposal put up for
comment agrees no meeting yet; a body's rhythm of meetings ("holds weekly meetings") or its way
of holding them ("meetings will be conducted via Zoom") announces none of them; a headline of a
meeting ahead over a source's word that another was put off is news
(update).
Guards: "will not be delayed" puts nothing off; "invited to attend" invites; "join us on the chat
channel" invites to no meeting; a letter's "With reference to our letter" follows one; a
newsletter without a minutes subject stays other; the same text under a plain subject is no
proposal; a rule beside "the next meeting will be held on …" is that meeting's notice; a
postponement without a headline stays one.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_DELAYED = (
    "Example Rowing Club\n\n"
    "Our rules ask for the AGM to be held before the end of April. The auditors cannot finish "
    "the year's figures in time, so the committee has decided that the AGM will be delayed "
    "until the figures are ready. Members will hear of the new arrangements soon.\n"
)


def test_a_meeting_to_be_delayed_is_put_off() -> None:
    body = _DELAYED
    assert kind_of("Example Rowing Club AGM 2026", body) is MessageKind.POSTPONEMENT


def test_guard_a_meeting_not_delayed_is_not_put_off() -> None:
    body = _DELAYED.replace("will be delayed", "will not be delayed")
    assert kind_of("Example Rowing Club AGM 2026", body) is not MessageKind.POSTPONEMENT


_CONTACT = (
    "Dear colleagues,\n\n"
    "The Placeholder Network's working groups may again meet in person from 4 May 2026. "
    "Member offices interested in hosting one of the coming meetings are invited to "
    "{verb} the chair of the group concerned.\n\nThe Secretariat\n"
)


def test_those_invited_to_contact_the_chairs_are_not_invited_to_a_meeting() -> None:
    body = _CONTACT.format(verb="contact")
    assert kind_of("Working groups: news from the Secretariat", body) is not (
        MessageKind.INVITATION
    )


def test_guard_those_invited_to_attend_are_invited() -> None:
    body = _CONTACT.format(verb="attend the first meeting with")
    assert kind_of("Working groups: news from the Secretariat", body) is MessageKind.INVITATION


_JOIN = (
    "Join us {where} on Thursday, 14 May 2026, 18:00 (UTC+2), at the Example Foundation's "
    "rooms in Example Town and online. The new road map for the project will be presented.\n"
)


def test_join_us_for_our_assembly_invites() -> None:
    body = _JOIN.format(where="for our yearly members' assembly")
    assert kind_of("Members' assembly 2026", body) is MessageKind.INVITATION


def test_guard_join_us_on_a_chat_channel_is_no_invitation() -> None:
    body = _JOIN.format(where="on the project's chat channel to hear more")
    assert kind_of("Members' assembly 2026", body) is not MessageKind.INVITATION


_AGENDA = (
    "Placeholder Rules Drafting Group call\n"
    "Date: Wednesday 6 May 2026 Time: 14:00 UTC\n"
    "Join the call on the bridge: https://meet.example.org/rules-group\n"
    "Agenda:\n"
    "1. Roll call\n"
    "2. {opening}Which rules the group will look at first, set out with reference to the "
    "outcomes of the Example Town workshop (20 min)\n"
    "3. Any other business\n"
)


def test_an_agenda_item_with_reference_to_outcomes_follows_no_mail() -> None:
    body = _AGENDA.format(opening="")
    assert kind_of("Placeholder Rules Drafting Group call", body) is not MessageKind.UPDATE


def test_guard_a_letter_with_reference_to_our_letter_follows_one() -> None:
    body = "With reference to our letter of 1 April 2026, please note the call below.\n" + (
        _AGENDA.format(opening="")
    )
    assert kind_of("Placeholder Rules Drafting Group call", body) is MessageKind.UPDATE


_MINUTES = (
    "Example Collective Meeting\n\n"
    "  • Date: 2026-03-30 17:00 UTC\n"
    "  • Present: Person A, Person B, Person C\n\n"
    "  • Last week's points:\n"
    "   * Person B will write a short piece for the newsletter about the new map\n"
    "   * Person C looked at moving the chat to another server\n"
)


def test_a_wiki_page_of_minutes_is_a_report() -> None:
    subject = "Meeting Minutes/2026-03-30 Weekly Meeting"
    assert kind_of(subject, _MINUTES) is MessageKind.REPORT


def test_guard_a_newsletter_without_minutes_stays_other() -> None:
    assert kind_of("Example Collective this week", _MINUTES) is MessageKind.OTHER


_PROPOSAL = (
    "I'd like to suggest a monthly online meeting of the members of the Placeholder Circle, "
    "on a Sunday evening, in a video room of our own. The first meeting could be on Sunday "
    "10 May 2026; the time is still open. Replies below are welcome.\n"
)


def test_a_proposal_for_meetings_is_other() -> None:
    subject = "Proposal for monthly online meetings of the Placeholder Circle"
    assert kind_of(subject, _PROPOSAL) is MessageKind.OTHER


def test_a_request_for_comment_is_other() -> None:
    assert kind_of("Request for comments: a members' meeting", _PROPOSAL) is MessageKind.OTHER


def test_guard_the_same_text_under_a_plain_subject_is_no_proposal() -> None:
    assert kind_of("Monthly online meetings of the Placeholder Circle", _PROPOSAL) is not (
        MessageKind.OTHER
    )


_RHYTHM = (
    "## Community\n\n"
    "Maintainers of Example Tool hold weekly meetings at 10:00 (UTC) on Wednesdays. Anyone may "
    "join on Zoom at https://example.zoom.us/j/5550001234. A draft agenda is posted "
    "the day before each meeting.{next}\n"
)


def test_a_body_holding_weekly_meetings_is_a_standing_schedule() -> None:
    body = _RHYTHM.format(next="")
    assert (
        kind_of("Docs: move the community meeting to a new video room", body) is MessageKind.OTHER
    )


def test_guard_a_rule_beside_the_next_meeting_is_its_notice() -> None:
    body = _RHYTHM.format(next=" The next meeting will be held on Wednesday 8 April 2026.")
    assert (
        kind_of("Docs: move the community meeting to a new video room", body)
        is not MessageKind.OTHER
    )


_WAY = (
    "Taking part in Board and Panel meetings\n\n"
    "Until further notice, Board and Panel meetings will be conducted via Zoom. To watch or "
    "speak in a meeting, install the Zoom app before it starts. The login details are printed "
    "on each agenda.\n"
)


def test_meetings_conducted_via_zoom_is_a_standing_way() -> None:
    assert kind_of("Taking part in Board and Panel meetings", _WAY) is MessageKind.OTHER


_HEADLINE = (
    "The leaders of the Placeholder Group will meet by telephone next week to discuss the "
    "floods, officials said on Monday. Example Land, which chairs the group this year, told "
    "members that the full summit it was to host in May would be postponed to September, "
    "the officials said.\n"
)


def test_a_headline_of_a_meeting_ahead_over_a_postponement_is_news() -> None:
    subject = "Placeholder Group leaders to hold phone call next week"
    assert kind_of(subject, _HEADLINE) is MessageKind.UPDATE


def test_guard_a_postponement_without_a_headline_stays_one() -> None:
    assert kind_of("Placeholder Group leaders", _HEADLINE) is MessageKind.POSTPONEMENT
