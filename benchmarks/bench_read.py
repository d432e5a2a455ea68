"""Read 1,000 text-only messages on one core and print the time. Goal: under 5 s.

    python benchmarks/bench_read.py [COUNT]

The messages are generated: English and Thai, plain and multipart/alternative
with HTML, quoted-printable and base64, utf-8 and windows-874, some with an
inline forward, so every text path of the reader is exercised.
"""

from __future__ import annotations

import os
import sys
import time
from email.message import EmailMessage
from email.policy import SMTP

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.reading.mime import read_message

ENGLISH = (
    "Dear Sirs and Mesdames,\n\nThe 18th SLOM-WG will be held virtually on Tuesday, "
    "30 September 2025. Please register no later than 15 September 2025 (Singapore Time, "
    "GMT+8) at https://go.gov.sg/18thslom-wgmeeting\n\nMeeting ID: 848 2516 8770\n"
    "Passcode: 610357\n"
)
THAI = (
    "เรียน ผู้อำนวยการกอง\n\nพร้อมนี้ กองยุทธศาสตร์และแผนงานขอส่งสำเนาหนังสือ ที่ รง ๐๒๑๐.๓/ว ๑๙๖ "
    "ลงวันที่ ๒๑ มกราคม ๒๕๖๙ มาเพื่อโปรดทราบ ทั้งนี้ สามารถดาวน์โหลดรายละเอียดได้ที่ "
    "https://lib.doe.go.th\n"
)
FORWARD = (
    "\n---------- Forwarded message ---------\nFrom: Officer <officer1@asean.example.org>\n"
    "Date: Mon, Sep 8, 2025 at 12:20 PM\nSubject: Zoom details\nTo: x@example.org\n\n"
)


def make_message(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sender {n} <sender{n}@example.org>"
    msg["To"] = "ASEAN THAI MOL <asean.thaimol@example.org>, สมศรี สมมุติ <somsri@example.org>"
    msg["Subject"] = f"Re: 18th SLOM-WG ครั้งที่ ๑๘ message {n}"
    msg["Date"] = "Mon, 08 Sep 2025 12:20:41 +0700"
    msg["Message-ID"] = f"<bench-{n}@example.org>"
    body = (ENGLISH if n % 2 else THAI) * 3 + (FORWARD + ENGLISH if n % 5 == 0 else "")
    if n % 4 == 0:
        msg.set_content(body.encode("cp874", "replace"), "text", "plain", cte="base64")
        msg.set_param("charset", "windows-874")
    else:
        msg.set_content(body, cte="quoted-printable" if n % 3 else "base64")
    if n % 2 == 0:
        html = "".join(f"<p>{line}</p>" for line in body.splitlines() if line)
        msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    return msg.as_bytes(policy=SMTP)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    messages = [make_message(n) for n in range(count)]
    read_message(messages[0])  # imports and caches warm, as in the daemon
    start = time.perf_counter()
    warnings = sum(len(read_message(raw).warnings) for raw in messages)
    elapsed = time.perf_counter() - start
    size = sum(map(len, messages)) / count
    print(
        f"read {count} text-only messages (avg {size:.0f} bytes) in {elapsed:.2f} s "
        f"on one core: {elapsed / count * 1000:.2f} ms each; {warnings} warnings"
    )


if __name__ == "__main__":
    main()
