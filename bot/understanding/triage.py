"""What kind of message this is, and why: invitation, update, cancellation, postponement,
circular, report or other.

Words in the subject weigh more than words in the body, and the body more than forwarded
parts and attachments (an update quotes the invitation it follows; a circular quotes the
report it forwards). Every decision comes with the evidence it rests on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.reading.document import MailDocument
from bot.understanding import kind_mail_words as mail_words
from bot.understanding import kind_report_words as report_words
from bot.understanding import kind_words as words
from bot.understanding.fields.date_roles import DateSignal
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title import names_a_meeting
from bot.understanding.kind_adjourned import ADJOURNED, COLLAPSED
from bot.understanding.kind_conditions import said_on_condition
from bot.understanding.kind_convened import convened_anew
from bot.understanding.kind_delay import delay_of_another
from bot.understanding.kind_evidence import Evidence, find
from bot.understanding.kind_invite_words import INVITE, INVITES_NO_ONE_HERE
from bot.understanding.kind_lede import lede_told_as_done
from bot.understanding.kind_listings import (
    about_page,
    listing_page,
    meetings_listed,
    rhythm_of_days,
    schedule_page,
)
from bot.understanding.kind_news import (
    AHEAD_TODAY,
    TO_COME,
    attendance_told,
    dated_ahead,
    deed_then_day,
    invitation_reported,
    meeting_ended,
    news_ahead,
    news_of_change,
    told_as_done,
)
from bot.understanding.kind_pages import (
    call_for_information,
    call_to_apply,
    joins_a_meeting,
    page_kind,
    tells_how_to_register,
    titled_calendar,
    titled_formalities,
    titled_signing_up,
    titled_the_meeting,
)
from bot.understanding.record import DeadlineKind, MeetingRecord, MessageKind
from bot.understanding.signals import said
from bot.understanding.temporal.types import day_of


def triage(
    doc: MailDocument, text: MessageText, record: MeetingRecord
) -> tuple[MessageKind, tuple[str, ...]]:
    if auto_reply := mail_words.AUTO_REPLY_SUBJECT.match(doc.subject):
        return MessageKind.OTHER, (
            f'an automatic reply: the subject says "{auto_reply[0].strip()}"',
        )
    own_from = 0
    if _cover_note_only(doc, text):
        # "Please find the notice attached": the attachment says what the message says.
        own_from = text.body_end
        text = replace(text, body_end=len(text.plain))
    joined_online = joins_a_meeting(record)
    names_meeting = bool(
        names_a_meeting(record.title)
        or names_a_meeting(record.title_th)
        or record.series
        or joined_online
    )
    # A date alone (a policy "applies from 1 May") is no meeting without meeting words, nor is
    # a way to register or a deadline; with them, each tells of one (a registration page whose
    # session has no day yet, a deadline for a session's papers). A deadline of another kind
    # (an HR form due) tells of none, though a meeting is named beside it.
    told = record.start or record.registration_deadline or record.registration_url
    due = any(d.kind in _MEETINGS_DEADLINES for d in record.deadlines)
    has_meeting = names_meeting or (
        (told is not None or due) and words.MEETING_WORDS.search(text.lower) is not None
    )
    invite: Evidence | None = None  # found once: asked here and below
    if not has_meeting and record.start is not None:
        # "ขอเรียนเชิญชาวไทย… ในวันพฤหัสบดีที่ 28 กันยายน… ณ ทำเนียบ…": an invitation to a
        # ceremony or a gathering on a day, which names no meeting noun
        invite = find(text, INVITE, exclude=INVITES_NO_ONE_HERE)
        has_meeting = invite.strong
    if not has_meeting:
        held = _held(text)
        if held.any:  # a meeting the text does not name, said to have been held
            return MessageKind.REPORT, (held.reason("a report of a meeting already held"),)
        if gone_by := (
            _day_gone_by(text)
            or told_as_done(text, _sent(doc))
            or deed_then_day(text, _sent(doc))
            or lede_told_as_done(text, _sent(doc), own_from)
        ):
            return MessageKind.REPORT, (gone_by,)
        # "the joint meeting on March 25 has been canceled", "the board has elected to postpone
        # this year's AGM": a meeting called off or put off need not be named or dated.
        if called_off := _called_off(text):
            return called_off
        if titled := report_words.titled_report(text):
            # "ผลสรุปการจัดประชุม<topic> รอบที่ 1": a report's title names the meeting it
            # reports on, whatever the title reader made of it (since round twenty-one)
            return MessageKind.REPORT, (titled,)
        if titled := titled_signing_up(text):
            # "<Session>: Registration", "Online Registration and Credentials": a page of
            # formalities for those who take part need name no meeting noun nor day (since
            # round fifteen)
            return MessageKind.CIRCULAR, (titled,)
        return MessageKind.OTHER, ("no meeting name, date or online meeting found",)
    invite = invite or find(text, INVITE, exclude=INVITES_NO_ONE_HERE)
    if (
        invite.body
        and not invite.subject
        and not invite.elsewhere
        and (invitation_reported(text, invite.body, own_from) or attendance_told(text, own_from))
    ):
        # a story of invitations sent to others: news of the meeting (since round seventeen);
        # a Thai story of a party that attended tells of the invitation it had (round nineteen)
        invite = Evidence([], [], [])
    # (a governing body's paper whose invitations are all its own decisions, "may wish to
    # authorise the Secretary-General to invite", still decides: since round fifteen; asked
    # only where a body or an invitation is named, as it costs a scan)
    decides = (
        not invite.subject
        and (invite.strong or "to invite" in text.lower or "governing body" in text.lower)
        and find(text, words.DECIDES).strong
    )
    if decides:
        # a governing body's paper: the States it lists are to be invited, by another letter
        invite = Evidence([], [], [])
    # (a subject that calls the meeting off or puts it off says what the message is, though
    # its text names a newsletter or a leave: since round seventeen)
    # (nor does one whose subject names a meeting's minutes: their items may plan a newsletter,
    # since round twenty-one; its minutes, not any report: "Newsletter: summary report of the
    # month" is a newsletter, mend-r21d)
    if (
        not invite.strong
        and not joined_online
        and not _subject_calls_off(text)
        and not any(
            found[0].startswith(("minutes", "บันทึกการประชุม"))
            for found in report_words.REPORT.finditer(text.subject_lower)
        )
    ):
        not_meeting = find(text, mail_words.NOT_MEETING_MAIL)
        if not_meeting.strong:
            return MessageKind.OTHER, (not_meeting.reason("not about a meeting"),)
    calendar_methods = {(e.method or "").upper() for a in doc.attachments for e in a.events}
    calendar_states = {(e.status or "").upper() for a in doc.attachments for e in a.events}
    if "CANCEL" in calendar_methods or "CANCELLED" in calendar_states:
        return MessageKind.CANCELLATION, ("the attached calendar entry cancels the event",)

    if called_off := _called_off(text):
        kind, why = called_off
        if not _subject_calls_off(text) and (
            changed := news_of_change(text, kind is MessageKind.POSTPONEMENT)
        ):
            # news of the meeting held by video, or a headline of one ahead: what its text puts
            # off or calls off is the story of the change (since round seventeen;
            # headlines since round twenty-one)
            return MessageKind.UPDATE, (changed, *why)
        # "agreed Tuesday at a summit held via video conference, after the pandemic forced them
        # to postpone a planned summit": news of the meeting held, not its postponement
        # … and "after the trade fair was cancelled, the council held its meeting online"
        if not _subject_calls_off(text) and (past := _held_before(doc, text, record)):
            return MessageKind.REPORT, past
        if kind is MessageKind.POSTPONEMENT and record.start is None:
            why = (*why, "no new date given yet")
        if (
            kind is MessageKind.CANCELLATION
            and not _subject_calls_off(text)
            and (anew := convened_anew(text))
        ):
            # its first day called off, the meeting convened anew: since round twenty
            return MessageKind.INVITATION, (anew, *why)
        return kind, why

    if schedule := schedule_page(text, invite.strong, _sent(doc)):
        return MessageKind.OTHER, (schedule,)
    update = find(text, words.UPDATE, exclude=words.PROMISED)
    follow_up = find(text, words.FOLLOW_UP)
    report = find(text, report_words.REPORT, exclude=report_words.NOT_A_REPORT)
    circular = find(text, words.CIRCULAR)
    is_reply = bool(doc.in_reply_to) or bool(mail_words.REPLY_SUBJECT.match(doc.subject))
    # Every Thai memo to a superior ends "จึงเรียนมาเพื่อโปรดทราบ": a report written by its
    # sender is a report; a cover memo that sends a copy on (ขอส่งสำเนา...) is a circular.
    if report.strong:
        reporting = find(text, report_words.REPORTING_SELF)
        if reporting.strong and not find(text, words.SENDS_ON).strong:
            return MessageKind.REPORT, (reporting.reason("a meeting report"),)
    if circular.strong and not invite.strong:
        reasons = [circular.reason("for information")]
        if report.any:
            reasons.append(report.reason("it forwards a report"))
        return MessageKind.CIRCULAR, tuple(reasons)
    # An agenda's or a list of delegations' "Report of the Regional Director" is an item of it.
    # … nor is a memo's "สรุปสาระสำคัญได้ ดังนี้" (main points, summed up) of a meeting still to
    # come: it sums up its notice (mend-r21b); nor its agenda's "ผลการประชุมครั้งที่ 1" (mend-r23a)
    summed = set(report.body) <= report_words.SAID_OF_ANY and dated_ahead(record, _sent(doc))
    if report.subject or (
        report.body and not invite.strong and not summed and not find(text, words.LISTS).strong
    ):
        return MessageKind.REPORT, (report.reason("a meeting report"),)
    # A subject that invites is believed over a date read as past: an invitation is never lost;
    # so is one that says the meeting is still to come ("… Forum to be held online").
    # … and one whose subject says the meeting is changed ("Change of venue", "สั่งเปลี่ยนที่
    # ประชุม"): news of it told on its day is an update, not a report of it held.
    believed = (
        is_reply
        or bool(invite.subject)
        or bool(follow_up.subject)
        or bool(TO_COME.search(text.subject_lower))
    )
    if not believed and not invite.strong and (calendar := titled_calendar(text)):
        return MessageKind.CIRCULAR, (calendar,)
    if not believed and (past := _held_before(doc, text, record)):
        return MessageKind.REPORT, past
    if not believed and (news := _told_as_news(doc, text, record)):
        return MessageKind.REPORT, news
    if (
        not believed
        and not invite.strong
        and (
            gone_by := _day_gone_by(text)
            or told_as_done(text, _sent(doc), record)
            or deed_then_day(text, _sent(doc), record)
            or attendance_told(text, own_from)
            or meeting_ended(text, own_from)
        )
    ):
        # (whatever day the record reads: the story's own opens its paragraph)
        return MessageKind.REPORT, (gone_by,)
    if not is_reply and not invite.strong and record.start is None:
        # "…ครั้งที่ 3 ได้จัดขึ้นโดย…": said held, and no day of a meeting still to come
        held = _held(text)
        if held.strong:
            return MessageKind.REPORT, (held.reason("a report of a meeting already held"),)
    if is_reply or follow_up.strong:
        reasons = ["a reply in an existing thread"] if is_reply else []
        if follow_up.strong or update.strong:
            reasons.append((follow_up if follow_up.strong else update).reason("a follow-up"))
        return MessageKind.UPDATE, tuple(reasons)
    if invite.strong:
        if call := call_for_information(text, record, [*invite.subject, *invite.body]):
            return MessageKind.CIRCULAR, (invite.reason("a call"), call)
        reasons = [invite.reason("an invitation")]
        if circular.strong:
            reasons.append(circular.reason("passed on with a request to nominate"))
        return MessageKind.INVITATION, tuple(reasons)
    if decides:
        # (its composition, its agenda, whom to invite: read for information)
        return MessageKind.CIRCULAR, ("a governing body's paper deciding on a meeting",)
    if titled := titled_formalities(text):
        # "Information note", "Agenda and practical information": what the page is for,
        # though its text has an update's words ("revised"); an invitation stays one, as the
        # meeting it makes is the office's to attend
        return MessageKind.CIRCULAR, (titled,)
    if update.any and not (
        not update.subject
        and all(_JOINING.fullmatch(said) for said in [*update.body, *update.elsewhere])
        and (
            ((page := page_kind(text, record)) is not None and page[0] is MessageKind.INVITATION)
            or rhythm_of_days(text, record) is not None  # a series' page (since round 22)
        )
    ):
        return MessageKind.UPDATE, (update.reason("details for a meeting"),)
    if invite.any:
        return MessageKind.INVITATION, (invite.reason("an invitation, forwarded"),)
    if listing := listing_page(text, record):
        # what takes part or registers there is the listed meetings' (since round twenty)
        return MessageKind.OTHER, (listing,)
    if calendar := meetings_listed(text, record):  # before its welcome: since round 22
        return MessageKind.CIRCULAR, (calendar,)
    if page := page_kind(text, record):
        return page[0], (page[1],)
    if applying := call_to_apply(text):
        return MessageKind.CIRCULAR, (applying,)
    if ahead := news_ahead(text, record, _sent(doc)):
        return MessageKind.OTHER, (ahead,)
    if registering := tells_how_to_register(text, record):
        return MessageKind.INVITATION, (registering,)
    if lede := lede_told_as_done(text, _sent(doc), own_from):
        return MessageKind.REPORT, (lede,)
    if titled := titled_the_meeting(text, record):
        return MessageKind.INVITATION, (titled,)
    if listed := about_page(text):
        return MessageKind.OTHER, (listed,)
    return MessageKind.UPDATE, ("meeting details without invitation or follow-up wording",)


# An update's words that only tell how to join ("Zoom Link: …"): in the text of the organiser's
# own notice of a meeting with its day and how to take part they are that way, not a change
# (since round fifteen; bot.understanding.kind_pages.page_kind). A subject that names the
# links ("Lab Zoom links") makes the page a list of them.
_JOINING = re.compile(r"(?i:zoom\s+(?:details|link)|meeting\s+link)")

# What a meeting asks for by a day: to register, to nominate, to send its papers.
_MEETINGS_DEADLINES = frozenset(
    [DeadlineKind.REGISTRATION, DeadlineKind.NOMINATION, DeadlineKind.DOCUMENTS]
)

# A cover note is a few lines: longer own words are a message of their own.
COVER_NOTE_CHARS = 300


def _cover_note_only(doc: MailDocument, text: MessageText) -> bool:
    """Whether the sender's own words only pass on an attachment: short, and naming no
    meeting. Words above a quoted or forwarded mail answer or pass on that mail: not these
    (their own end before the mail's text does)."""
    if text.body_end < len(doc.text.rstrip()):
        return False
    own = text.lower[: text.body_end]
    return (
        any(a.text.strip() for a in doc.attachments)
        and text.body_end < len(text.plain)
        and len(own.strip()) <= COVER_NOTE_CHARS
        and words.MEETING_WORDS.search(own) is None
    )


# "The Council noted …", "The Committee decided …", three sentences at least: a body's record
# of its session (bot.understanding.kind_words.PROCEEDINGS).
_PROCEEDINGS_SENTENCES = 3


def _called_off(text: MessageText) -> tuple[MessageKind, tuple[str, ...]] | None:
    """A cancellation or a postponement, as the words near a meeting's say, or None."""
    cancel = find(
        text,
        words.CANCEL,
        exclude=words.CANCEL_NOT_MEETING,
        near=words.MEETING_WORDS,
        drop_conditional=True,
    )
    if not cancel.strong:
        cancel = find(text, words.CALLED_OFF, near=words.EVENT_WORDS, drop_conditional=True)
    if cancel.strong and not cancel.subject and words.MOVED_ONLINE.search(text.lower):
        return None  # "hold the virtual meeting over the dates of the cancelled one": moved
    if (
        cancel.body
        and not cancel.subject
        and len(find(text, words.PROCEEDINGS).body) >= _PROCEEDINGS_SENTENCES
    ):
        return None  # a body's record of its session notes sessions cancelled: no notice
    postpone = find(text, words.POSTPONE, near=words.EVENT_WORDS, drop_conditional=True)
    if not postpone.strong:
        postpone = find(text, ADJOURNED, near=words.EVENT_WORDS, drop_conditional=True)
    if words.NOT_POSTPONED.search(text.subject_lower) or delay_of_another(text, postpone):
        postpone = Evidence([], [], [])
    if (
        cancel.strong
        and postpone.body
        and find(text, words.NEW_DATES, near=words.EVENT_WORDS, drop_conditional=True).body
    ):
        # "April Dates Cancelled" over "the revised dates for the Conference will be …": the
        # same meeting given new days is put off (since round fifteen)
        return MessageKind.POSTPONEMENT, (postpone.reason("postponed to new dates"),)
    if cancel.strong and not (postpone.subject and not cancel.subject):
        # (a subject that puts the meeting off says what the message does: its text may
        # tell why, "the government asked that gatherings be called off")
        return MessageKind.CANCELLATION, (cancel.reason("cancelled"),)
    if postpone.strong:
        return MessageKind.POSTPONEMENT, (postpone.reason("postponed"),)
    return None


def _subject_calls_off(text: MessageText) -> bool:
    subject = text.subject_lower
    return COLLAPSED.search(subject) is not None or any(
        not said_on_condition(subject, match.start(), match.end())
        for pattern in (words.POSTPONE, words.CANCEL, words.CALLED_OFF)
        for match in pattern.finditer(subject)
    )


def _held_before(doc: MailDocument, text: MessageText, record: MeetingRecord) -> tuple[str, ...]:
    """Why the message reports a meeting already held, or nothing: the text says it was held
    and the meeting's day is not after the message's (an invitation recalls last year's
    meeting "held in Bali" but invites to one still to come)."""
    day = day_of(record.start.value) if record.start is not None else None
    if day is None or doc.date is None or day > doc.date.date():
        return ()
    held = _held(text)
    if not held.any:
        return ()
    return (
        held.reason("a report of a meeting already held"),
        f"the meeting ({day.isoformat()}) is not after the message ({doc.date.date().isoformat()})",
    )


def _told_as_news(doc: MailDocument, text: MessageText, record: MeetingRecord) -> tuple[str, ...]:
    """Why the message is news of a meeting held, or nothing: the meeting's day is the one a
    news story opens with, saying what happened on it, on or before the message's day
    ("เมื่อวันที่ 27 เม.ย. 2564 เอกอัครราชทูต… ประชุมหารือ…"), whatever verb it is told with;
    unless the story, filed on that very day, tells what will happen on it ("วันที่ 18 … เวลา
    09.30 น. นายกรัฐมนตรี จะเป็นประธานการประชุม…")."""
    start = record.start
    if start is None or not said(start.reasons, DateSignal.STORY_DAY):
        return ()
    if doc.date is not None and day_of(start.value) == doc.date.date() and start.source:
        told = text.plain.find(start.source)
        after = told + len(start.source)
        if told >= 0 and AHEAD_TODAY.search(text.lower, after, after + AHEAD_REACH):
            return ()
    return (f"a report of a meeting already held: {DateSignal.STORY_DAY.value}",)


def _day_gone_by(text: MessageText) -> str | None:
    """Why the message is Thai news of an event held on a day gone by, or None: a line of its
    own text opens on that day with เมื่อ and its sentence tells what was held
    (bot.understanding.kind_words.DAY_GONE_BY)."""
    for match in words.DAY_GONE_BY.finditer(text.plain, 0, text.body_end):
        line_start = text.plain.rfind("\n", 0, match.start()) + 1
        if not text.plain[line_start : match.start()].strip():
            return (
                f'a report of an event held on a day gone by: the message says "{clean(match[0])}"'
            )
    return None


def _sent(doc: MailDocument) -> dt.date | None:
    return doc.date.date() if doc.date is not None else None


# How far after the story's day its sentence says what will happen.
AHEAD_REACH = 200


def _held(text: MessageText) -> Evidence:
    """Where the text says a meeting was held: news names what was held before its verb or
    in the sentence after it ("Members met at Example University from 22 to 24 May. This was
    the first on-site meeting")."""
    return find(text, words.HELD, near=words.HELD_NEAR, near_after=HELD_NEAR_AFTER)


HELD_NEAR_AFTER = 120
