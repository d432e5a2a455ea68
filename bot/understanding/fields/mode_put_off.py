"""The way a postponed meeting will be held, when no new day is given.

A postponement without its new day says where and how the meeting was to be held, not where and
how it will be: the way read from it is kept only where the text says the new way in words of
its own ("will now be held online").
"""

from __future__ import annotations

import re

from bot.understanding.record import Extracted, Mode
from bot.understanding.rules import rule_of
from bot.understanding.temporal.months import MONTH_EN

# The ways read from a room, travel or both sides' words: in a postponement with no new day, the
# room is the plan given up, and where the meeting will be held again is not yet fixed.
_OF_THE_ROOM = frozenset({"mode.venue_or_travel", "mode.in_person_words", "mode.both_said"})


# The online words of a postponement that are not the meeting's way: a way only weighed, a
# modal in the clause of the online words, before or after them ("we could still hold the event
# via video-conference", "options such as a virtual workshop", "an online event that could be
# run", "อาจจัดผ่านระบบออนไลน์"; not "อาจารย์", teachers, nor reported speech, "said the forum
# would be held via Zoom"); or the call that decided the postponement, another session named by
# a phrase of time ("after the Retreat via video conference") or a meeting whose purpose is this
# one ("will meet virtually to discuss meeting preparations").
_MODAL = r"\b(?:could|might|consider\w*|options?|alternatives?|opt)\b"
_ONLINE = r"\b(?:via|by|through|over|online|virtual\w*|video\w*|tele\w*|remote\w*|zoom|webex)\b"
# (a clause ends at a stop or at a comma before a joining word, "…, but the forum will be held
# via Zoom"; a list's commas, "such as a hybrid (part in person, part remote) or a virtual
# workshop", stay inside)
_IN_CLAUSE = r"(?:(?!,\s+(?:but|and|while|whereas|although|though)\b)[^.;:!?\n]){0,120}?"
_WEIGHED = re.compile(
    rf"{_MODAL}{_IN_CLAUSE}{_ONLINE}|{_ONLINE}{_IN_CLAUSE}{_MODAL}"
    r"|อาจ(?!ารย์)[^.\n\s]{0,40}?(?:ผ่าน|ออนไลน์|ทางไกล)|ทางเลือก"
)
_DECIDING_CALL = re.compile(
    r"\b(?:after|during)\s+(?:the|their|its|a|an)\b[^.]{0,80}?\b(?:via|by|through|over)\s+"
    r"(?:video|tele|zoom|webex)"
    r"|\bto\s+(?:discuss|decide|prepare|plan)\s+(?:\w+\s+){0,2}?(?:meeting|summit|conference"
    r"|congress|workshop|event)"
)
_OF_WORDS = frozenset({"mode.online_words", "mode.virtual_outweighs"})
# (places-r21b) "Most of the 1,300 meetings this year have been shifted online": a move of many
# meetings, of which the one put off may or may not be; not its own way.
# (whole-change review: a number counts the meetings only when it stands before them, at most
# two words between, none a month: not "covid-19, the forum's meetings", "from 1 april meetings")
_MANY_MEETINGS = re.compile(
    r"\b(?:most|many|all|several|hundreds|dozens)\b[^.;]{0,40}?\bmeetings\b"
    rf"|(?<![-\d.])\b\d[\d,]*(?:\s+(?!{MONTH_EN})[a-z-]+){{0,2}}\s+meetings\b"
)


def unfixed_way(mode: Extracted[Mode] | None) -> Extracted[Mode] | None:
    """A postponement's way when no new day is given: none when it was read from the room or
    the travel of the meeting put off, from online words of a way only weighed or of the
    call that decided, or from a move online of many meetings; a way said in words of its own
    ("will now be held online") stays."""
    if mode is None or rule_of(mode.reasons) in _OF_THE_ROOM:
        return None
    source = mode.source.lower()
    if rule_of(mode.reasons) == "mode.moved_online" and _MANY_MEETINGS.search(source):
        return None
    if rule_of(mode.reasons) in _OF_WORDS and (
        _WEIGHED.search(source) or _DECIDING_CALL.search(source)
    ):
        return None
    return mode
