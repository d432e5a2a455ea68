"""Wrap each real notice as mail, the three ways mail arrives (see tests/realmail/README.md).

    python -m tests.realmail.wrap           # wrap the notices that have no mail yet
    python -m tests.realmail.wrap --all     # wrap every notice again

Notice number mod 3 decides the form: 0 plain text, 1 HTML only, 2 a PDF attachment that
LibreOffice makes from a DOCX naming TH SarabunPSK (drawn with a Thai TLWG font), so the
Thai text damage of a real PDF is there. LibreOffice is slow, so the mail is committed and
the tests only read it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import tempfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from tests.build_corpus import encode_subject, fix_boundaries, to_pdf, write_docx

HERE = Path(__file__).parent
NOTICES = HERE / "notices"
MAIL = HERE / "mail"
FORMS = ("text", "html", "pdf")
SENDER = "Secretariat <secretariat@example.org>"
BANGKOK = dt.timezone(dt.timedelta(hours=7))
COVER = {
    "en": "Dear colleagues,\n\nPlease find the notice attached.\n\nSecretariat",
    "th": "เรียน ผู้เกี่ยวข้อง\n\nรายละเอียดตามเอกสารแนบ\n\nฝ่ายเลขานุการ",
}


@dataclass(frozen=True)
class Notice:
    name: str
    source: str
    lang: str
    subject: str
    sent: dt.date
    text: str
    round: int | None = None  # a held-out round of its own (README "Split"), else None

    @property
    def number(self) -> int:
        return int(self.name.split("-", 1)[0])

    @property
    def form(self) -> str:
        return FORMS[self.number % 3]


def read_notice(path: Path) -> Notice:
    head, text = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    return Notice(
        name=path.stem,
        source=meta["source"],
        lang=meta["lang"],
        subject=meta["subject"],
        sent=dt.date.fromisoformat(meta["sent"]),
        text=text.strip("\n"),
        round=int(meta["round"]) if "round" in meta else None,
    )


def notices() -> list[Notice]:
    return [read_notice(path) for path in sorted(NOTICES.glob("*.txt"))]


def _blocks(text: str) -> list[tuple[str, Any]]:
    """Paragraphs, and runs of `a | b | c` lines as tables (a copied web table)."""
    blocks: list[tuple[str, Any]] = []
    for chunk in text.split("\n\n"):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if len(lines) > 1 and all("|" in line for line in lines):
            rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
            width = max(len(row) for row in rows)
            blocks.append(("table", [row + [""] * (width - len(row)) for row in rows]))
        elif lines:
            blocks.append(("paragraph", "\n".join(lines)))
    return blocks


def as_html(text: str) -> str:
    parts = []
    for kind, content in _blocks(text):
        if kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                for row in content
            )
            parts.append(f'<table border="1">{rows}</table>')
        else:
            parts.append("<p>" + html.escape(str(content)).replace("\n", "<br>\n") + "</p>")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def _pdf(notice: Notice, workdir: Path) -> bytes:
    docx_path = workdir / f"{notice.name}.docx"
    write_docx(_blocks(notice.text), docx_path, thai=notice.lang == "th")
    return to_pdf(docx_path, workdir).read_bytes()


def wrap(notice: Notice, workdir: Path) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "International Affairs <intl@example.org>"
    msg["Subject"] = notice.subject
    sent = dt.datetime.combine(notice.sent, dt.time(9, 0), BANGKOK)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{notice.name}@realmail.example.org>"
    if notice.form == "text":
        msg.set_content(notice.text + "\n")
    elif notice.form == "html":
        msg.set_content(as_html(notice.text), subtype="html")
    else:
        msg.set_content(COVER[notice.lang] + "\n")
        msg.add_attachment(
            _pdf(notice, workdir),
            maintype="application",
            subtype="pdf",
            filename=f"notice-{notice.number:03d}.pdf",
        )
    fix_boundaries(msg, notice.name.split("-", 1)[0])
    data = msg.as_bytes(policy=SMTP)
    if not notice.subject.isascii():
        field = f"Subject: {encode_subject(notice.subject)}\r\n".encode()
        start = data.index(b"Subject: ")
        end = data.index(b"\r\n", start)
        while data[end + 2 : end + 3] in (b" ", b"\t"):  # folded continuation lines
            end = data.index(b"\r\n", end + 2)
        data = data[:start] + field + data[end + 2 :]
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="wrap every notice again")
    args = parser.parse_args()
    MAIL.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for notice in notices():
            out = MAIL / f"{notice.name}.eml"
            if args.all or not out.exists():
                out.write_bytes(wrap(notice, Path(tmp)))
                print(f"{out.name}: {notice.form}")


if __name__ == "__main__":
    main()
