"""The words around an English meeting name: those inside it, those that end it.

Kept apart from bot.understanding.fields.title, which grows a name over them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.understanding import cues
from bot.understanding.cues import HELD_PARTICIPLE
from bot.understanding.prefilter import case_blind

# The nouns a meeting's name ends with: "… Ministers' Meeting", "… Regional Workshop".
MEETING_NOUNS = (
    "meeting|meetings|workshop|conference|forum|seminar|dialogue|summit|symposium|consultation"
    "|training|course|webinar|roundtable|round-table|session|retreat|congress|assembly"
    "|colloquium|caucus|exchange|expo|conclave|programme|program|summits|conferences|workshops"
    "|seminars|sessions|symposia|week|hackathon|exhibition|gathering"
)

_MONTH_OR_WEEKDAY = re.compile(
    rf"^(?:{cues.MONTH_NAME_EN})\.?$"
    r"|^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$",
    re.IGNORECASE,
)


# (asked of each word a name grows over, mostly the same words in every message: the answers
# are kept, a case-blind choice of words costs more to match than a look-up)
@lru_cache(maxsize=4096)
def is_month_or_weekday(word: str) -> bool:
    """Whether a word is a month's name ("May", "Sept.") or a weekday's ("Tue", "Tuesday")."""
    return _MONTH_OR_WEEKDAY.match(word) is not None


CONNECTORS = frozenset(
    [
        "of",
        "on",
        "for",
        "to",
        "and",
        "in",
        "the",
        "with",
        "a",
        "an",
        "under",
        "towards",
        "toward",
        "through",
        "among",
        "between",
        # "the United Nations Convention against Corruption": a name's own preposition
        "against",
        "&",
        "-",
        "–",
        ":",
    ]
)
NOT_TITLE_WORDS = frozenset(
    [
        "invitation",
        "invitations",
        "re",
        "fwd",
        "fw",
        "aw",
        "dear",
        "reminder",
        "registration",
        "attention",
        "note",
        "administrative",
        "provisional",
        "annotated",
        "agenda",
        "report",
        "details",
        "letter",
        "update",
        "updates",
        "subject",
        "regarding",
        "zoom",
        "for",
        "further",
        "information",
        "kindly",
        "please",
        "our",
        "your",
        "this",
        "next",
        "previous",
        "upcoming",
    ]
)
# A person's title ends a name before the person: "… Conference\nAmbassador A of B, the chair".
HONORIFICS = frozenset(
    [*("ambassador", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."), "professor", "prof."]
)
# Words of the notice around a name, not of the name: "... Conference - Advance Information",
# "Meeting Cancelled Due to ...", "... Workshop on Migration Discusses ...". Never words a
# name may hold: "Labour Market Information", "Civil Registration", "Due Diligence".
NOTICE_WORDS = frozenset(
    [
        *("schedule", "guide", "note", "notice", "postponement", "postponed"),
        *("cancellation", "cancelled", "canceled", "instructions", "dear", "update", "reminder"),
        *("invitation", "announcement", "advance", "summary", "notification", "urgent"),
        *("held", "opens", "opened", "closes", "closed", "concludes", "concluded", "completed"),
        *("completes", "discusses", "discussed", "launches", "launched", "begins", "began"),
        *("starts", "started", "ends", "ended", "holds", "hosts", "hosted", "convenes"),
        *("convened", "gathers", "attends", "attended", "commences", "commenced"),
        *("rescheduled", "adopts", "adopted", "wraps", "kicks", "host", "hosts", "issued"),
        *("circular", "timeline", "reviews", "reviewed", "agrees", "agreed", "approves"),
        *("approved", "urges", "urged", "highlights", "focuses", "explores", "examines"),
        *("addresses", "seeks", "strengthens", "promotes", "welcomes", "celebrates"),
        # a title-case headline's verb after its body, calling for people: "<Body> Secretariat
        # Invites Applications for Participation at the <Forum>"
        *("invites", "announces", "calls", "accepts"),
        # a letter's next sentence, its people its subject: "Invitation to 2031 AGM\nYou're …"
        *("you", "you're", "you’re", "we", "we're", "we’re"),
        # a headline's own verb before the name: "Postponing the Regional Forum"
        *("postponing", "postpones", "cancelling", "canceling", "cancels", "rescheduling"),
        # and its future: "International Dialogue Will Focus on …"
        *("will", "shall"),
        # a page's labels around the name: "<Name>\nEvent Date(s)", "… Meeting Summaries"
        *("event", "summaries"),
    ]
)
# Words that join two capitalised parts of one name: "Asia and the Pacific", "Safety and Health".
JOINING = frozenset(["and", "&", "the"])
# A sentence's first word is not its subject's name: "At the ASEAN ... Meeting".
SENTENCE_WORDS = frozenset(
    [
        *("at", "in", "on", "during", "after", "before", "as", "by", "from", "with", "to", "of"),
        "or",
        "the",
    ]
)
# After a dash or colon, words of a notice's heading that a name may hold elsewhere:
# "... Week - Information for Participants", "... Week: Media Registration".
AFTER_A_DASH = NOTICE_WORDS | frozenset(
    [
        *("information", "registration", "agenda", "media", "press", "programme", "details"),
        "call",
        # and what the notice changes: "Meetings - Time change for …"
        *("time", "date", "dates", "change", "changes", "venue", "location"),
    ]
)
# A name that is the subject of an active verb of hosting, the event its object: an organiser
# (a series hosting "its 20th edition" is the meeting itself).
HOSTS_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?[ \t]+(?:today[ \t]+|yesterday[ \t]+|jointly[ \t]+)?"
    r"(?:co-)?(?:hosted|organi[sz]ed)[ \t]+(?:a|an|the)[ \t]"
)
# A verb of holding right after the name (and its place): the name is what was held.
# A wrapped line may break anywhere in it ("... Meeting in\nColombo was convened"). A
# participle of planning alone says so too: "A <Name> Meeting scheduled to take place in …".
HELD_AFTER = re.compile(
    r"(?:[ \t\n]{1,4}(?:in|at)[ \t\n]{1,4}[A-Z][\w'’-]*(?:[ \t\n]{1,4}[A-Z][\w'’-]*){0,3})?"
    r",?[ \t\n]+"
    rf"(?:(?:was|were|will[ \t]+be|has[ \t]+been|is|are)[ \t]+(?:{HELD_PARTICIPLE}"
    r"|opened)|took[ \t]+place|opened|convened|met|kicked[ \t]+off"
    r"|scheduled[ \t\n]+to[ \t\n]+(?:take[ \t\n]+place|be[ \t\n]+held|open|begin))\b"
)

# A meeting named by its short form alone, where no meeting noun names it: numbered ("14th
# TDAG", "the 5MSP": the fifth meeting of States parties), with its year ("APF 2020"), or a
# working party's sign ("WP.29 and AC.3").
SHORT_NAME = re.compile(
    # a body numbered by its session, its short forms joined ("51st ESCAP/WMO Typhoon
    # Committee": its 51st session)
    r"(?<![\w.])(?:\d{1,3}(?:st|nd|rd|th)[ \t]+[A-Z][A-Z0-9]{2,}(?:[-+/][A-Z0-9]+)*"
    r"(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?:Committee|Council|Commission|Board)(?![\w.])"
    r"|\d{1,3}(?:st|nd|rd|th)[ \t]+[A-Z][A-Z0-9]{2,}(?:[-+][A-Z0-9]+)*"
    r"|\d{1,3}[A-Z]{3,5}|(?!(?:COVID|GMT|UTC|ICT|PDF|ISO|SDGS?)\b)[A-Z]{3,}[ \t]?(?:19|20)\d\d"
    r"|[A-Z]{2,4}\.\d{1,3}(?:[ \t]+(?:and|&)[ \t]+[A-Z]{2,4}\.\d{1,3})?"
    # a body's letters and its session's number: "EXB-22: Fellowships" (not a virus's)
    r"|(?P<session>(?!(?:COVID|SARS|MERS|NCOV)-)[A-Z]{3,}-\d{1,2})"
    # a conference numbered in Roman figures: "EXAMPLECONF XI" (not a document's "ANNEX II")
    r"|(?!(?:PART|ANNEX|ARTICLE|SECTION|CHAPTER|TITLE|PHASE|LEVEL|STAGE|VOLUME|TYPE|CLASS)\b)"
    r"[A-Z]{3,}[ \t]+(?=[IVX]{1,5}(?![\w.]))X{0,3}(?:IX|IV|V?I{0,3})"
    # a general meeting by its letters, perhaps with its year: "this year's AGM", "2026 AGM"
    r"|(?:(?:19|20)\d\d[ \t]+)?[AE]GM)(?![\w.])"
)
# How a meeting is held, after its name: "Board Meeting Remote Conferencing".
# A place at a meeting written after its name: "the 43rd Example Summit Media Center" is where
# the press met, not the summit's name (first words gate the pattern: it runs per word).
FACILITY_OPENS = frozenset(
    [
        *("international", "media", "press", "broadcast", "secretariat", "registration"),
        *("accreditation", "information", "help"),
    ]
)
FACILITY = re.compile(
    r"(?:International[ \t]+)?(?:Media|Press|Broadcast)[ \t]+(?:Cent(?:er|re)|Room|Office|Lounge)\b"
    r"|Secretariat\b|(?:Registration|Accreditation|Information|Help)[ \t]+"
    r"(?:Desk|Counter|Booth|Cent(?:er|re)|Office)\b"
)
MEDIUM_AFTER = re.compile(
    r"[ \t]+(?:remote|video|web|tele|online|virtual)[ \t-]*conferenc(?:e|ing)\b", re.IGNORECASE
)

# Words that name a meeting only as a name's last word, written as one: "Example Project
# Weekly Call", "5th Thailand – Examplia JC" (a joint commission), "Example Club AGM", and
# gatherings only the title knows ("Virtual Public Hearing", "Community Round Tables", "Special
# Diplomatic Briefing"; other fields' rules share MEETING_NOUNS, where "hearing" would also be
# a sense and a court's).
OTHER_NOUNS = (
    *("call", "calls", "jc", "agm", "egm", "hearing", "hearings", "briefing", "briefings"),
    *("round table", "round tables", "roundtables"),
    # read since round twelve: a series' "Assemblies of the Member States", a group's "Virtual
    # F2F" (face to face)
    *("assemblies", "f2f"),
)
# Nouns whose names are read by newer, less tried rules: under review ("Policy Experts
# Gathering" is a meeting; a gathering may be any crowd).
DOUBTED_NOUNS = frozenset([*OTHER_NOUNS, "gathering"])
# "Call for Papers", "call details", "Calls in Zoom": what follows says it is no meeting.
_CALL_OF_A_THING = re.compile(
    r"[ \t]+(?:for|to|details|link|number|in|with|from|center|centre)\b", re.IGNORECASE
)


def called_by_another_noun(word: str, text: str, end: int) -> bool:
    """Whether one of OTHER_NOUNS, found at `end - len(word)`, ends a meeting's name: written
    capitalised ("Call", "Hearing") or in capitals ("JC"); for a call, not a call for
    something nor an agenda's "Roll Call"."""
    if word.lower().startswith("call"):
        start = end - len(word)
        return (
            # (in lower case after its medium: "the video call of Example's subgroup")
            (word[0].isupper() or bool(_MEDIUM_BEFORE.search(text, max(0, start - 12), start)))
            and _CALL_OF_A_THING.match(text, end) is None
            and not text[max(0, start - 6) : start].rstrip().lower().endswith("roll")
        )
    if word.lower() == "f2f":
        # how it is held says it is the meeting: "Virtual F2F" (not an agenda's "F2F Survey")
        return _HELD_HOW_BEFORE.search(text, max(0, end - 16), end - len(word)) is not None
    if word.lower() in _CAPITALISED_NOUNS:
        return word[0].isupper() and _PAPER_AFTER.match(text, end) is None
    return word.isupper()


_HELD_HOW_BEFORE = re.compile(r"\b(?i:virtual|hybrid|online|in-person)[ \t]+$")
_MEDIUM_BEFORE = re.compile(r"\b(?:video|voice|community|zoom)[ \t]+$")
_CAPITALISED_NOUNS = frozenset(OTHER_NOUNS) - {"call", "calls", "jc", "agm", "egm"}
# "Briefing Note", "Hearing Officer": a paper or a person, not the gathering.
_PAPER_AFTER = re.compile(
    r"[ \t]+(?:notes?|papers?|books?|packs?|kits?|documents?|materials|officers?|aids?)\b",
    re.IGNORECASE,
)


# A list of names after a name: ", the Example Board and the Example Committee", "and the
# Example Board" (a name's own "and" joins words, not "the" and another body: "Safety and
# Health", "Asia and the Pacific" follow a connector, not the name's noun).
_LISTED = re.compile(
    r"(?:[ \t]*+,[ \t\n]*+(?:and[ \t\n]+)?|[ \t\n]++(?:and|&)[ \t\n]++)the[ \t\n]++[A-Z]"
)


def listed_with_others(text: str, end: int) -> bool:
    """Whether a list of other bodies follows a name that ends at `end`."""
    return _LISTED.match(text, end) is not None


# Lower-case words between a body's name and its meeting: "Example Council organizational
# meeting", "the Board regular meeting".
DESCRIBING = frozenset(
    [
        *("organizational", "organisational", "annual", "general", "regular", "special"),
        *("inaugural", "monthly", "quarterly", "weekly", "extraordinary", "emergency"),
        *("joint", "plenary", "preparatory", "informal", "ordinary", "statutory", "regional"),
        "ministerial",  # titles23: "the Example Process ministerial conference"
    ]
)


def describing_words_before(text: str, position: int) -> int:
    """Where up to two describing words right before `position` begin; `position` without.
    Who meets, a plural's possessive, describes too, with one word before it: "the Example
    Cooperation (EC) foreign ministers' meeting"."""
    start, whose = position, False
    for _ in range(2):
        end = start
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if start == position and end > 0 and text[end - 1] == "\n":
            end -= 1  # a PDF's line may break before the noun
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        word_start = end - 1 if start == position and text[end - 2 : end] in PLURALS_OF else end
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:end]
        if end == start or not (word in DESCRIBING or word.endswith(PLURALS_OF) or whose):
            break
        if not word.islower():
            break
        start, whose = word_start, word.endswith(PLURALS_OF)
    return start


PLURALS_OF = ("s'", "s’")


# The rows of a conference's "important dates" page, English and Thai.
_MILESTONE_ROWS = (
    *("important dates", "submission deadline", "paper submission", "abstract submission"),
    *("notification of acceptance", "camera-ready", "camera ready"),
    *("ส่งบทความ", "แจ้งผลการพิจารณา", "กำหนดการสำคัญ"),
)

# A heading line of its own that names the page a list of milestones.
_MILESTONE_HEADINGS = ("important dates\n", "key dates\n", "กำหนดการสำคัญ\n")


def milestones_page(lowered: str) -> bool:
    """Whether a text lists a conference's milestones (papers due, acceptance, the conference):
    a page that names its conference as a heading, not a notice of the meeting itself. Plain
    substring tests: a regex would be tried at every position of the text."""
    if any(lowered.startswith(h) or f"\n{h}" in lowered for h in _MILESTONE_HEADINGS):
        return True  # a page headed "Important dates": its lines are the milestones
    rows = 0
    for row in _MILESTONE_ROWS:
        if row in lowered:
            rows += 1
            if rows >= 2:
                return True
    return False


# What introduces a meeting's name.
INTRODUCED = case_blind(
    # "… invite you to the Regional Workshop on …"
    r"(?:invit\w*(?:\s+you)?|participat\w*\s+in|attend(?:ance)?(?:\s+at)?|host(?:ing|ed)?|convened?"
    r"|organi[sz](?:e|ed)|rolled\s+out|gathered\s+at|nominat\w*.{0,40}?\s+for|to\s+join"
    # "The Council will hold its annual Ministerial Council Meeting in …"
    r"|(?:will|to|shall)\s+hold"
    # titles21: the meeting a news item's subject chairs: "<Person> presided over the … Meeting"
    r"|presid(?:ed|es|ing)\s+over|chair(?:ed|s|ing)"
    # "INFORMATION AND GUIDELINES FOR:" above the name: a circular's heading of whom it serves
    r"|(?:information|guidelines|instructions|arrangements)\s+for:"
    # a Thai text's verb before an English name: "จัดงาน Expo <year> <city> Symposia ที่…"
    r"|จัดงาน|จัด(?:การ)?(?:ประชุม|สัมมนา)|เข้าร่วม(?:การ)?(?:ประชุม|งาน)?)\s+"
    r"(?:to\s+)?(?:attend\s+|participate\s+in\s+)?(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:annual|biennial|regular|ordinary|extraordinary|special|next)\s+)?$",
)
_CHAIRED = "the meeting its subject presides over or chairs (a newer reading)"


def introduced_by(before: str) -> tuple[bool, str | None]:
    """Whether a verb introduces the name written right after `before` ("invite you to the",
    "presided over the"), and why the name is doubted: a chair's verb is read since round
    sixteen, under review until tried on unseen mail."""
    found = INTRODUCED.search(before)
    newer = found is not None and found.group().lower().startswith(("presid", "chair"))
    return found is not None, _CHAIRED if newer else None


# A thing named by a meeting noun and the word after it: "Open Meeting Law", "Meeting Room".
NOUN_OF_A_THING = re.compile(
    r"[ \t]+(?:law|act|room|rooms|minutes|notes|rules|policy|requirements|link|id|password"
    r"|passcode|platform|software|centre|center|centres|centers|hall|halls"
    # a page's papers: "Agendas & Meeting Documentation", "Meeting Packet" (titles-r20)
    r"|documentation|documents|packets?"
    # an exhibition's floor: "Side-events and Exhibition Space at the <Workshop>"
    r"|spaces?|booths?"
    # a page's heading: "Meeting Dates & Locations 2026"
    r"|dates|locations|venues|calendar|schedule|schedules"
    # a staff line: "Person A, Program Analyst for the Example Commission"
    r"|analysts?|officers?|managers?|coordinators?|directors?|assistants?|specialists?|staff"
    r"|planners?|clerks?)\b"
)


# titles23: a conferencing service's own words before its noun ("Microsoft Teams meeting",
# "Zoom Meeting", "Webex meeting") head its joining details, not the meeting's name.
_SERVICE_NAME = (
    r"(?:(?:microsoft[ \t]+)?teams|(?:cisco[ \t]+)?webex|zoom|google[ \t]+meet|skype"
    r"|gotomeeting|bluejeans|jitsi(?:[ \t]+meet)?)"
)
_SERVICE_BEFORE = re.compile(rf"{_SERVICE_NAME}[ \t]+")
# a service named among words in lower case
SERVICE = re.compile(rf"\b{_SERVICE_NAME}\b")


def service_words(lowered: str, start: int, noun_start: int) -> bool:
    """Whether the words before a meeting's noun are a conferencing service's name alone."""
    return _SERVICE_BEFORE.fullmatch(lowered, start, noun_start) is not None
