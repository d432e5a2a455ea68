"""What a page of meeting details is when it neither invites nor follows an earlier message.

An update says that something known has changed; a page with no word of a reply, of a change
or of an invitation follows nothing. What it is shows in what it is for:
- a page whose title names it a page of formalities (a logistics note, a conference guide,
  practical information, fellowships, side events, registration facilities), dated or not:
  for information, a circular;
- the organiser's own notice of one meeting, with its day and how to take part in it (how
  to join, its meeting ID, a request to register, the public welcome, its place given as a
  field of the page's head, its agenda under a heading, an agenda's order of business, a
  Thai agenda's heading "ระเบียบวาระการประชุม…"): an invitation;
- a page of formalities for those who take part (registration, accreditation, credentials,
  seating, applications, guidelines), which gives no day of the meeting: for information, a
  circular;
- an author's page for papers or abstracts, which gives no day of the meeting: about no
  meeting the office attends, other.
Anything else (news of a meeting ahead, a schedule) stays an update:
bot.understanding.triage decides that. It asks a page's title before an update's or a
forwarded invitation's words (`titled_formalities`), and the rest only when no other word
has decided (`page_kind`).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding import kind_words as words
from bot.understanding.fields.text import MessageText
from bot.understanding.prefilter import prefiltered
from bot.understanding.record import MeetingRecord, MessageKind, Platform

# How to take part in this meeting, as its organiser tells it.
_TAKING_PART = prefiltered(
    [
        *("how", "click", "use", "everyone", "all", "open", "members", "the"),
        *("call", "roll", "determination", "approval", "pledge", "please", "register"),
        *(rf"{word}\s+to\s+register" for word in ("requested", "asked", "required")),
        *("exercise", "ใช้สิทธิ"),
    ],
    r"how\s+to\s+(?:join|participate|attend)\b"
    # (not what speakers are told: "the speakers must join the session 10 minutes before")
    r"|(?:click|use)\s+(?:here|the\s+link(?:\s+below)?)\s+to\s+join\b"
    r"|(?:everyone|all)\s+(?:is|are)\s+welcome\b|open\s+to\s+the\s+public\b"
    r"|members\s+of\s+the\s+public\s+(?:may|can|are\s+(?:invited|welcome))\b"
    r"|the\s+public\s+may\s+(?:participate|attend|join|observe)\b"
    # a way to sign up for it: "Please register via our registration tool", "All participants
    # are kindly requested to register"
    r"|please\s+register\b|register\s+(?:here|now|online|via|through)\b"
    r"|(?:requested|asked|required)\s+to\s+register\b"
    # those entitled asked to use their right at it: "… ใช้สิทธิในการประชุมผู้ถือหุ้นกู้",
    # "holders are urged to exercise their right to vote at the meeting"
    r"|exercise\s+(?:their|your)\s+(?:voting\s+)?rights?\s+(?:to\s+vote\s+)?(?:at|in)\s+the\s+meeting\b"
    r"|ใช้สิทธิ(?:ใน|เข้าร่วม|ออกเสียงใน)?(?:การ)?ประชุม"
    # an agenda's order of business
    r"|call\s+to\s+order\b|roll\s+call\b|determination\s+of\s+(?:a\s+)?quorum\b"
    r"|approval\s+of\s+(?:the\s+)?agenda\b|pledge\s+of\s+allegiance\b",
)
# A Thai agenda names itself first, in the subject or at a line's start (not news of a sitting
# "เพื่อพิจารณาการบรรจุระเบียบวาระการประชุม…").
_THAI_AGENDA = re.compile(r"(?<![^\n])[^\S\n]*ระเบียบวาระการประชุม")
# Formalities for participants.
_FORMALITIES = prefiltered(
    [
        *("registration", "accreditation", "credential", "seating", "side", "application"),
        *("guideline", "instruction", "ลงทะเบียน", "รับสมัคร"),
    ],
    r"(?:registration|accreditation|credentials?|seating)\b|side[\s-]events?\b"
    r"|applications?\s+(?:form|for|should|must|will|are|is)\b|application\s+form\b"
    # (since round twenty-two also "instructions on how to join and participate", kindsen-r22;
    # how to take part, not "how to reach the venue by train", mend-r22b)
    r"|(?:guidelines?|instructions?)\s+(?:for\b|on\s+how\s+to\s+(?:join|participate|connect"
    r"|take\s+part|attend|register|speak|log\s+in|sign\s+in)\b)|ลงทะเบียน|รับสมัคร",
)
# An author's page: papers and abstracts to submit.
_SUBMISSIONS = prefiltered(
    ["abstract", "paper", "manuscript", "submission", "call", "ส่ง", "บทคัดย่อ"],
    r"(?:abstracts?|papers?|manuscripts?)\s+(?:submission|should\s+be\s+submitted)\b"
    r"|submission\s+of\s+(?:abstracts?|papers?|manuscripts?)\b|call\s+for\s+papers\b"
    r"|ส่ง(?:ผลงาน|บทความ|บทคัดย่อ)|บทคัดย่อ",
)


# An organiser's page of its event gives the place as a field of its own: "Location: Example
# City, Example Country", "Venue: …", "สถานที่: …".
# (since round fourteen also "Event: …", the page's own event named as a field)
_PLACE_FIELD = re.compile(r"(?:^|\n)[^\S\n]*(?:location|venue|event|สถานที่)[^\S\n]*:")
# A page's own agenda under a heading of its own ("## Agenda", "Agenda:"): the meeting's
# organiser sets it out.
# (since round fourteen also "Draft Agenda", "Provisional agenda")
_AGENDA_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*(?:#+[^\S\n]*)?(?:(?:draft|provisional|tentative)[^\S\n]+)?agenda"
    r"[^\S\n]*:?[^\S\n]*\n"
)
# (in the page's head, with its title and day: a desk's "Location: …" further on is no event's)
HEAD_CHARS = 600
# A page's title that names it a page of formalities for participants: "Logistics Note for
# Participants", "Conference guide", "Agenda and practical information", "Fellowships for …
# events", "Participation, Side-events and Exhibition Space at …", "Registration and
# information facilities"; Thai "คู่มือผู้เข้าร่วมประชุม", "ข้อมูลสำหรับผู้เข้าร่วมประชุม".
# Since round twelve also an information note (whatever it is for), "Information for
# delegations", a page for applying ("Application platform", "How to apply") and one for
# travel support; since round fourteen "Guidelines for participants" and a page of "due dates"
# (what participants owe by when).
_FORMALITIES_TITLE = prefiltered(
    [
        *("logistic", "practical", "conference", "delegate", "participant", "guide"),
        *("information", "registration", "fellowship", "side", "คู่มือ", "ข้อมูล"),
        *("application", "how", "travel", "due", "instruction"),
    ],
    r"logistics?\s+(?:note|information|arrangements)\b|practical\s+(?:information|arrangements)\b"
    r"|(?:conference|delegates?['’]?|participants?['’]?)\s+(?:guide|handbook)\b"
    r"|guide(?:lines)?\s+for\s+(?:participants|delegates)\b|(?<![\w-])due\s+dates\b"
    # (since round fifteen a title that opens "Instructions for Zoom", how those who take part
    # connect; not "<Conference>: instructions for online speakers")
    r"|(?<![^\n])instructions\s+for\b"
    r"|information\s+for\s+(?:participants|delegates|delegations)\b|fellowships?\b"
    r"|information\s+note\b|how\s+to\s+apply\b"
    r"|applications?\s+(?:platform|procedure|process|information|guidelines)\b"
    r"|travel\s+(?:support|grants?|assistance)\b"
    r"|side[\s-]events?\b|(?:registration|information)\s+(?:and\s+\w+\s+)?(?:facilities|desks?)\b"
    r"|คู่มือ(?:ผู้เข้าร่วม|การประชุม|ผู้แทน)|ข้อมูล(?:ทั่วไป)?สำหรับผู้เข้าร่วม",
)
# Where a page names itself: its subject, and its heading in the first lines.
TITLE_CHARS = 300


# A subject that names the page its meeting's registration: "<Session>: Registration",
# "Workshop registration: fees, accommodation and deadlines".
# Since round fifteen also a subject that ends on it without a colon: "<Session> Online
# Registration", "<Session> Online Registration and Credentials" (on every read part such a
# subject's page is accepted as a circular); not one that adds it to another step, "Abstract
# submission and registration".
# (since round fifteen also the last part of the subject opening on it and another step,
# "<Session> - Registration and abstract submission process", one that opens the subject,
# "Registration – event at …", and one on the credentials, "<Session> - Credentials"; not a
# page's form, "<Session>: Registration Form", accepted as an invitation)
_REGISTRATION_SUBJECT = re.compile(
    r"[:|–—-][^\S\n]*(?:online[^\S\n]+)?(?:registration(?:[^\S\n]+and[^\S\n][^\n]*)?"
    r"|credentials|accreditation)[^\S\n]*$"
    r"|^[^\S\n]*(?:[\w-]+[^\S\n]+)?registration[^\S\n]*[:–—]"
    r"|(?<!\sand)[^\S\n]+(?:online[^\S\n]+)?registration(?:[^\S\n]+and[^\S\n]+credentials)?[^\S\n]*$"
)


def titled_formalities(text: MessageText) -> str | None:
    """Why the page is one of formalities for participants, as its title says, or None: a
    circular, whatever invitation or update words its text uses (triage asks before them)."""
    heading = text.lower[:TITLE_CHARS]
    if (
        _FORMALITIES_TITLE.search(text.subject_lower)
        or _FORMALITIES_TITLE.search(heading)
        or _REGISTRATION_SUBJECT.search(text.subject_lower)
    ):
        return "a page of formalities for participants, as its title says"
    return None


# What a page of formalities is for, when its title names it: registering, accrediting,
# credentials, fellowships.
_SIGNING_UP = re.compile(r"registration|accreditation|credentials?|fellowships?|ลงทะเบียน")


def titled_signing_up(text: MessageText) -> str | None:
    """Why a page that names no meeting is one of its formalities, registration, credentials
    or fellowships (a circular), as its title says; or None. A page of other information for
    participants ("Webinar information for participants") names no meeting of its own to be
    this: triage asks it only where no meeting is named (since round fifteen)."""
    if (why := titled_formalities(text)) is None:
        return None
    if _SIGNING_UP.search(text.subject_lower) or _SIGNING_UP.search(text.lower[:TITLE_CHARS]):
        return why
    return None


def joins_a_meeting(record: MeetingRecord) -> bool:
    """Whether the record has a way to join a meeting online: a link or a platform's session.
    A call-in line's ID alone names no meeting (a council's page of how to phone in to its
    meetings, since round seventeen)."""
    return any(m.url or m.platform is not Platform.OTHER for m in record.online_meetings)


def page_kind(text: MessageText, record: MeetingRecord) -> tuple[MessageKind, str] | None:
    """The kind a page of meeting details is by what it is for, with the reason, or None
    when nothing says (an update, as triage decides). A page titled as formalities is not
    asked about here: triage reads its title first (`titled_formalities`)."""
    dated = record.start is not None
    if dated and (
        any(session.meeting_id for session in record.online_meetings)
        or _PLACE_FIELD.search(text.lower, 0, HEAD_CHARS) is not None
        or _TAKING_PART.search(text.lower) is not None
        or ("agenda" in text.lower and _AGENDA_HEADING.search(text.lower) is not None)
        or _THAI_AGENDA.match(text.subject) is not None
        or ("ระเบียบวาระ" in text.plain and _THAI_AGENDA.search(text.plain) is not None)
    ):
        return MessageKind.INVITATION, "the organiser's notice of a meeting: how to take part in it"
    if dated or joins_a_meeting(record):
        return None
    if _SUBMISSIONS.search(text.lower) is not None:
        return MessageKind.OTHER, "an author's page for papers, with no day of a meeting"
    if _FORMALITIES.search(text.lower) is not None:
        return MessageKind.CIRCULAR, "formalities for participants, with no day of the meeting"
    return None


# A subject naming a prize, an award or a contest: "ASEAN Prize seeks nominations", "Call for
# Nominations for the … Prize", "International Essay Contest", "ประกวด…", "รางวัล…".
_PRIZE_SUBJECT = re.compile(r"\b(?:prize|award|contest|competition)s?\b|รางวัล|ประกวด")
# What an invitation's words are when they only call for names: "nominat…", "Call for
# nominations".
_NOMINATING = re.compile(r"nominat", re.IGNORECASE)
# What they are nominated for, when nominations only call for names: seats to be filled by
# vote, "Election of members of the Committee", "nominations for election", "a seat on the
# Council" (since round fourteen's second pass). Nominating delegates names who attends.
_ELECTION = re.compile(
    r"\belection\s+of\s+(?:\w+\s+){0,2}?members\b|\bfor\s+election\b|\bseats?\s+on\s+the\b"
)


def call_for_information(
    text: MessageText, record: MeetingRecord, invited: list[str]
) -> str | None:
    """Why an invitation's words (`invited`, as the text has them) are a call the office reads
    for information, a circular, or None: nominations or entries for a prize or a contest,
    whatever meeting it is given at; or, with no day of a meeting, a call for nominations or a
    page titled as formalities (a registration page citing "the invitation letter")."""
    subject = text.subject_lower
    if _PRIZE_SUBJECT.search(subject) and words.MEETING_WORDS.search(subject) is None:
        return "a call for a prize's or a contest's nominations or entries: for information"
    nominating = bool(invited) and all(_NOMINATING.search(said) for said in invited)
    if nominating and "elect" in text.lower and _ELECTION.search(text.lower) is not None:
        return "a call for candidates to a body's seats: for information"
    if record.start is not None:
        return None
    if nominating:
        return "a call for nominations, with no day of a meeting: for information"
    if titled_formalities(text):
        return "a page of formalities for participants, with no day of the meeting"
    return None


# A call to apply or to say one's interest: "is calling for expressions of interest from
# organisations keen to attend", "invites applications for participation", "send an email with
# your expression of interest to host", "Application deadline: …".
_CALL_TO_APPLY = prefiltered(
    ["call", "invit", "expression", "application", "รับสมัคร"],
    r"call(?:ing|s)?\s+for\s+(?:expressions?\s+of\s+interest|applications|applicants)\b"
    r"|invit(?:es|ing)\s+applications\b|expressions?\s+of\s+interest\s+(?:to|from|in)\b"
    r"|application\s+deadline\b",
)


def call_to_apply(text: MessageText) -> str | None:
    """Why a page that neither invites nor follows anything is a call to apply or to say
    one's interest (for information, a circular), or None."""
    if (call := _CALL_TO_APPLY.search(text.lower)) is None:
        return None
    return f'a call to apply or to express interest: the text says "{call[0]}"'


# How one registers for or applies to the meeting, on a page that neither invites nor follows
# anything: a programme's registration row ("08.00 - 08.30 น. ลงทะเบียน"), a fee, a form, a
# registration desk, "ใบสมัคร", "รับสมัคร". An update says what changed; a page telling how to
# take part announces the meeting (since round fourteen: on every read part the fallback's
# pages with such words were invitations or circulars, an invitation accepted by almost all).
# (Not "the Register of …", a list; nor "a formal application" for membership.) Its reply
# form ("แบบตอบรับเข้าร่วมงาน") asks the same.
_REGISTERING = prefiltered(
    ["regist", "appl", "ลงทะเบียน", "สมัคร", "ตอบรับ", "reply"],
    r"\bregist(?:er|ration)\b(?!\s+of\b)|\bapply\s+(?:by|before|online|for|now|here|to)\b"
    r"|\bapplications?\s+(?:form|deadline|procedures?|process)\b|(?<=for\s)applications\b"
    r"|ลงทะเบียน|(?:(?<=ใบ)|(?<=รับ))สมัคร|สมัครเข้าร่วม"
    # its reply form: "แบบตอบรับเข้าร่วมงาน", "Reply form"
    r"|(?:(?<=แบบ)|(?<=ใบ))ตอบรับ|\breply\s+(?:form|slip)\b",
)


def tells_how_to_register(text: MessageText, record: MeetingRecord) -> str | None:
    """Why a page of a meeting's details announces it, an invitation, as its words of
    registering or applying say; or None."""
    if record.start is None or (found := _REGISTERING.search(text.lower)) is None:
        return None
    return f'the organiser\'s notice of a meeting: the text says "{found[0]}"'


# kinds23b: round eighteen. A subject whose head is the meeting itself, singular, up to its
# first separator: "Commission Board Meeting - Wed, …", "City Council Special Meeting",
# "First Board meeting, Monday …", "<Group> Interim Meeting - October", "<Project> Office
# Hours". Not "Meetings", a schedule or a series; not a subject that goes on with words after
# its noun ("Meeting Calendar", "meeting postponed"). (Not "… call, <day>": a group's call
# with an agenda still to come stays an update, test_kinds_round11's guard.)
_MEETING_NOUNS = ("meeting", "office hours", "webinar")
_MEETING_SUBJECT = re.compile(
    r"^[^:,–—\-\n]*\b(?:meeting|office\s+hours|webinar)[^\S\n]*(?:$|[:,–—\-(])"
)


def titled_the_meeting(text: MessageText, record: MeetingRecord) -> str | None:
    """Why a page that reached no other kind is the organiser's notice of its meeting, an
    invitation: its subject is the meeting and the page gives its hour or a way to join it
    online; or None. (Over every read part, the pages that fall through to an update with a
    subject so headed but only a day split between news and notices; with an hour or a join
    link each was accepted as an invitation: round eighteen, second pass.)"""
    subject = text.subject_lower
    if not any(noun in subject for noun in _MEETING_NOUNS) or not _MEETING_SUBJECT.match(subject):
        return None
    timed = record.start is not None and isinstance(record.start.value, dt.datetime)
    if not (timed or joins_a_meeting(record)):
        return None
    return "the organiser's notice of a meeting: its subject is the meeting, with its hour or link"


# kindsth-r20: round twenty. A Thai council's calendar of its sessions names itself in its
# title: "ปฏิทินการประชุม…" (the calendar of meetings), "กำหนดสมัยประชุม…" or "กำหนดการประชุมสภา…
# สมัยสามัญ ประจำปี…" (the year's ordinary sessions set). It calls no one to one session (that is
# "เรียกประชุม… สมัยที่ 2"): it is for information, whatever resolution of the council it recites
# or meeting it says was held. On the read parts every such notice's gold accepts a circular.
_CALENDAR_TITLE = re.compile(
    r"ปฏิทินการประชุม|กำหนดสมัยประชุม"
    r"|กำหนด(?:การ)?ประชุมสภา[^\n]{0,80}?สมัยสามัญ[^\S\n]*ประจำปี"
)


def titled_calendar(text: MessageText) -> str | None:
    """Why the page is a council's calendar of its sessions, as its title says, or None."""
    if "ประชุม" not in text.plain[:TITLE_CHARS] and "ประชุม" not in text.subject:
        return None
    for title in (text.subject_lower, text.lower[:TITLE_CHARS]):
        if (named := _CALENDAR_TITLE.search(title)) is not None:
            return f'a calendar of a council’s sessions, as its title says ("{named[0]}")'
    return None
