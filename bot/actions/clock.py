"""One clock for people: every time a person reads is Bangkok time (the office's zone),
with the time as the organiser stated it in brackets when they wrote another zone.

    22.59 น. เวลาประเทศไทย (23.59 น. เวลาสิงคโปร์)

A deadline "23.59 Singapore time" read as 23.59 in Bangkok would be an hour late;
shown only in Bangkok time it no longer matches the letter people check it against.
Chat, mail, memos and CLI tables all format through here; logs and `meetbot status`
write UTC and say so.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.actions.thai import thai_date, thai_time
from bot.understanding.record import When

# Thai names of the zones invitations come from; any other is named by its offset.
ZONE_NAMES_TH = {
    "Asia/Bangkok": "เวลาประเทศไทย",
    "Asia/Singapore": "เวลาสิงคโปร์",
    "Asia/Kuala_Lumpur": "เวลามาเลเซีย",
    "Asia/Manila": "เวลาฟิลิปปินส์",
    "Asia/Brunei": "เวลาบรูไน",
    "Asia/Jakarta": "เวลาจาการ์ตา",
    "Asia/Ho_Chi_Minh": "เวลาเวียดนาม",
    "Asia/Phnom_Penh": "เวลากัมพูชา",
    "Asia/Vientiane": "เวลาลาว",
    "Asia/Yangon": "เวลาเมียนมา",
    "Asia/Tokyo": "เวลาญี่ปุ่น",
    "Asia/Seoul": "เวลาเกาหลี",
    "Asia/Shanghai": "เวลาจีน",
    "Europe/Geneva": "เวลาเจนีวา",
    "UTC": "เวลาสากล (UTC)",
}


def over_at(moment: When, home: ZoneInfo) -> dt.datetime:
    """When something due at `moment` is over: a time as is, a day at the end of the
    office's day."""
    if isinstance(moment, dt.datetime):
        return moment
    return dt.datetime.combine(moment + dt.timedelta(days=1), dt.time(), home)


def zone_name_th(moment: dt.datetime) -> str:
    """'เวลาสิงคโปร์' for a time in Asia/Singapore; 'เวลา UTC+08:00' for a bare offset."""
    tzinfo = moment.tzinfo
    if isinstance(tzinfo, ZoneInfo) and tzinfo.key in ZONE_NAMES_TH:
        return ZONE_NAMES_TH[tzinfo.key]
    return f"เวลา {utc_offset(moment)}"


def utc_offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta()
    sign = "-" if offset < dt.timedelta() else "+"
    hours, rest = divmod(abs(int(offset.total_seconds())), 3600)
    return f"UTC{sign}{hours:02d}:{rest // 60:02d}"


def stated_differently(moment: dt.datetime, home: ZoneInfo) -> bool:
    return moment.utcoffset() != moment.astimezone(home).utcoffset()


def people_time(moment: dt.datetime, home: ZoneInfo, *, digits: bool = False) -> str:
    """'22.59 น. เวลาประเทศไทย (23.59 น. เวลาสิงคโปร์)'; the stated day too when it differs."""
    local = moment.astimezone(home)
    text = f"{thai_time(local, digits=digits)} {ZONE_NAMES_TH.get(home.key, home.key)}"
    if not stated_differently(moment, home):
        return text
    stated = thai_time(moment, digits=digits)
    if moment.date() != local.date():
        stated += f" {thai_date(moment.date(), digits=digits)}"
    return f"{text} ({stated} {zone_name_th(moment)})"


def people_when(moment: When, home: ZoneInfo, *, digits: bool = False, weekday: bool = True) -> str:
    """'วันจันทร์ที่ 15 กันยายน 2568 เวลา 22.59 น. เวลาประเทศไทย (23.59 น. เวลาสิงคโปร์)'."""
    if not isinstance(moment, dt.datetime):
        return thai_date(moment, digits=digits, weekday=weekday)
    local = moment.astimezone(home)
    day = thai_date(local.date(), digits=digits, weekday=weekday)
    return f"{day} เวลา {people_time(moment, home, digits=digits)}"


def english_when(moment: When, home: ZoneInfo) -> str:
    """'15 September 2025, 22:59 Bangkok time (23:59 UTC+08:00 as stated)'."""
    if not isinstance(moment, dt.datetime):
        return f"{moment.day} {moment:%B %Y}"
    local = moment.astimezone(home)
    text = f"{local.day} {local:%B %Y}, {local:%H:%M} {_home_name(home)}"
    if stated_differently(moment, home):
        text += f" ({moment:%H:%M} {utc_offset(moment)} as stated)"
    return text


def page_when(moment: When, home: ZoneInfo, stated_in: str | None = None) -> str:
    """For the workspace: '3 มี.ค. 2570 09.30 น. (2027-03-03 09:30 ICT)', the Buddhist era
    officers count in, then the Gregorian day the letters write; with the organiser's
    clock in brackets when `stated_in` (their zone) differs: '[10.30 น. เวลาสิงคโปร์]', with
    their day when it is another."""
    if not isinstance(moment, dt.datetime):
        return f"{thai_date(moment, digits=False, abbreviated=True)} ({moment.isoformat()})"
    local = moment.astimezone(home)
    day = thai_date(local.date(), digits=False, abbreviated=True)
    zone = "ICT" if home.key == "Asia/Bangkok" else utc_offset(local)
    text = f"{day} {thai_time(local, digits=False)} ({local:%Y-%m-%d %H:%M} {zone})"
    if not stated_in or stated_in == home.key:
        return text
    try:
        there = moment.astimezone(ZoneInfo(stated_in))
    except (KeyError, ValueError):
        return f"{text} [{stated_in}]"
    if there.utcoffset() == local.utcoffset():
        return text
    stated = thai_time(there, digits=False)
    if there.date() != local.date():
        # 09.30 on the 3rd in Bangkok is 21.30 on the 2nd in New York: the hour alone misleads
        stated += f" {thai_date(there.date(), digits=False, abbreviated=True)}"
    return f"{text} [{stated} {zone_name_th(there)}]"


def stored_page_when(value: object, home: ZoneInfo, stated_in: str | None = None) -> str:
    """`page_when` of a date or time as the store keeps it (ISO text, or a date); text that
    is no date stays as it is, nothing reads as empty."""
    if isinstance(value, str):
        try:
            moment: When = (
                dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
            )
        except ValueError:
            return value
        return page_when(moment, home, stated_in)
    if isinstance(value, dt.date):
        return page_when(value, home, stated_in)
    return "" if value is None else str(value)


def table_time(moment: When, home: ZoneInfo) -> str:
    """For CLI tables: '2025-09-15 22:59 (23:59 UTC+08:00)', the office's zone first."""
    if not isinstance(moment, dt.datetime):
        return moment.isoformat()
    local = moment.astimezone(home)
    text = f"{local:%Y-%m-%d %H:%M}"
    if stated_differently(moment, home):
        text += f" ({moment:%H:%M} {utc_offset(moment)})"
    return text


def utc_time(moment: dt.datetime | None) -> str:
    """For logs and status, which speak UTC: '2025-09-15 16:59:00 UTC'."""
    return "-" if moment is None else f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"


def _home_name(home: ZoneInfo) -> str:
    return "Bangkok time" if home.key == "Asia/Bangkok" else home.key
