"""A Thai news story's dateline: "เชียงใหม่- ผู้ว่าราชการจังหวัด…", "ขอนแก่น - …".

A provincial reporter's story opens with the province it is written in, a dash and the story;
a meeting the story reports or announces is most often held there. Read under review, as the
English wire's dateline is (world_places.city_held_in), when no sentence says where it is held.
"""

from __future__ import annotations

import re

from bot.understanding.fields.gazetteer import country_of_city, find_places
from bot.understanding.fields.thai_provinces import province_ending
from bot.understanding.fields.world_places import WorldPlace
from bot.understanding.prefilter import LineStart

# (at a line's start: a Thai name, a dash, then the story in Thai). A wire writes the day
# it files between ("โตเกียว 29 ก.ย. – ทางการ…", round nineteen's second pass): a day and a
# month's short form, whose dots tell it from a story's own words.
_THAI_DATELINE = LineStart(
    r"^[^\S\n]*(?P<name>[ก-๙]{3,30})"
    r"(?P<day>[^\S\n]+[\d๐-๙]{1,2}[^\S\n]*[ก-๙]{1,2}\.[^\S\n]?[ก-๙]{1,2}\.?)?"
    r"[^\S\n]*[-–—][^\S\n]*(?=[ก-๙])",
)


def thai_dateline(plain: str) -> WorldPlace | None:
    """The province or city a Thai story's first dateline names; only a whole name."""
    m = _THAI_DATELINE.search(plain)
    if m is None:
        return None
    name = m["name"]
    if m["day"] and not re.search(rf"(?<!จาก){name}", plain[m.end() :]):
        # a wire files from the capital it is in, of meetings there and elsewhere ("พนมเปญ
        # 10 มี.ค. –" of a summit put off in another country): its city counts when the story
        # names it again, not as where a delegation comes "จาก" (from: mend21c)
        return None
    if (place := dateline_place(name)) is None:
        return None
    how = f'"{name}" opens the story as its dateline'
    return WorldPlace(*place, how, m.start("name"), m.end("name"))


def dateline_place(name: str) -> tuple[str, str] | None:
    """The city (and its country) or the Thai province a Thai dateline's word names whole:
    "เชียงใหม่" is Chiang Mai, "กรุงเทพฯ" Bangkok, "พนมเปญ" Phnom Penh."""
    listed = find_places(name)
    if listed and listed[0].is_city and (listed[0].start, listed[0].end) == (0, len(name)):
        city = listed[0].name
        return city, country_of_city(city)
    province = province_ending(name, shortest=len(name))
    return None if province is None else (province, "Thailand")
