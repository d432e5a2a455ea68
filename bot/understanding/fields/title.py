"""The meeting's name in English and Thai, its series ("SLOM-WG") and ordinal (18).

An English title is grown around a meeting noun ("Meeting", "Workshop", "Forum"...) over
capitalised words and the small words between them, so "the 18th Meeting of the Senior
Labour Officials ... of ASEAN (18th SLOM-WG)" yields the name without its short form.
The Thai title is found by bot.understanding.fields.title_th.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from bot.understanding.fields.series import (
    ORDINAL,
    find_series,
    ordinal_of,
    thai_ordinal,
)
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_audience import audience_session
from bot.understanding.fields.title_body_noun import body_noun_meeting
from bot.understanding.fields.title_bounds import whom_after
from bot.understanding.fields.title_call import group_call
from bot.understanding.fields.title_case import recased
from bot.understanding.fields.title_committee import committee_called, experts_group
from bot.understanding.fields.title_entitled import entitled
from bot.understanding.fields.title_formal import FORMAL_WHY, formally_named
from bot.understanding.fields.title_fuller import (
    comparable,
    expansion,
    goes_on,
    named_after_the,
    written_out,
)
from bot.understanding.fields.title_generic import generic_meeting
from bot.understanding.fields.title_grow import (
    grow_left,
    grow_right,
    numbered_before,
    once,
    possessed,
    topic_end,
    without_place,
    written_name,
)
from bot.understanding.fields.title_headline import talk_headline
from bot.understanding.fields.title_holds import body_holds, body_owns
from bot.understanding.fields.title_line_ends import whole_marked_heading
from bot.understanding.fields.title_lower import (
    BEFORE_AUDIENCE,
    GATHERINGS,
    before_audience,
    describing_word_start,
    lower_case_name,
)
from bot.understanding.fields.title_nominations import WELL_PLACED, called_for
from bot.understanding.fields.title_numbered import NUMBERED_BODY_RULE, numbered_sitting
from bot.understanding.fields.title_ordinal import RENUMBERED_PENALTY, renumbered, subject_names
from bot.understanding.fields.title_prepared import PREPARED_PENALTY, prepared_for
from bot.understanding.fields.title_session import session_heading
from bot.understanding.fields.title_short import (
    NOUN,
    NOUNS,
    body_before,
    defined,
    letters_in_text,
    proper_words,
    short_name,
    used_again,
)
from bot.understanding.fields.title_subject import echoed, subject_name, subject_part_name
from bot.understanding.fields.title_summit import body_summit, letters_gathering
from bot.understanding.fields.title_th import find_thai_title
from bot.understanding.fields.title_th_first import thai_name_first
from bot.understanding.fields.title_th_visit import VISIT_RULES
from bot.understanding.fields.title_topic import topic_title
from bot.understanding.fields.title_words import (
    AFTER_A_DASH,
    DOUBTED_NOUNS,
    HELD_AFTER,
    HOSTS_AFTER,
    NOUN_OF_A_THING,
    OTHER_NOUNS,
    PLURALS_OF,
    called_by_another_noun,
    describing_words_before,
    introduced_by,
    listed_with_others,
    milestones_page,
    service_words,
)
from bot.understanding.record import Extracted
from bot.understanding.rules import rule_of, ruled

_PLAN_NOT_EVENT = re.compile(r"\b(?:work|action|strategic|national)\s+$")
# A page's part named by a noun that opens it: "Meeting Agenda", "Meeting Details".
_LABEL = re.compile(r"[ \t]+(?:agenda|details|information|summary|summaries|materials)\b")
_DASH_BEFORE = re.compile(r"[ \t][-–—:][ \t]*$")
# A company named for its trade, as a fees page's payee: "… Congress and Exhibition Co., Ltd."
_OF_SOMEONE = re.compile(r"\s(?:of|for)\s")
_COMPANY = re.compile(r"[ \t]*+(?:co\.|company\b|ltd\b|limited\b|inc\.|pte\b|llc\b|corporation\b)")
_MEDIUM = re.compile(r"(?:video|audio|web|tele|phone)[\s-]*conference")


@dataclass(frozen=True)
class Titles:
    title: Extracted[str] | None
    title_th: Extracted[str] | None
    series: Extracted[str] | None
    ordinal: Extracted[int] | None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: str
    score: int
    # why the name is doubted: named by a word no meeting noun is ("Weekly Call", "JC"), or
    # one of several bodies listed together
    doubt: str | None = None
    # a gathering's noun written in lower case beside a body's name: "the City Council meeting"
    lower_noun: bool = False
    # what scored it, named in its reasons (the kinds of evidence behind a name can be counted)
    evidence: tuple[str, ...] = ()


# a candidate's score, its length, itself, and whether the subject names it
_Ranked = tuple[int, int, _Candidate, bool]


def find_titles(text: MessageText) -> Titles:
    title = _english_title(text)
    title_th = find_thai_title(text)
    if title_th and title and thai_name_first(title, title_th, text):
        title = None  # the Thai subject's name, not one its letters or text give
    doubtless = any(t is not None and t.confidence > _DOUBTED for t in (title, title_th))
    if doubtless and milestones_page(text.lower):
        title, title_th = _headed(title), _headed(title_th)
    series, ordinal = find_series(text)
    if ordinal is None:
        ordinal = ordinal_of(title) or thai_ordinal(title_th)
    return Titles(title, title_th, series, ordinal)


# Names read by a body's letters and session number ("EXB-22"), a committee's or an experts'
# group's name alone, a programme's line, a leader's visit, a ministry's regular briefing or an
# activity a Thai headline invites to: they tell which body, service, visit or page, not that the
# text is of a meeting, so the kind is decided without them (with them, nomination circulars and
# invitations to a celebration read as invitations or updates, a briefing's record as an update).
_BODY_ONLY_RULES = frozenset(
    {"title.short_form.session", "title.committee_called", "title.called_for", *VISIT_RULES}
    | {"title.experts_group", "title.th.programme_line", "title.th.regular_briefing"}
    | {"title.th.invited", NUMBERED_BODY_RULE}
)


def names_a_meeting(title: Extracted[str] | None) -> bool:
    """Whether a title says the text is of a meeting (for the kind), not only of a body."""
    return title is not None and rule_of(title.reasons) not in _BODY_ONLY_RULES


def _headed(title: Extracted[str] | None) -> Extracted[str] | None:
    """A milestones page's name, under review: the page heads with it, the notice is not of it."""
    if title is None or title.confidence < _DOUBTED:
        return title
    why = "a page of a conference's milestones names it as its heading"
    return replace(title, confidence=_DOUBTED, reasons=(*title.reasons, why))


# English title ------------------------------------------------------------------------


def _english_title(text: MessageText) -> Extracted[str] | None:
    candidates = [
        replace(c, score=c.score + 4) for c in _title_candidates(text.subject, text.subject_lower)
    ]
    body = _title_candidates(text.plain, text.lower, in_body=text.body_end)
    if not any(c.start < text.body_end for c in body):
        # A cover note's attachment is the message: its names count as the body's.
        body = [replace(c, score=c.score + 1) for c in body]
    if not candidates and text.subject:
        # A subject without a name of its own may still say which one by its short form
        # or number: "... to Attend the 112th ILC" is the body's "112th Session of the
        # International Labour Conference", not another meeting the text goes on to.
        body = [
            replace(c, score=c.score + 1) if subject_names(c.value, text.subject) else c
            for c in body
        ]
    counts = Counter(c.value.lower() for c in [*candidates, *body])
    ranked: list[_Ranked] = []
    for index, candidate in enumerate([*candidates, *body]):
        from_subject = index < len(candidates)
        score = candidate.score + min(3, counts[candidate.value.lower()] - 1)
        if not from_subject and renumbered(candidate.value, (c.value for c in candidates)):
            score -= RENUMBERED_PENALTY  # the next session's name, or the last one's
        ranked.append((score, len(candidate.value), candidate, from_subject))
    # The name the subject writes out in its words, else the subject's own on a tie.
    echo = {id(c) for c in body if not candidates and echoed(c.value, text.subject_lower, NOUNS)}
    best = max(ranked, key=lambda r: (r[0] + 2 * (id(r[2]) in echo), r[3], r[1]), default=None)
    if (best is None or best[0] < WELL_PLACED) and (called := called_for(text)):
        return called  # "Call for Nominations for the <Prize>": what the office acts on
    if best is None or best[0] < 3:
        named_otherwise = next(filter(None, (read(text) for read in _UNNAMED)), None)
        # (read only where none of those names it; a group of experts, where no meeting of it is)
        named_otherwise = named_otherwise or _lowered(ranked, text) or experts_group(text)
        named_otherwise = named_otherwise or subject_part_name(text) or letters_in_text(text)
        named_otherwise = named_otherwise or body_noun_meeting(text) or numbered_sitting(text)
        return named_otherwise or generic_meeting(text)
    score, _, candidate, from_subject = best
    talk = None if candidates or score >= _SURE else talk_headline(text, candidate.value)
    if talk and not subject_names(candidate.value, text.subject):
        return talk  # "<Ministry> Joins Discussions on <Topic>": the summit is another event
    # Another meeting's name as well placed: which one the text is about is a guess.
    rival = next((r[2] for r in ranked if r[0] >= score and _another(r[2], candidate)), None)
    # A subject line often cuts the name short: the full name is written in the text.
    fuller = [c for c in body if goes_on(c, candidate.value, text.plain)]
    evidence = [
        *(["subject"] if from_subject else []),
        *candidate.evidence,
        *(["said again"] if counts[candidate.value.lower()] > 1 else []),
        *(["echoed by the subject"] if id(candidate) in echo else []),
    ]
    doubt = candidate.doubt  # (kept where the text writes the name fuller)
    if fuller:
        candidate, from_subject = max(fuller, key=lambda c: len(c.value)), False
        evidence.append("written fuller in the text")
    elif spelt_out := expansion(candidate, body, text.plain):
        candidate, from_subject = spelt_out, False
        evidence.append("its short form spelt out")
    elif from_subject and (named := named_after_the(candidate, body, text.plain)):
        candidate, from_subject = named, False
        evidence.append("named after 'the' in the text")
    elif from_subject and (written := written_out(candidate, body)):
        candidate, from_subject = written, False
        evidence.append("its body written out")
    elif doubt == _WHO_MEETS and (formal := formally_named(candidate, body)):
        candidate, from_subject, doubt = formal, False, FORMAL_WHY
        evidence.append("named formally in the text")
    value = recased(candidate.value, text.plain)
    source = _source(candidate, from_subject, text)
    confidence = min(0.95, 0.45 + 0.05 * score)
    reasons: tuple[str, ...] = ()
    if rival is not None:
        confidence = min(confidence, _DOUBTED)
        reasons = (f"another meeting's name stands as well: “{clean(rival.value)}”",)
    elif doubt := candidate.doubt or doubt:
        confidence = min(confidence, _DOUBTED)
        reasons = (doubt,)
    elif text.mostly_thai:
        # A Thai text's English name is of what it reports on, often not the event it
        # tells of (a press conference about a forum).
        confidence = min(confidence, _DOUBTED)
        reasons = ("an English name in a Thai text",)
    return Extracted(value, source, confidence, ruled(_rule_code(evidence), *reasons))


def _rule_code(evidence: list[str]) -> str:
    """The rule's code for bot.understanding.rules: where the name stood and what weighed
    most ("title.subject.introduced", "title.text.capitalised")."""
    where = "subject" if evidence[0] == "subject" else "text"
    strongest = next((e for e in _STRONGEST if e in evidence), evidence[-1])
    return f"title.{where}.{_CODES.get(strongest, strongest)}"


# The evidence that weighs most first, and the codes of those named in words.
_STRONGEST = (
    *(
        "before its audience",
        "a lower-case topic",
        "echoed by the subject",
        "quoted after its noun",
        "introduced",
    ),
    "a notice's heading",
    *("held", "numbered", "defined by its short form", "capitalised", "lower-case noun"),
)
_CODES = {
    "before its audience": "before_audience",
    "a lower-case topic": "topic",
    "echoed by the subject": "echoed",
    "quoted after its noun": "quoted",
    "a notice's heading": "notice_of",
    "defined by its short form": "defined",
    "lower-case noun": "lower_case_noun",
}
# Under the review threshold: a person checks the name.
_DOUBTED = 0.75
_SURE = 7  # the score of a name at 0.8


def _lowered(ranked: list[_Ranked], text: MessageText) -> Extracted[str] | None:
    """The best name whose noun is in lower case, if a body of two words at least names it
    ("the Council" is any council's). One said more often ("the meeting of the Council",
    twice) outranks another body's ("the Example Board meeting", once, to set its agenda)."""
    best = max((r for r in ranked if r[2].lower_noun), key=lambda r: r[:2], default=None)
    if best is None or best[0] < 1 or proper_words(best[2].value.split()) < 2:
        return None
    return lower_case_name(best[2].value, _source(best[2], best[3], text))


def _source(named: _Candidate, from_subject: bool, text: MessageText) -> str:
    return f"Subject: {text.subject}" if from_subject else text.snippet(named.start, named.end)


_OTHER_NOUN = "named by a word that is not a meeting's usual noun"
_LISTED = "named in a list of bodies: which one the text is about is a guess"
_POSSESSED = "grown over the lower-case words its last possessive governs"
_TOPIC = "grown over the lower-case words of its topic in the subject"
_WHO_MEETS = "its body's name stands before who meets ('… ministers' meeting')"
# "… Update - Notice of Emergency Board Meeting": a notice's heading names what it gives
# notice of (a newer rule: under review).
_NOTICE_OF = re.compile(r"\b(?i:notice)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_NOTICE_HEADING = "named by a notice's heading ('Notice of …')"


def _another(one: _Candidate, other: _Candidate) -> bool:
    """Whether two names are of different meetings: neither holds the other."""
    a, b = comparable(one.value), comparable(other.value)
    return a not in b and b not in a


def _title_candidates(haystack: str, lowered: str, in_body: int | None = None) -> list[_Candidate]:
    found: list[_Candidate] = []
    for noun in NOUN.finditer(lowered):
        word = haystack[noun.start() : noun.end()]
        if word.lower() in OTHER_NOUNS and not called_by_another_noun(word, haystack, noun.end()):
            continue
        doubt = _OTHER_NOUN if word.lower() in DOUBTED_NOUNS else None
        if word.lower().startswith("program") and _PLAN_NOT_EVENT.search(
            lowered, max(0, noun.start() - 12), noun.start()
        ):
            continue  # "the ALM Work Programme 2026-2030" is a plan, not a meeting
        if word.lower() == "conference" and _MEDIUM.search(lowered, max(0, noun.start() - 8)):
            continue  # "by video conference" is how, not which meeting
        if NOUN_OF_A_THING.match(lowered, noun.end()):
            continue  # "Open Meeting Law", "Meeting Room", "Conference Centre": a thing
        grown = grow_left(haystack, noun.start())
        if service_words(lowered, grown, noun.start()):
            continue  # "Microsoft Teams meeting", "Zoom Meeting": the service's, no name
        if word[0].isupper() and grown == noun.start() and _LABEL.match(lowered, noun.end()):
            continue  # "Meeting Agenda", "Meeting Details": a page's part, no meeting's name
        if word.lower() in AFTER_A_DASH and _DASH_BEFORE.search(
            haystack, max(0, noun.start() - 4), noun.start()
        ):
            continue  # "Example Congress 2026 - Programme": the page's part, after the name
        evidence = ["capitalised" if word[0].isupper() else "lower-case noun"]
        topic: int | None = None
        if word[0].isupper():
            start, score = grown, 1
        elif proper_words(haystack[grown : noun.start()].split()) >= 2:
            start, score = grown, 0  # "the City Council meeting": its name stands before it
        elif (described := describing_words_before(haystack, noun.start())) < noun.start() and (
            body_before(haystack, body := grow_left(haystack, described), described, noun.start())
        ):
            start, score = body, 0  # "the Example Council organizational meeting"
            if haystack[noun.start() - 3 : noun.start()].rstrip().endswith(PLURALS_OF):
                doubt = doubt or _WHO_MEETS  # "… foreign ministers' meeting": a newer reading
        elif not _NAMED_AFTER.match(haystack, noun.end()) and (
            in_body is not None or topic_end(haystack, noun.end()) is None
        ):
            # a lower-case noun is a name only with the capitalised words after it, or, in the
            # subject, with its topic: "meeting on the review of the … Governing Body"
            continue
        else:
            numbered = numbered_before(haystack, noun.start())
            # "the seventy-ninth session of the Commission"; "a workshop on Migrants in …"
            start, score = (numbered, 1) if numbered is not None else (noun.start(), 0)
            if (
                numbered is None
                and (start := before_audience(haystack, start, noun.end())) < noun.start()
            ):
                evidence.append("before its audience")
                doubt = doubt or BEFORE_AUDIENCE
            start = min(start, describing_word_start(haystack, grown, noun.start()))
            topic = topic_end(haystack, noun.end()) if in_body is None else None
        end = without_place(
            haystack, noun.end(), grow_right(haystack, noun.end(), caps=word.isupper())
        )
        end = whom_after(haystack, noun.end(), end)  # "… of Southeast Asian foreign ministers"
        if topic is not None and topic > end:
            end, doubt = topic, doubt or _TOPIC  # a newer reading: a person checks it
            evidence.append("a lower-case topic")
        if (governed := possessed(haystack, end)) > end:
            end, doubt = governed, _POSSESSED  # a newer reading: a person checks it
        if listed_with_others(haystack, noun.end()) or listed_with_others(haystack, end):
            doubt = _LISTED  # "the Example Assembly and the Example Board"
        if end == noun.end() and word.lower() == "training":
            continue  # "Technical and Vocational Education and Training" is a field of study
        if _COMPANY.search(lowered, max(start, end - 4), end + 12) and not _OF_SOMEONE.search(
            lowered, noun.end(), end
        ):
            continue  # a company's name ends it; "general meeting of ABC Ltd" is its meeting
        if HOSTS_AFTER.match(haystack, end):
            continue  # "the Example Forum in Asia (EFA) today hosted a workshop": its host
        written, newer = written_name(haystack, start, noun.end(), end)
        doubt = doubt or newer  # a newer reading: a person checks it
        value = clean(written).rstrip(".")
        value = once(re.sub(r"^(?:the|The|THE|An?)\s+", "", value))
        words = value.split()
        if len(words) < 3 or len(value) > 300:
            continue
        if any(c.start <= start and end <= c.end for c in found):
            continue
        found = [c for c in found if not (start <= c.start and c.end <= end)]
        if (introduced := introduced_by(haystack[max(0, start - 80) : start]))[0]:
            score, doubt = score + 3, doubt or introduced[1]
            evidence.append("introduced")
        elif word[0].isupper() and _NOTICE_OF.search(haystack, max(0, start - 20), start):
            score, doubt = score + 3, doubt or _NOTICE_HEADING
            evidence.append("a notice's heading")
        elif HELD_AFTER.match(haystack, end) and proper_words(words) >= 2:
            score += 2  # the sentence's subject: "the … Meeting in Colombo was convened by"
            evidence.append("held")
        elif word[0].isupper() and whole_marked_heading(haystack, start, noun.end(), end):
            score += 1  # titles-r22: "## Example Call": a page's part headed by its name
            evidence.append("a marked heading")
        if prepared_for(haystack, start):
            score -= PREPARED_PENALTY  # titles-r22: "… in preparation for the <Summit>": later
        if ORDINAL.match(value):
            score += 1
            evidence.append("numbered")
        elif defined(haystack, word, value, end):
            # "the International Dialogue on Migration (IDM)": a name defined (titles-r22: and,
            # one not introduced, more where the text goes on to call it by its letters)
            score += 1 + int("introduced" not in evidence and used_again(haystack, end))
            evidence.append("defined by its short form")
        if len(words) >= 6:
            score += 1
            evidence.append("long")
        if in_body is not None and start < in_body:
            score += 1
        lower_noun = word.islower() and word in GATHERINGS
        found.append(_Candidate(start, end, value, score, doubt, lower_noun, (*evidence,)))
    quoted = entitled(haystack, lowered, in_body)
    return found + [_Candidate(*named, evidence=("quoted after its noun",)) for named in quoted]


# Where no name reaches the text's threshold: the meeting named in other ways, in this order.
_UNNAMED = (
    *(body_holds, short_name, topic_title, group_call, session_heading, audience_session),
    *(subject_name, committee_called, body_summit, letters_gathering, body_owns),
)

_NAMED_AFTER = re.compile(
    r"[ \t]+(?:on|of|for)(?:[ \t]+\n?|\n)[ \t]*(?:the(?:[ \t]+\n?|\n)[ \t]*)?[A-Z]"
)
