"""HTML mail to readable text that keeps where each link points.

A link whose text differs from its target is written "text <target>", the form
Gmail uses in its own text/plain part, so a registration or meeting link hidden
behind "click here" survives into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlText", "html_to_text"]

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "div", "dl", "dt", "dd", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_LINE_SPACES = re.compile(r"[ \t]*\n[ \t]*")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class HtmlText:
    text: str
    links: tuple[str, ...]  # href targets in document order, without duplicates


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: dict[str, None] = {}
        self._skip_depth = 0
        self._pre_depth = 0
        self._href: str | None = None
        self._anchor_start = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag == "a":
            href = dict(attrs).get("href")
            self._href = href.strip() if href else None
            self._anchor_start = len(self.out)
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f" {alt} ")
        if tag in _BLOCKS:
            self.out.append("\n")
            if tag == "pre":
                self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return  # a self-closed <script/> opens nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "a" and self._href is not None:
            self._close_anchor(self._href)
            self._href = None
        elif tag in _BLOCKS:
            self.out.append("\n")
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self.out.append(data if self._pre_depth else _SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        if self._href is not None:  # an <a> never closed still had a target
            self._close_anchor(self._href)
            self._href = None

    def _close_anchor(self, href: str) -> None:
        if not href or href.startswith("#") or href.lower().startswith("javascript:"):
            return
        self.links.setdefault(href, None)
        shown = "".join(self.out[self._anchor_start :]).strip()
        target = href[len("mailto:") :] if href.lower().startswith("mailto:") else href
        if target.rstrip("/") not in shown:
            self.out.append(f" <{target}>" if shown else f"<{target}>")


def html_to_text(html: str) -> HtmlText:
    """Readable text of `html`, and the targets of its links."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = _LINE_SPACES.sub("\n", "".join(parser.out))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return HtmlText(_BLANK_RUN.sub("\n\n", text).strip(), tuple(parser.links))
