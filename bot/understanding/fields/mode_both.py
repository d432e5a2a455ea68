"""Both ways of one meeting, a room and a call, said together: "will be held in a hybrid
format", "onsite & online", "in person or virtually", "ณ ห้องประชุม… และผ่านระบบ…", a room
joined by video; a room with a way in from afar for those not in it; either way of attending
offered (bot.understanding.fields.mode weighs them; split from it by idea, places-r23).
"""

from __future__ import annotations

import re

from bot.understanding.fields.mode_rooms import joined_from_a_room
from bot.understanding.prefilter import prefiltered

HYBRID = prefiltered(
    [
        *("hybrid", "ไฮบริด", "รูปแบบผสม", "แบบผสมผสาน", "both", "virtual", "online"),
        *(r"in[\s-]person", "ณ", r"on[\s-]?site", "blended", "cent", "hotel", "hall", "ผ่าน"),
        "physical",
        *("headquarters", "secretariat", "office", "building", "room"),
    ],
    r"\bhybrid\b|ไฮบริด|รูปแบบผสม|แบบผสมผสาน|\bblended\s+(?:mode|format|manner)"
    # "held at the Conference Centre in Bangkok and via videoconferencing": a building and a
    # link for the same meeting
    r"|\b(?:cent(?:re|er)|hotel|hall|headquarters|secretariat|office|building|room)\b[^.\n]{0,40}?"
    r"\s(?:and|&)\s+(?:also\s+)?(?:via|through|by|on)\s+(?:video|zoom|webex|teams|online|virtual)"
    # "ผ่านระบบการประชุมทางไกล ณ ห้องประชุม…": a room joined to the meeting by video
    rf"|{joined_from_a_room(80)}"
    r"|both\s+(?:physical(?:ly)?|in[\s-]person|on[\s-]?site)\s+and\s+(?:virtual(?:ly)?|online)"
    # "come together in a common place (physically or virtually)": either way of attending
    r"|(?:physical(?:ly)?|in[\s-]person|on[\s-]?site)\s+or\s+(?:virtual(?:ly)?|online)\b"
    r"|(?:virtual(?:ly)?|online)\s+or\s+(?:physical(?:ly)?|in[\s-]person|on[\s-]?site)\b"
    # "Online และ Onsite", "onsite & online": both ways of attending, side by side
    r"|(?:virtual(?:ly)?|online)\s*(?:and|และ|&|/)\s*(?:in[\s-]person|physical(?:ly)?|on[\s-]?site)"
    r"|(?:in[\s-]person|on[\s-]?site)\s*(?:and|และ|&|/)\s*(?:virtual(?:ly)?|online)"
    # "ณ ห้องประชุม ... และผ่านระบบ ...": a room and a link for the same session
    # (places-r23: "ณ ห้องประชุม… และระบบออนไลน์", the system named without "ผ่าน")
    r"|ณ\s*[^\n]{3,200}?(?:และ|หรือ)\s*(?:ผ่าน|ทาง)(?:ระบบ|แอปพลิเคชัน|โปรแกรม)"
    # (mend-r23e: only after a room, not a desk's "สมัครได้ ณ สำนักงาน… และระบบออนไลน์")
    r"|ณ\s*ห้อง[^\n]{3,200}?(?:และ|หรือ)\s*ระบบ\s*(?:ออนไลน์|online|(?:การ)?ประชุมทางไกล|zoom)",
)
# "This meeting will be convened in person however the public may participate virtually on
# Zoom": a room, and a way in from afar for those not in it (round ten, trusted less).
ATTENDED_FROM_AFAR = re.compile(
    r"in(?<!\win)[\s-]person\b[^.]{0,60}?\b(?:participate|attend|join|watch|follow)\s+"
    r"(?:the\s+meeting\s+)?(?:virtually|online|remotely|via\s+zoom|on\s+zoom)"
    # places23b: "attend in person, or by joining via a virtual platform set up by …"
    r"|in(?<!\win)[\s-]person,?\s+or\s+(?:by\s+)?(?:joining|participating|connecting)\s+"
    r"(?:via|through|on)\s+(?:an?\s+|the\s+)?(?:virtual|online|video)\b"
)
# (round nineteen) Either way of attending offered, in words the hybrid ones above do not use:
# "indicate whether you will participate remotely or in-person", "options for attending are
# either personally, … electronically via Zoom" (new: under review). The ways are of taking
# part only after a word of it in their clause: staff who "work remotely or in person", forms
# "lodged either personally … or electronically" are no meeting's.
EITHER_WAY = re.compile(
    r"\b(?:participat|attend|join|comment)\w*+[^.;\n]{0,60}?"
    r"(?:\bremotely\s+or\s+in[\s-]person\b|\bin[\s-]person\s+or\s+remotely\b"
    # (not "either in person or online", which the hybrid words above weigh, nor "could attend
    # … either physically or remotely", said of another meeting in a read notice)
    r"|\beither\s+personally\b[^.\n]{0,60}?\b(?:electronically|remotely|virtually|online)\b)"
)
