"""Countries beyond the office's region by their Thai names only, for Thai news of meetings
held there ("ที่สหพันธรัฐรัสเซีย", "ณ ราชอาณาจักรสเปน"): their English names are left to
GeoNames (bot.understanding.geo), so English text reads as before.

A formal name ("สาธารณรัฐ…", "ราชอาณาจักร…") holds the short one; the readers that need the
country right after "ที่" allow its title before it (place_readers).
"""

from __future__ import annotations

# The canonical English name (GeoNames'), then the Thai spellings.
FARTHER_COUNTRIES_TH: dict[str, tuple[str, ...]] = {
    "Russia": ("สหพันธรัฐรัสเซีย", "รัสเซีย"),
    "Spain": ("สเปน",),
    "Portugal": ("โปรตุเกส",),
    "Sweden": ("สวีเดน",),
    "Norway": ("นอร์เวย์",),
    "Denmark": ("เดนมาร์ก",),
    "Finland": ("ฟินแลนด์",),
    "Poland": ("โปแลนด์",),
    "Hungary": ("ฮังการี",),
    "Turkey": ("ทูร์เคีย", "ตุรกี"),
    "Egypt": ("อียิปต์",),
    "Kenya": ("เคนยา",),
    "South Africa": ("แอฟริกาใต้",),
    "Brazil": ("บราซิล",),
    "Argentina": ("อาร์เจนตินา",),
    "Uzbekistan": ("อุซเบกิสถาน",),
    "Kazakhstan": ("คาซัคสถาน",),
    "Pakistan": ("ปากีสถาน",),
    "Bhutan": ("ภูฏาน",),
    "Maldives": ("มัลดีฟส์",),
}
