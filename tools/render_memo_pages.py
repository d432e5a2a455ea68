"""Regenerate the memo page images in docs/ from the corpus.

    .venv/bin/python tools/render_memo_pages.py [OUT_DIR]

Builds the AGJ workshop (corpus 03, 07) and the 18th SLOM-WG (01, 02, 05) as the pipeline
stores them, drafts the nomination memo with its covering letter, the report memo and the
circulation memo, converts each DOCX with a plain `soffice --headless --convert-to pdf`
(no meetbot font swap: the DOCX as an officer's LibreOffice opens it) and renders each
page with `pdftoppm`. Needs LibreOffice and poppler-utils.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.actions.memo.draft import draft  # noqa: E402
from bot.actions.memo.kinds import MemoKind  # noqa: E402
from bot.config.settings import Delegate, MemoSettings, Settings  # noqa: E402
from tests.actions.memo.corpus_drafts import stored_meeting  # noqa: E402

DELEGATE = Delegate(
    key="anan",
    name="Anan Example",
    name_th="นายอนันต์ ตัวอย่าง",
    position_th="นักวิเทศสัมพันธ์ปฏิบัติการ",
    unit_th="กองยุทธศาสตร์และแผนงาน",
)
# (meeting, corpus messages, the day the memo is drafted, the documents to draw)
MEETINGS = (
    (
        "agj",
        ("03-agj-admin-note.eml", "07-agj-forward-as-attachment.eml"),
        dt.date(2025, 12, 11),
        (MemoKind.NOMINATION,),
    ),
    (
        "slomwg",
        ("01-slomwg-invitation.eml", "02-slomwg-followup.eml", "05-circular-memo-tis620.eml"),
        dt.date(2026, 1, 16),
        (MemoKind.REPORT, MemoKind.CIRCULATION),
    ),
)
RESOLUTION_DPI = 60


def main(out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="meetbot-pages-") as work_dir:
        work = Path(work_dir)
        settings = Settings(
            memo=MemoSettings(template_dir=ROOT / "templates" / "memo", output_dir=work, pdf=False),
            delegates=[DELEGATE],
        )
        for name, messages, today, kinds in MEETINGS:
            now = dt.datetime.combine(today, dt.time(2), tzinfo=dt.UTC)
            meeting, origin = stored_meeting(
                settings, work / f"{name}.db", messages, delegates=(DELEGATE.key,), now=now
            )
            for kind in kinds:
                result = draft(kind, meeting, settings, work, today=today, origin=origin)
                for docx in (p for p in result.files if p.suffix == ".docx"):
                    document = docx.stem.split("-", 2)[2]  # meeting-ID-<document>
                    render_pages(docx, out_dir / f"memo-{document}", work)


def render_pages(docx: Path, prefix: Path, work: Path) -> None:
    profile = (work / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for old in prefix.parent.glob(f"{prefix.name}-page*.png"):
        old.unlink()
    pdf = docx.with_suffix(".pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(RESOLUTION_DPI), str(pdf), f"{prefix}-page"], check=True
    )
    for page in sorted(prefix.parent.glob(f"{prefix.name}-page*.png")):
        print(f"wrote {page}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
