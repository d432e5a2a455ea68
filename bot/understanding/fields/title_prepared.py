"""A meeting named as what the news's own meeting prepares for.

A story of a senior officials' meeting names the summit it readies: "A <Name> Meeting (ABC) in
preparation for the <Nth> <Summit> opened …", "<Officials> met to prepare for the <Ministers'
Meeting>". (mend-r22f: the preparing meeting named before it in the
sentence.) The summit is another, later event: its name loses rank to the meeting that
prepares for it (bot.understanding.fields.title ranks the names).
"""

from __future__ import annotations

import re

from bot.understanding.fields.title_words import MEETING_NOUNS

_PREPARED_FOR = re.compile(
    r"\b(?:in[ \t]+preparation[ \t]+for|to[ \t]+prepare[ \t]+for|preparatory[ \t]+to"
    # titles23: "<the SOM> prepared the draft for the <Summit>": a meeting's past work for it
    r"|prepared[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[a-z]+[ \t]+){0,2}for)[ \t]+"
    r"(?:the[ \t]+)?(?:\d{1,3}[ \t]*(?:st|nd|rd|th)[ \t]+)?$",
    re.IGNORECASE,
)
# What a name prepared for loses: as much as being held or numbered gains, less than a
# subject's or an introduction's weight.
PREPARED_PENALTY = 2
_BEFORE = 40  # characters enough for the words before the name
# mend-r22f: the meeting that prepares told earlier in the sentence, by its name's noun
# capitalised ("A Regional Planning Meeting (RPM) in preparation for …") or by its verb
# ("Senior Officials convened … to prepare for …"); a letter's "In preparation for the Annual
# General Meeting …, please return the form" prepares for its own meeting.
_PREPARING_NAME = re.compile(
    r"\b(?:"
    + "|".join(noun.capitalize() for noun in MEETING_NOUNS.split("|"))
    + r"|met|meets?|meeting|convened|convenes?|convening|gathered)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[^\S\n]*\n")
_SENTENCE_REACH = 300
# (mend-r23b: a numbered sitting of them, "The 5th EOM prepared …", not a body's letters that
# name no sitting, "The EBM has prepared the papers for the Annual General Meeting")
_LETTERS = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?P<letters>[A-Z]{2,}[A-Z0-9-]*)\b")
# A meeting's noun ending where the blanks before a bracket begin: "… Officials Meeting (".
_NOUN_BEFORE = re.compile(rf"(?i:{MEETING_NOUNS})\Z")
_NOUN_REACH = max(len(noun) for noun in MEETING_NOUNS.split("|"))


def prepared_for(text: str, start: int) -> bool:
    """Whether the name at `start` is what another meeting, named before it in the sentence,
    prepares for."""
    phrase = phrase_before(text, start)
    if phrase is None:
        return False
    opening = max(0, phrase.start() - _SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(text, opening, phrase.start()):
        opening = end.end()
    if _PREPARING_NAME.search(text, opening, phrase.start()):
        return True
    # the meeting that prepares named by the letters the text defines it by: "The Example
    # Officials Meeting (EOM) …. The 5th EOM prepared the report for the <Summit>"
    return any(
        _defined_after_noun(text, letters["letters"])
        for letters in _LETTERS.finditer(text, opening, phrase.start())
    )


def _defined_after_noun(text: str, letters: str) -> bool:
    """Whether the text defines `letters` right after a meeting's noun: "… Meeting (EOM)"."""
    # (each bracketed "(EOM)" found as a literal, the noun looked for only before it: the
    # nouns' case-blind choice opens on no character and would be tried all through the text)
    at = text.find(f"({letters})")
    while at != -1:
        noun_end = at
        while noun_end and text[noun_end - 1] in " \t":
            noun_end -= 1
        if _NOUN_BEFORE.search(text, max(0, noun_end - _NOUN_REACH), noun_end):
            return True
        at = text.find(f"({letters})", at + 1)
    return False


def phrase_before(text: str, start: int) -> re.Match[str] | None:
    """The "in preparation for the" that ends right before the name at `start`, or None."""
    begin = max(0, start - _BEFORE)
    # (fast-r22b: each of its forms holds "prepar", looked for first: the pattern, opened by
    # "\b", is tried at every character before the name)
    if "prepar" not in text[begin:start].lower():
        return None
    return _PREPARED_FOR.search(text, begin, start)
