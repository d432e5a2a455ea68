"""Templates to files: the DOCX through docxtpl, its HTML preview, and a PDF by LibreOffice."""

from __future__ import annotations

import base64
import mimetypes
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docx import Document
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage

from bot.actions.memo import soffice
from bot.actions.memo.context import MemoContext
from bot.actions.memo.thai_forms import blank
from bot.errors import ActionError
from bot.reading.thai_digits import to_thai_digits as thai_digits

DOCX_FONT = "TH SarabunPSK"  # what tools/build_templates.py writes
STANDIN_FONT = "Laksaman"  # Debian fonts-tlwg-laksaman: TH Sarabun's glyphs at 150.42%
STANDIN_SCALE = 0.66  # the factor Debian's own fontconfig alias applies
_SIZE = re.compile(r'(<w:sz(?:Cs)?\s+w:val=")(\d+)(")')
EMBLEM_HEIGHT = Mm(15)  # ระเบียบงานสารบรรณ: the Garuda on memo paper is 1.5 cm high
PREVIEW_TEMPLATE = "preview.html.j2"
# LibreOffice's first start in a fresh profile takes seconds; a stuck one must not hang
# the daemon's memo action for ever.
SOFFICE_TIMEOUT_SECONDS = 180


def template_environment(template_dir: Path, *, autoescape: bool) -> jinja2.Environment:
    """Jinja for the memo templates: `blank("hint")`, the `th` filter, strict names."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,  # a misspelt name is an error, not an empty gap
        autoescape=autoescape,
        keep_trailing_newline=True,
    )
    env.globals["blank"] = blank
    env.filters["th"] = thai_digits
    return env


def render_docx(template: Path, context: MemoContext, *, emblem: Path, out: Path) -> None:
    if not template.is_file():
        raise ActionError(f"memo template {template} does not exist")
    document = DocxTemplate(str(template))
    variables = context.as_template_vars()
    variables["emblem"] = InlineImage(document, str(emblem), height=EMBLEM_HEIGHT)
    env = template_environment(template.parent, autoescape=True)
    try:
        document.render(variables, jinja_env=env, autoescape=True)
    except jinja2.TemplateError as exc:
        raise ActionError(f"memo template {template}: {_describe(exc)}") from exc
    document.save(str(out))


def render_text(template_dir: Path, name: str, variables: dict[str, object]) -> str:
    env = template_environment(template_dir, autoescape=False)
    try:
        return env.get_template(name).render(variables)
    except jinja2.TemplateError as exc:
        raise ActionError(f"template {template_dir / name}: {_describe(exc)}") from exc


@dataclass(frozen=True)
class PreviewRun:
    text: str
    bold: bool
    size_pt: float | None
    color: str | None  # "C00000"
    image: bool  # the emblem


@dataclass(frozen=True)
class PreviewParagraph:
    style: str  # the DOCX paragraph style, as a CSS class: "memo-body"
    runs: tuple[PreviewRun, ...]


def render_preview(docx: Path, *, template_dir: Path, emblem: Path, out: Path) -> None:
    """An HTML page of the rendered DOCX: the preview shows what the DOCX says, so the
    wording exists once, in the DOCX template."""
    paragraphs = []
    for paragraph in Document(str(docx)).paragraphs:
        runs = tuple(
            PreviewRun(
                text=run.text,
                bold=bool(run.bold),
                size_pt=run.font.size.pt if run.font.size is not None else None,
                color=str(run.font.color.rgb) if run.font.color.rgb is not None else None,
                image=bool(run._element.findall(".//{*}drawing")),
            )
            for run in paragraph.runs
        )
        style = paragraph.style.name if paragraph.style is not None else "Normal"
        paragraphs.append(PreviewParagraph(style.lower().replace(" ", "-"), runs))
    mime = mimetypes.guess_type(emblem.name)[0] or "image/png"
    emblem_uri = f"data:{mime};base64,{base64.b64encode(emblem.read_bytes()).decode('ascii')}"
    env = template_environment(template_dir, autoescape=True)
    try:
        html = env.get_template(PREVIEW_TEMPLATE).render(
            paragraphs=paragraphs, emblem=emblem_uri, title=docx.stem
        )
    except jinja2.TemplateError as exc:
        raise ActionError(f"template {template_dir / PREVIEW_TEMPLATE}: {_describe(exc)}") from exc
    out.write_text(html, encoding="utf-8")


# LibreOffice's option Tools > Options > Language Settings > Complex Text Layout >
# Numerals: "Context" (3), with complex text layout on. LibreOffice reads no DOCX page
# number format as Thai digits; with this it draws the digits of text marked Thai (the
# page number line of the templates) as Thai digits, and leaves English text's alone.
THAI_NUMERALS_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLFont" oor:op="fuse">\
<value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" \
oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: Path, out_dir: Path, *, markers: Path | None = None) -> Path:
    """PDF next to the DOCX by LibreOffice headless, Thai shaped by LibreOffice's HarfBuzz.

    Where TH Sarabun itself is not installed (Debian ships Laksaman, the same glyphs
    scaled up 150%), the PDF is made from a copy that names Laksaman at two thirds of
    the size: fontconfig's own TH Sarabun alias scales Laksaman likewise, but
    LibreOffice ignores that scaling and would print the memo half as large again.
    LibreOffice runs in a process group of its own (bot.actions.memo.soffice), with a
    marker file in `markers` while it runs.
    """
    program = soffice_path()
    if program is None:
        raise ActionError("LibreOffice (soffice) is not installed; no PDF made")
    # A private profile: a desktop LibreOffice the officer has open, or another
    # conversion running at the same time, would otherwise lock the default one.
    with tempfile.TemporaryDirectory(prefix="meetbot-soffice-") as work:
        source = docx
        if not _font_installed(DOCX_FONT) and _font_installed(STANDIN_FONT):
            source = Path(work) / "doc" / docx.name
            source.parent.mkdir()
            swap_font(docx, source, DOCX_FONT, STANDIN_FONT, STANDIN_SCALE)
        profile = Path(work) / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(THAI_NUMERALS_PROFILE)
        command = [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            returncode, output = soffice.run(
                command, timeout=SOFFICE_TIMEOUT_SECONDS, markers=markers
            )
        except subprocess.TimeoutExpired as exc:
            raise ActionError(
                f"LibreOffice took over {SOFFICE_TIMEOUT_SECONDS} s on {docx}"
            ) from exc
    pdf = out_dir / f"{docx.stem}.pdf"
    if returncode != 0 or not pdf.is_file():
        detail = output.strip()[-500:]
        raise ActionError(f"LibreOffice could not convert {docx}: exit {returncode}: {detail}")
    return pdf


def swap_font(docx: Path, out: Path, font: str, standin: str, scale: float) -> None:
    """Copy `docx` naming `standin` wherever it names `font`, every size times `scale`."""
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                data = _swap_font_xml(data, font, standin, scale)
            copy.writestr(item, data)


def _swap_font_xml(data: bytes, font: str, standin: str, scale: float) -> bytes:
    # Word and python-docx both write these as plain attributes: a font is a quoted
    # attribute value, a size is <w:sz w:val="32"/> in half-points.
    text = data.decode("utf-8").replace(f'"{font}"', f'"{standin}"')
    text = _SIZE.sub(lambda m: f"{m[1]}{round(int(m[2]) * scale)}{m[3]}", text)
    return text.encode("utf-8")


def _font_installed(family: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run(
        [fc_list, f":family={family}", "family"], capture_output=True, text=True, check=False
    )
    return bool(found.stdout.strip())


def _describe(exc: jinja2.TemplateError) -> str:
    line = getattr(exc, "lineno", None)
    return f"{exc.message or exc!r}" + (f" (line {line})" if line else "")
