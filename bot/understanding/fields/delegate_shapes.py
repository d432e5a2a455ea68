"""The words of a delegates' count in English, and the counts written apart from their
persons: a share per country after a total, one nominee asked by an article, a tripartite
delegation summed over its groups. Each gives (value, start, end) in the lower-case text;
bot.understanding.fields.delegates weighs them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understanding.prefilter import DIGITS, prefiltered

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
NUMBER_WRITTEN = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
NUMBER = rf"(?P<n>{NUMBER_WRITTEN})"
PERSONS_EN = (
    r"(?:delegates?|delegation\s+members?|participants?|representatives?|officials?|persons?"
    r"|pax|nominees?|members?|officers?|people|attendees?|experts?|fellowships?"
    # "up to three applications from any one country" (since round thirteen), not its forms
    r"|applications?(?![\s-]+forms?\b))"
)
# "the eight Council members", "three board members": the seats of a body, not a delegation.
BODY = r"(?:council|board|committee|commission|executive|governing|bureau)"

# The word between a number and its persons describes them ("two senior officials"); a
# preposition says the number counts something else ("page 9 for member economies").
# "two million people": a large number's word.
_NOT_BETWEEN = r"(?!(?:for|of|from|in|at|to|on|by|and|or|million|billion|thousand|hundred)\s)"
_WORD = r"[a-z-]+"
# What a count needs after its number: blanks, a bracketed figure, one word, its persons' word
# ("12 (2) senior delegates"); the pattern below with its conditions left out.
_TO_PERSONS = rf"\s*(?:\(\d{{1,2}}\)\s*)?(?:{_WORD}\s+)?{PERSONS_EN}"
# A count of persons in the lower-case text (bot.understanding.fields.delegates weighs it).
# Tried only where a number begins and its persons' word can follow: a number of at most two
# digits or a word, no letter or digit before it ("\b"), as the pattern needs; the digits as one
# set looked for apart, their look-ahead compiled once (the words and "15 March", "10:00",
# "the 3rd" were each tried in full, about 16 places a message where 0.3 held a count).
COUNT_EN = prefiltered(
    [rf"{w}(?<!\w{w})(?={_TO_PERSONS})" for w in WORD_NUMBERS],
    # (a number joined to letters is a name's, "the 5MSP delegates", unless they are the persons:
    # "2pax")
    # ("COVID-19 persons", "โควิด-19": a name's number, written after its word and a hyphen)
    rf"(?<![^\W\d_]-)\b{NUMBER}(?!(?!{PERSONS_EN})[a-z])\s*(?:\(\d{{1,2}}\)\s*)?(?:{_NOT_BETWEEN}(?!{BODY}\s){_WORD}\s+)?"
    rf"{PERSONS_EN}\b"
    # "ten ASEAN Member States", "seven member-states", "21 member economies": countries
    r"(?![\s-]+(?:states?|economies|countries|nations|organi[sz]ations)\b)"
    # "from 10 member ASEAN countries": a group's name between
    r"(?!(?:(?<=member)|(?<=members))[\s-]+[a-z]+[\s-]+(?:states|economies|countries|nations)\b)"
    # "the six official languages", "two delegate badges": the word describes a thing
    r"(?![\s-]+(?:languages?|documents?|badges?|cards?|seats?|posts?|positions?|lists?|rooms?)\b)"
    # kinds23: round eighteen: the persons' word describes what is counted, "Four Senior
    # Officials' Meetings", "the two expert groups": meetings or groups, not persons
    r"(?!['’]\s)(?![\s-]+(?:groups?|meetings?|sessions?|panels?)\b)"
    # "two officers of the committee": the seats of a body
    rf"(?!\s+of\s+(?:the\s+)?{BODY}\b)",
    apart=rf"[{''.join(DIGITS)}](?<!\w.)(?!\d\d)(?=\d?{_TO_PERSONS})",
)

Found = tuple[int, int, int]  # the count, where it starts and where its words end


def _number_value(raw: str) -> int:
    return WORD_NUMBERS.get(raw) or int(raw)


# "Up to 38 participants from member countries (two from each country)": each country's
# share of the persons just counted, their noun left out (a PDF may lose the blank after the
# number: "twofrom each country").
_EACH_COUNTRY = re.compile(
    r"(?:from\s+(?:each|every)|per)\s+(?:participating\s+|member\s+)?"
    r"(?:country|economy|member\s+state|ams|government)\b"
)
_SHARE_BEFORE = re.compile(rf"(?<![a-z0-9]){NUMBER}\s*$")
_SHARE_NOUN = re.compile(rf"\b{PERSONS_EN}\b")
_SHARE_REACH = 80


def shares_per_country(lower: str) -> Iterator[Found]:
    for match in _EACH_COUNTRY.finditer(lower):
        number = _SHARE_BEFORE.search(lower, max(0, match.start() - 12), match.start())
        if number is None:
            continue
        start = number.start("n")
        if _SHARE_NOUN.search(lower, max(0, start - _SHARE_REACH), start):
            yield _number_value(number.group("n")), start, match.end()


# "invite your Government to nominate a representative", "to nominate an officer or expert
# responsible for …": one person, asked by the article alone.
_ONE_NOMINEE = re.compile(
    r"\b(?:nominate|designate)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:representative|expert|officer|participant|delegate|official|focal\s+point)\b"
    # "nominate a representative to the Board": a seat on a body, not a delegation
    rf"(?!\s+(?:to|on|for)\s+(?:the\s+|its\s+)?{BODY}\b)"
)


def one_nominee(lower: str) -> Iterator[Found]:
    if "nominat" not in lower and "designat" not in lower:
        return
    for match in _ONE_NOMINEE.finditer(lower):
        yield 1, match.start(), match.end()


# "a tripartite delegation composed of two Government delegates, one Employers' delegate and one
# Workers' delegate": the delegation is the sum of its groups' seats (ILO).
_TRIPARTITE = re.compile(
    rf"\b(?P<government>{NUMBER_WRITTEN})\s+government\s+delegates?,\s+"
    rf"(?P<employers>{NUMBER_WRITTEN})\s+employers?'?\s+delegates?,?\s+and\s+"
    rf"(?P<workers>{NUMBER_WRITTEN})\s+workers?'?\s+delegates?\b"
)


def tripartite(lower: str) -> Iterator[Found]:
    if "employer" not in lower:
        return
    for match in _TRIPARTITE.finditer(lower):
        groups = ("government", "employers", "workers")
        yield sum(_number_value(match[g]) for g in groups), match.start(), match.end()
