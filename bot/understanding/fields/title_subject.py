"""A meeting named only by a few words of the subject: two words, or the body that meets.

A calendar page or an agenda heads itself with a name too short for the title rules, which
grow names of three words or more around a meeting noun: "<SHORT> Meeting (online) - <date>",
"Notice of Administrative Meeting"; or with the body that meets and no meeting noun at all:
"Example Commission - <date> @ 7:00 PM", "Meeting Minutes: Example Steering Committee, <date>".
Read only where those rules found no name, and under review.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_parties import joins_parties
from bot.understanding.fields.title_words import (
    HELD_AFTER,
    MEETING_NOUNS,
    NOT_TITLE_WORDS,
    NOTICE_WORDS,
    SERVICE,
    describing_words_before,
    is_month_or_weekday,
)
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_NOUNS = (
    "Meeting|Hearing|Session|Workshop|Forum|Seminar|Webinar|Summit|Retreat|Conference"
    # titles21: a congress's or symposium's two words ("Example Congress postponed")
    "|Congress|Symposium"
    # titles23: a group's calls by their formal noun ("<SHORT> Teleconferences")
    "|Teleconferences?"
    # titles-r21: a members' assembly ("General Assembly 2027 - Roadmap"); mend-r21c: only a
    # general or annual one ("Engine Assembly", "Frame Assembly" put parts together)
    r"|(?:(?<=General[ \t])|(?<=Annual[ \t]))Assembly"
)
# "<SHORT> Meeting", "Administrative Meeting": a capitalised word and a meeting's noun, alone
# (not the start or the end of a longer name: "Example Board Meeting" is grown by the rules)
# titles-r22: a headline's news about the meeting after its name: "<SHORT> meeting relocates to
# …", "<SHORT> Meeting Canceled Again", "<SHORT> meetings in <City> postponed" (the name ends
# before it, and before where it was to be).
_NEWS_VERB = (
    r"(?i:(?:is[ \t]+|are[ \t]+)?(?:postponed|cancell?ed|called[ \t]+off|relocate[sd]?"
    r"|rescheduled|delayed|moved|moves))(?![\w'’-])"
)
_NEWS = re.compile(rf"(?:[ \t]+in[ \t]+[A-Z][\w-]*+)?[ \t]+{_NEWS_VERB}")
_TWO_WORDS = re.compile(
    rf"(?<![\w'’&-])(?P<first>[A-Z][\w-]*+)[ \t]+(?:{_NOUNS})(?![\w'’-])"
    rf"(?![ \t]++(?:(?:of|on|for|and|&)[ \t]++(?:the[ \t]++)?)?(?!{_NEWS_VERB})[A-Z])"
)
# mend-r22e: neither a hall's nor a kit's: the subject's "Assembly" not before a capitalised word
# ("School Assembly Hall"), the text's "the Assembly" one goes to, alone ("to the Assembly", not
# "in the Assembly Hall", "follow the Assembly steps").
_ASSEMBLY = re.compile(r"^[A-Z][\w-]*+[ \t]+Assembly(?![\w'’-]|[ \t]+[A-Z])")
_THE_ASSEMBLY = re.compile(
    r"\b(?:to|at|for|attend|attending|during)[ \t]+the[ \t]+Assembly(?![\w'’/-]|[ \t]+[A-Z])"
)
# A gathering's noun in lower case after a body's two words: "<SHORT> Forum meeting".
_MEETING_AFTER = re.compile(r"[ \t]+meeting(?![\w'’-])")
# A capitalised word right before: the name is longer ("Example Board Meeting").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’&-]*+[ \t]+$")
# A first word that says how or when, or is the notice's own: "Zoom Meeting", "Video
# Conference", "Next Meeting", "August Meeting" (any month's).
_NOT_FIRST = (
    NOT_TITLE_WORDS
    | NOTICE_WORDS
    | {"online", "virtual", "hybrid", "the", "video", "vdo", "audio", "web", "phone", "tele"}
    | {m.lower() for m in calendar.month_name[1:]}
    | {d.lower() for d in calendar.day_name}
) - {"administrative"}
# The subject's parts: "<Body> - <date> @ <time>", "Meeting Minutes: <Body>, <date>".
_PARTS = re.compile(r"[ \t]+[-–—|@][ \t]+|[:,;][ \t]+")
# A body by its name: capitalised words (and the small ones between them) ending in its noun,
# "of Directors" perhaps after it.
_BODY_WORDS = r"(?:[A-Z][\w'’&-]*+[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?){1,6}"
_BODY_OF = r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*+(?:[ \t]+[A-Z][\w'’-]*+){0,3})?"
_BODY_NOUN = r"Commission|Committee|Council|Board|Authority|Senate"
_BODY = re.compile(rf"{_BODY_WORDS}(?:{_BODY_NOUN}){_BODY_OF}")
# A calendar page headed with its day names a working group as a body ("<yyyy-mm-dd> <Name>
# Working Group (<SHORT>)"); elsewhere a subject's working group is what a call or a report
# is of ("Call for experts: <Name> Working Group").
_HEADED_BODY = re.compile(rf"{_BODY_WORDS}(?:{_BODY_NOUN}|(?<=Working[ \t])Group){_BODY_OF}")
SUBJECT_NAME_CONFIDENCE = 0.6
# A group's name (capitalised words, letters, digits) before a colon and its meetings.
_WHOSE_MEETINGS = re.compile(
    r"(?P<name>[A-Z0-9][\w.&'’-]*+(?:[ \t]+[A-Z0-9][\w.&'’-]*+){0,5}):[ \t]+"
    r"(?i:(?:information[ \t]+(?:on|about)[ \t]+)?meetings)(?![\w'’-])"
)
# titles22: the page the body's part heads, after it: "Example Commission Agenda, <date>".
_PAGE_LABEL = re.compile(r"[ \t]+(?:Agenda|Minutes)$")
# A calendar page's heading: "<yyyy-mm-dd> <Body> (<SHORT>)": the day before, its letters after.
_DAY_BEFORE = re.compile(r"^\d{4}-\d\d-\d\d[ \t]+")
_LETTERS_AFTER = re.compile(r"[ \t]+\([A-Z]{2,}\)$")


def subject_name(text: MessageText) -> Extracted[str] | None:
    """Two words that name a meeting in the subject, else a part of it that is a body's name."""
    subject = text.subject
    if text.mostly_thai:
        return None  # a Thai text's English words name what it reports on, or how it meets
    for found in _TWO_WORDS.finditer(subject):
        if found["first"].lower() not in _NOT_FIRST and not _CAPITALISED_BEFORE.search(
            subject, max(0, found.start() - 30), found.start()
        ):
            why = ruled("title.subject_two_words", "a meeting named in two words by the subject")
            # "<SHORT> Forum meeting": the body's own meeting, named with its noun
            meeting = _MEETING_AFTER.match(subject, found.end())
            return _named(
                subject[found.start() : meeting.end() if meeting else found.end()], subject, why
            )
    if (assembly := _ASSEMBLY.search(subject)) and _THE_ASSEMBLY.search(text.plain):
        # titles-r22: "<Body> Assembly 2027: accreditation …" and the text's "to the Assembly":
        # a body's assembly the text names as an event (not "Engine Assembly", a part's)
        why = ruled("title.subject_two_words", "a meeting named in two words by the subject")
        return _named(assembly.group(), subject, why)
    if short_and_noun := (
        _short_and_noun(text) or _held_in_text(text) or _kind_and_noun(text) or _one_word(text)
    ):
        return short_and_noun
    if (
        (whose := _WHOSE_MEETINGS.match(subject))
        and whose["name"].split()[0].lower() not in _NOT_FIRST
        and text.plain.find(whose["name"], 0, text.body_end) >= 0
    ):
        # titles23: "<Example Group>: meetings are held Tuesdays …", "<Example WG>: Information
        # on Meetings": a page of the group's own meetings, named by the group (mend-r23b: the
        # group the page writes again, not a label, "IMPORTANT: meetings cancelled")
        why = ruled("title.subject_body", "the group whose meetings the subject's page is of")
        return _named(whose["name"], subject, why)
    for part in _PARTS.split(subject):
        headed = _DAY_BEFORE.match(part.strip()) is not None
        part = _PAGE_LABEL.sub("", _DAY_BEFORE.sub("", part.strip()))
        if (_HEADED_BODY if headed else _BODY).fullmatch(
            _LETTERS_AFTER.sub("", part)
        ) and part.split()[0].lower() not in _NOT_FIRST:
            why = ruled(
                "title.subject_body",
                "the body that meets, named by the subject; no meeting noun names it",
            )
            return _named(part, subject, why)
    return None


# A short form and a meeting's noun in lower case: "e-CDS workshop", "IP3 meeting", a part of
# the subject of its own (not a headline's "<Body> meeting taps way for …").
# titles23: two parties' letters, "EXA-U.K. summit postponed" (a summit only so: one body's or
# one country's letters before it are title_summit's)
_PARTIES = r"-(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*)"
_SHORT_NOUN = re.compile(
    r"(?<![\w'’&-])(?:[a-z]-)?[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*"
    rf"(?:{_PARTIES}[ \t]+summit|(?:{_PARTIES})?[ \t]+(?:meeting|workshop|forum|seminar|webinar))"
    r"s?(?![\w'’-])"
)
_PART_ENDS = re.compile(r"[ \t]*(?:[,;(]|$)")
# A short form the subject defines in brackets: "Third meeting of the … process (IP3)".
_DEFINED_SHORT = re.compile(r"\(([A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*)\)")


def _short_and_noun(text: MessageText) -> Extracted[str] | None:
    """A meeting named by a short form and its noun in lower case: in the subject, or in the
    text by the short form the subject defines ("… process (IP3)" and "The IP3 meeting will be
    held …"); a newer rule, under review."""
    found = _SHORT_NOUN.search(text.subject)
    if found and not (
        _PART_ENDS.match(text.subject, found.end()) or _NEWS.match(text.subject, found.end())
    ):
        found = None
    source = f"Subject: {text.subject}" if found else ""
    defined: Iterable[re.Match[str]] = () if found else _DEFINED_SHORT.finditer(text.subject)
    for short in defined:
        at = text.plain.find(f"{short[1]} ")
        found = _SHORT_NOUN.match(text.plain, at) if at >= 0 else None
        if found and HELD_AFTER.match(text.plain, found.end()):
            source = text.snippet(found.start(), found.end())
            break
        found = None
    if found is None:
        return None
    why = ruled("title.short_and_noun", "a short form and a meeting's noun in lower case")
    return Extracted(found.group(), source, SUBJECT_NAME_CONFIDENCE, why)


# A subject's part opened by a word and a meeting's noun in lower case: "July 2027: Business
# meeting August 24".
_PART_OPENS = re.compile(
    r"(?:^|[:|–-][ \t]+)(?P<word>[A-Z][a-z]+)[ \t]+(?P<noun>meeting|workshop|forum|seminar)\b"
)
_HELD_TRIED = 3
_WHOSE_WHY = "with the bodies the subject writes after them"
# The bodies the subject's part goes on to, to its end: "… meeting of the adjourned <A> & <B>".
_OF_BODIES = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?[A-Z][\w&’'-]*(?:[ \t]+[A-Z&][\w&’'-]*)*"
    r"(?=[ \t]*(?:[,;(]|$))"
)


def _held_in_text(text: MessageText) -> Extracted[str] | None:
    """The subject's "<Word> meeting" as the text writes it where it says it is held, with its
    describing words: "The annual business meeting will be held on …"; under review."""
    for part in _PART_OPENS.finditer(text.subject):
        if part["word"].lower() in _NOT_FIRST:
            continue
        words = f"{part['word'].lower()} {part['noun']}"
        at, tried = text.lower.find(words), 0
        while at >= 0 and tried < _HELD_TRIED:
            tried += 1
            end = at + len(words)
            if HELD_AFTER.match(text.plain, end):
                start = describing_words_before(text.plain, at)
                why = ruled("title.subject_held", "the subject's two words, held in the text")
                if whose := _OF_BODIES.match(text.subject, part.end()):
                    # "Resumed meeting of the adjourned <A> & <B>, <date>": whose it is, too
                    named = text.subject[part.start("word") : whose.end()]
                    why = (*why, _WHOSE_WHY)
                    return Extracted(
                        named, f"Subject: {text.subject}", SUBJECT_NAME_CONFIDENCE, why
                    )
                return Extracted(
                    text.plain[start:end],
                    text.snippet(start, end),
                    SUBJECT_NAME_CONFIDENCE,
                    why,
                )
            at = text.lower.find(words, end)
    return None


# A subject's part that is all of it, "<Word> meeting" by its month or its kind: "General
# meeting: <date>", "April meeting" (the club's meeting of the month, not any month's).
_KIND_OR_MONTH = frozenset(
    [*(m.lower() for m in calendar.month_name[1:]), "general", "business", "annual", "monthly"]
)
_PART_IS = re.compile(r"[ \t]*(?:$|[:|–-])")


def _kind_and_noun(text: MessageText) -> Extracted[str] | None:
    """A subject's part of two words, its month's or its kind's and "meeting", that the text
    writes again; a newer rule, under review."""
    for part in _PART_OPENS.finditer(text.subject):
        if part["word"].lower() not in _KIND_OR_MONTH or part["noun"] != "meeting":
            continue
        if _PART_IS.match(text.subject, part.end()) and f"{part['word'].lower()} meeting" in (
            text.lower
        ):
            why = ruled("title.subject_kind_noun", "a meeting named by its kind or month alone")
            return _named(text.subject[part.start("word") : part.end()], text.subject, why)
    return None


# "The <Word> will take place online from …": the text's sentence says the word is an event.
_TAKES_PLACE = re.compile(r"\s+will\s+(?:take\s+place|be\s+held)\b")
# (a meeting's noun alone, "The Meeting will be held", names none)
_NOUN_WORDS = frozenset(MEETING_NOUNS.split("|"))


def _one_word(text: MessageText) -> Extracted[str] | None:
    """A subject's part of one capitalised word ("Application Procedures – Academy, <dates>")
    that the text, opening a sentence, says will take place ("The Academy will take place …");
    a newer rule, under review."""
    for part in _PARTS.split(text.subject):
        word = part.strip()
        if not word.isalpha() or not word[0].isupper() or word.lower() in _NOT_FIRST:
            continue
        if word.lower() in _NOUN_WORDS:
            continue
        at = text.plain.find(f"The {word}")
        if at >= 0 and _TAKES_PLACE.match(text.plain, at + len(f"The {word}")):
            why = ruled("title.subject_one_word", "an event the subject names in one word")
            end = at + len(f"The {word}")
            return Extracted(word, text.snippet(at, end), SUBJECT_NAME_CONFIDENCE, why)
    return None


def _named(name: str, subject: str, why: tuple[str, ...]) -> Extracted[str]:
    return Extracted(name, f"Subject: {subject}", SUBJECT_NAME_CONFIDENCE, why)


_WORD = re.compile(r"[a-z0-9]+")


def echoed(name: str, subject_lower: str, nouns: frozenset[str]) -> bool:
    """Whether a subject that names no meeting writes every capitalised word of `name` (two
    at least, its `nouns` aside, one of them not a short form in capitals) in its own words:
    "ASEAN senior officials gather at …" names the "ASEAN Senior Officials' Meeting" among the
    other meetings its text lists ("ASEAN – EXAMPLENET" alone would name any of its bodies')."""
    own = {
        w: w.lower().strip(":'’").removesuffix("'s").removesuffix("’s")
        for w in name.split()
        if w[:1].isupper()
    }
    own = {w: lowered for w, lowered in own.items() if lowered not in nouns}
    return (
        len(own) >= 2
        and any(not w.isupper() for w in own)
        and set(own.values()) <= set(_WORD.findall(subject_lower))
    )


# titles23: "<Name> meeting - <date>", "<Name> Office Hours", "<Name> training": a project's
# calendar mail names its meeting in a few words the title rules do not grow (lower-case ones, a
# project's lower-case name, two words). The subject's part is the name when the rest of the
# subject says when it meets, or there is no rest, and the text writes the name again.
# A name of one to six words ending in a gathering's noun, the part's all.
_NAME = re.compile(
    r"(?P<words>(?:[\w'’&.+/-]+[ \t]+){1,6})"
    r"(?i:meetings?|office[ \t]+hours|trainings?|calls?|workshop|webinar|seminar|hangout|sync)"
)
# What follows the name in the subject says when: a day's number, a month's or a weekday's name.
_WHEN = re.compile(r"\d|[A-Za-z]+")
# "Last call", "Final call", "Open call": the call for entries, not a call that meets.
_CALL_FOR_ENTRIES = re.compile(r"(?:last|final|open)[ \t]+calls?")
_PART_WHY = "named by the subject's part before its date, which the text writes again"
_PARTIES_WHY = "named by the subject's part: its noun and the two sides it brings together"


def subject_part_name(text: MessageText) -> Extracted[str] | None:
    """The subject's part that is a meeting's name, the rest of the subject its date or none;
    read only where no other rule names the meeting, and under review."""
    if text.mostly_thai or not text.subject:
        return None
    parts = [p.strip() for p in _PARTS.split(text.subject)]
    for index, part in enumerate(parts):
        if joins_parties(part) and _when_or_nothing(parts[index + 1 :]):
            why = ruled("title.subject_parties", _PARTIES_WHY)
            return Extracted(part, f"Subject: {text.subject}", SUBJECT_NAME_CONFIDENCE, why)
        found = _NAME.fullmatch(part)
        if found is None or not _when_or_nothing(parts[index + 1 :]):
            continue
        words = found["words"].split()
        if words[0].lower() in _NOT_FIRST or not all(map(_name_word, words)):
            continue
        if _CALL_FOR_ENTRIES.fullmatch(part.lower()):
            continue  # "Last Call - 30 June": a deadline for entries, no meeting's name
        if SERVICE.search(part.lower()):
            continue  # "Zoom meeting", "Microsoft Teams meeting": the service's words, no name
        if part.lower() in text.lower:
            source = f"Subject: {text.subject}"
            return Extracted(
                part, source, SUBJECT_NAME_CONFIDENCE, ruled("title.subject_part", _PART_WHY)
            )
    return None


# A name's words: capitalised, or a project's shape ("gem5", "node.js", "scikit-learn"), and
# the small words between them; not a headline's ("City Council president cancels …") nor a
# notice's ("Changed Date and Venue for Next Meeting").
_JOINS = frozenset({"of", "and", "as", "on", "&", "the"})
_PROJECT_SHAPE = re.compile(r"[a-z]+(?:[0-9]|[.-][a-z])[\w.-]*")


def _name_word(word: str) -> bool:
    lowered = word.lower()
    if lowered in NOT_TITLE_WORDS or lowered in NOTICE_WORDS:
        return False
    return word[0].isupper() or lowered in _JOINS or _PROJECT_SHAPE.fullmatch(word) is not None


def _when_or_nothing(rest: list[str]) -> bool:
    """Whether the subject's parts after a name say only when (or there are none)."""
    if not rest:
        return True
    first = _WHEN.match(rest[0])
    return first is not None and (first.group().isdigit() or is_month_or_weekday(first.group()))
