"""A Thai story's meeting "in" a titled city: "ได้พบปะผู้นำชุมชนและสื่อมวลชนไทยในนครลอสแอนเจลิส"
(places-r23). "ใน" before a city's title ("เมือง", "นคร", "กรุง") in the clause of a verb of
meeting names where those who met were; read only where no sentence of holding or visit names
a city (bot.understanding.fields.place.held_in), and under review, as "ในกรุงเทพฯ" may be said
in passing. An envoy's post ("เอกอัครราชทูต ณ กรุงวอชิงตัน") names the seat of the post: most
often where the envoy meets, but not when the story says they met in another city.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.thai_titled_city import thai_titled_city, titled_place
from bot.understanding.fields.world_places import WorldPlace

# A verb of meeting, within its clause (no line break, no stop) before "ใน" and the title.
_MET = re.compile(r"พบปะ|ประชุม|หารือ|พูดคุย")
# (mend-r23e) What was talked of, between the verb and "ใน": "หารือเกี่ยวกับสถานการณ์ในเมือง…"
# names the city the talk was about, not where it was held.
_TOPIC = re.compile(r"เกี่ยวกับ|เรื่อง|สถานการณ์|ประเด็น|ปัญหา")
_MET_REACH = 86  # the verb's own letters and 80 characters after it
_IN_TITLED = tuple(f"ใน{title}" for title in cues.THAI_CITY_TITLES)


def met_in_titled_city(plain: str) -> WorldPlace | None:
    """The city a Thai meeting verb's clause says the meeting was in, by its Thai title (each
    "ใน<title>" found by its literal, the verb looked for just before it)."""
    return _met_at(plain, min((i for i in map(plain.find, _IN_TITLED) if i >= 0), default=-1))


def _met_at(plain: str, at: int) -> WorldPlace | None:
    """The titled city after "ใน" at `at`, or after a later "ใน<title>", when a verb of meeting
    stands before it in its clause (-1: none)."""
    while at >= 0:
        clause = plain[max(0, at - _MET_REACH) : at]
        clause = clause[max(clause.rfind("\n"), clause.rfind(".")) + 1 :]
        title = at + 2  # after "ใน"
        found = titled_place(plain, title, title + len(_title_at(plain, title)))
        met = [m.end() for m in _MET.finditer(clause)]
        if found is not None and met and not _TOPIC.search(clause, met[-1]):
            return found
        at = min((i for i in (plain.find(t, at + 2) for t in _IN_TITLED) if i >= 0), default=-1)
    return None


def _title_at(plain: str, at: int) -> str:
    return next((t for t in cues.THAI_CITY_TITLES if plain.startswith(t, at)), "")


# "เอกอัครราชทูต ณ กรุง…", "กงสุลใหญ่ฯ ณ นคร…": an envoy's post, named by its seat.
_POST_SEAT = re.compile(r"(?:เอกอัครราชทูต|กงสุลใหญ่)ฯ?\s*ณ\s*$")
_POST_REACH = 20


def post_seat_elsewhere(plain: str, start: int, end: int) -> bool:
    """Whether the place phrase at plain[start:end] is an envoy's post's seat, and the story
    says those who met were in another city."""
    if not _POST_SEAT.search(plain, max(0, start - _POST_REACH), start):
        return False
    met = met_in_titled_city(plain)
    if met is None:
        return False
    titled = thai_titled_city(plain[start:end])
    named = {p.name for p in find_places(plain, start, end)} | ({titled.city} if titled else set())
    return met.city not in named
