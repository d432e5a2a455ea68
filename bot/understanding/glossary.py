"""Thai names of the bodies and meeting series the memos name (and by which a Thai letter
is linked to an English invitation), from glossary.toml shipped beside this module: by
series acronym, by the name a letterhead or signature gives, by mail domain, and by the
agency code of a Thai letter."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from bot.reading.thai_digits import to_thai_digits as thai_digits

GLOSSARY_FILE = "glossary.toml"


@dataclass(frozen=True)
class Glossary:
    series: Mapping[str, str] = field(default_factory=dict)
    organisations: Mapping[str, str] = field(default_factory=dict)
    domains: Mapping[str, str] = field(default_factory=dict)
    letter_agencies: Mapping[str, str] = field(default_factory=dict)

    def meeting_name(self, series: str | None, ordinal: int | None) -> str | None:
        """ "<Thai series name> ครั้งที่ ๑๘"; None for a series not listed or no ordinal."""
        if series is None or ordinal is None:
            return None
        name = self.series_name(series)
        return f"{name} ครั้งที่ {thai_digits(ordinal)}" if name else None

    def series_name(self, series: str) -> str | None:
        """The series' Thai name ("SLOM" → "การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน")."""
        wanted = _key(series)
        return next((th for en, th in self.series.items() if _key(en) == wanted), None)

    def by_domain(self, address: str, extra: Mapping[str, str] = {}) -> str | None:
        """The body whose domain the address is in (subdomains match); `extra` first."""
        domain = address.rpartition("@")[2].lower()
        names = {**self.domains, **{k.lower(): v for k, v in extra.items()}}
        while domain:
            if domain in names:
                return names[domain]
            domain = domain.partition(".")[2]
        return None

    def signed_by(self, text: str) -> str | None:
        """The body a message's letterhead or signature names: of the bodies the text names,
        the one named last (the signature closes the message), the longest name at a place."""
        found = [
            (match.start(), len(en), th)
            for en, th in self.organisations.items()
            for match in re.finditer(re.escape(en), text, re.IGNORECASE)
        ]
        return max(found)[2] if found else None

    def letter_agency(self, number: str) -> str | None:
        """The sender of a Thai letter by its ที่: "รง ๐๒๑๐.๓/ว ๒๘๗๒" → the ministry's office."""
        agency = number.partition("/")[0].strip()
        return next(
            (th for code, th in self.letter_agencies.items() if agency.startswith(code)), None
        )


def _key(series: str) -> str:
    # "SLOM - WG" and "slom-wg" name one series.
    return re.sub(r"\s+", "", series).upper()


@cache
def load_glossary() -> Glossary:
    data = tomllib.loads(
        resources.files(__package__).joinpath(GLOSSARY_FILE).read_text(encoding="utf-8")
    )
    return Glossary(
        series=data.get("series", {}),
        organisations=data.get("organisations", {}),
        domains=data.get("domains", {}),
        letter_agencies=data.get("letter_agencies", {}),
    )
