"""The place of an official visit: "เยือนกัมพูชาอย่างเป็นทางการ", "an official visit to Malaysia".

A visit's schedule or report says where a minister goes and whom they meet there, with no
"held in" and no "ณ": the country visited is where the talks are, and a city of that country
named in the text (the capital the delegation lands in) is their city. Both are read under
review, as a visit's text also names the cities it departs from and passes through.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import PlaceMatch, country_of_city, find_places
from bot.understanding.fields.world_places import WorldPlace

# (tried only where "เยือน" or "visit to" stands; "ประเทศ" before a country's name is no name)
_THAI_VISIT = re.compile(r"เยือน[^\S\n]*(?:ประเทศ)?[^\S\n]*")
_VISIT_TO = re.compile(
    r"\b(?i:official|state|working)\s+visits?\s+to\s+(?:the\s+)?(?=[A-Z])",
)
# (mend21c) A titled city visited after the meeting or once before ("หลังการประชุมจะเยือน
# เมือง…", "เคยเยือนเมือง…") is a trip beside it, in the clause before "เยือน".
_ASIDE = re.compile(r"(?:หลัง|เคย)\S*เยือน[^\S\n]*(?:ประเทศ)?[^\S\n]*$")
# (places-r21b) A visit offered or accepted by invitation ("ตอบรับคำเชิญที่จะเดินทางเยือน…",
# "invited the minister to pay an official visit to …") is one still to come, not where the
# talks reported are; "ตามคำเชิญ", "ได้รับเชิญ", "at the invitation of" tell of the visit made.
# (mend-r21g) "ได้รับคำเชิญจาก…", "invited by …": the one invited went, a visit made.
_INVITED_THAI = re.compile(r"(?:ตอบรับคำเชิญ|(?<!รับ)(?<!ตามคำ)(?<!รับคำ)เชิญ)[^\n]*$")
_INVITED_ENGLISH = re.compile(
    r"\b(?i:invited(?!\s+by\b)|invites|inviting|invitation\s+to)\b[^.\n]*$"
)
_INVITATION_REACH = 60
# How far after "visit to" the country's name may end ("สาธารณรัฐประชาธิปไตยประชาชนลาว").
_NAME_REACH = 40


def visited_place(plain: str, lower: str) -> WorldPlace | None:
    """The country a visit goes to, with its city when the text names one of that country."""
    visits = [
        *(_THAI_VISIT.finditer(plain) if "เยือน" in plain else ()),
        *(_VISIT_TO.finditer(plain) if "visit" in lower else ()),
    ]
    for visit in sorted(visits, key=lambda m: m.start()):
        if _invited(plain, visit.start()):
            continue
        first = _named_at(plain, visit.end())
        if first is None:
            continue  # "เยือนโรงงาน…", "a visit to the factory": no country right after it
        country = country_of_city(first.name) if first.is_city else first.name
        how = f'"{plain[first.start : first.end]}" named as the country or city visited'
        city = first.name if first.is_city else _city_of(plain, country)
        if city and not first.is_city:
            # the city is read elsewhere in the text: say so, or a person looks for it here
            how += f'; "{city}" is the first of its cities the text names'
        return WorldPlace(city or "", country, how, visit.start(), first.end)
    return None


def _invited(plain: str, at: int) -> bool:
    """Whether the words just before the visit at `at` invite someone to it."""
    before = plain[max(0, at - _INVITATION_REACH) : at]
    return bool(_INVITED_THAI.search(before) or _INVITED_ENGLISH.search(before))


def _named_at(plain: str, at: int) -> PlaceMatch | None:
    """The country or city named right at `at`, or the city right after its Thai title
    ("เยือนเมืองพุกาม": round nineteen's second pass; "เมืองไทย" names no city)."""
    named = find_places(plain, at, min(len(plain), at + _NAME_REACH))
    if named and named[0].start == at:
        return named[0]
    title = next((t for t in cues.THAI_CITY_TITLES if plain.startswith(t, at)), None)
    if title is None or _ASIDE.search(plain, 0, at):
        return None
    fits = named and named[0].start == at + len(title) and named[0].is_city
    return named[0] if fits else None


def _city_of(plain: str, country: str) -> str | None:
    """The first city of `country` the text names."""
    return next(
        (p.name for p in find_places(plain) if p.is_city and country_of_city(p.name) == country),
        None,
    )
