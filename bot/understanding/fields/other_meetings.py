"""Places a sentence names as another meeting's: one cited as past, one this meeting prepares
for or follows, one of several paired with several things ("respectively")."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import sentence_end, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import case_blind, prefiltered, words

# "The previous 41st ... meeting was held in February 2017 ... in Nha Trang", "13 years after
# China hosted the 9th … Meeting in Shanghai": a meeting cited, a previous host.
CITED = case_blind(
    r"\b(?:previous(?:ly)?|preceding|last|formerly|(?:years?|decades?)\s+(?:after|since))\b"
    r"|ครั้งที่ผ่านมา|ครั้งก่อน"
    # "ในครั้งแรก(ได้)จัดขึ้นที่…", "ในครั้งแรกเมื่อ…": the first edition, told as done, its verb
    # right after (not "ในครั้งแรกนี้ … จะจัดขึ้นที่…", this first one)
    r"|ในครั้งแรก(?!นี้)[^\S\n]*(?:(?:ซึ่ง|ที่)?[^\S\n]*(?:ได้)?จัด|เมื่อ)"
    # "… หลังจากการประชุม JBC ครั้งที่ 6 ระหว่างวันที่ … ณ กรุงพนมเปญ": the meeting it followed
    r"|หลังจาก(?:การ)?ประชุม"
    # "The first of them had been held in Fiji in January": a meeting before the one written of
    r"|\bhad\s+(?:already\s+)?(?:been\s+(?:held|organi[sz]ed|convened)\b|hosted\b|been\s*$)"
)
# "<cue> the <name> <meeting noun> (SHORT), “<Theme>”, to be held in": no comma before the
# meeting noun, so that "Following the opening, the meeting, held at …" stays this meeting's.
# (Tried only where a cue's first word begins: the case-blind cue first made the engine try it
# at every character of the sentence.)
_OTHER_MEETING = prefiltered(
    words(*cues.OTHER_MEETING_BEFORE_FIRST, word_start=True),
    rf"{cues.OTHER_MEETING_BEFORE}\s+[^.;,]{{0,100}}?\b(?i:{MEETING_NOUNS})\b"
    r"(?:\s*\([^()]{1,20}\))?(?:,?\s*[“\"][^”\"]{1,100}[”\"])?"
    rf"{cues.HELD_ATTRIBUTIVE}\Z",
)


def prepared_for(text: str, place_start: int) -> bool:
    """Whether the place at `place_start` is another meeting's, one the sentence says this one
    prepares for or follows ("in preparation for the leaders' meeting … to be held in Beijing",
    "following the 12th … Meeting (SLOM), held in May 2016 in Vientiane"): the verb of holding
    right before it is that meeting's, not the sentence's."""
    return _OTHER_MEETING.search(text, sentence_start(text, place_start), place_start) is not None


def other_meetings(text: str, place_start: int) -> bool:
    """Whether the sentence names the place as another meeting's: one prepared for, or one
    cited after the verb of holding ("held in Beijing, 13 years after China hosted … in
    Shanghai"), or one of several paired one to one."""
    return (
        prepared_for(text, place_start)
        or CITED.search(text, sentence_start(text, place_start), place_start) is not None
        or one_each(text, place_start)
    )


# Places paired one to one with several things: "earlier meetings were organised in <A>, <B>
# and <C> respectively", "ณ <A> และ <B> ตามลำดับ". No one of them is this meeting's place.
_ONE_EACH = re.compile(r"(?i:\brespectively\b)|ตามลำดับ")
_ONE_EACH_REACH = 200


def one_each(text: str, place_start: int) -> bool:
    """Whether the sentence pairs the place at `place_start` with one of several things."""
    reach = min(len(text), place_start + _ONE_EACH_REACH)
    window = text[place_start:reach]
    if "espectively" not in window and "ตามลำดับ" not in window:
        return False  # (the words looked for first: most places have neither after them)
    end = sentence_end(text, place_start, reach)
    paired = _ONE_EACH.search(text, place_start, end)
    if paired is None:
        return False
    joined = _JOINED.search(text, place_start, paired.start())
    own = _OWN_CLAUSE.search(text, place_start, joined.start() if joined else paired.start())
    return own is None


# A day or a clause after the place, before the list paired begins: the place is the sentence's
# own, the things paired come after it ("held in <City> on 12 May, with registration and the
# dinner on 11 and 12 May respectively", "ณ <ห้อง> โดยมี <A> และ <B> เป็นประธานและรองประธาน
# ตามลำดับ"); not "held in <A>, <B> and <C> on 3, 5 and 7 May respectively".
_JOINED = re.compile(r"\b(?i:and)\b|และ")
_OWN_CLAUSE = re.compile(r"\b(?i:on|with|while|whereas)\b|โดย|ซึ่ง|เป็น|วันที่")
