"""Thai names of countries and cities, from the office's places_th.toml beside the templates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError

PLACES_FILE = "places_th.toml"


@dataclass(frozen=True)
class PlaceNames:
    countries: dict[str, str] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)

    def country(self, name: str) -> str:
        """The Thai name when the office listed it, else the name as given."""
        return _lookup(self.countries, name)

    def city(self, name: str) -> str:
        return _lookup(self.cities, name)


def load_place_names(template_dir: Path) -> PlaceNames:
    """Read places_th.toml; no file means no Thai names (places stay in English)."""
    path = template_dir / PLACES_FILE
    if not path.is_file():
        return PlaceNames()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([str(exc)], source=str(path)) from exc
    tables = {key: data.get(key, {}) for key in ("countries", "cities")}
    for key, table in tables.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigError([f"[{key}] must map English names to Thai names"], source=str(path))
    return PlaceNames(countries=tables["countries"], cities=tables["cities"])


def _lookup(table: dict[str, str], name: str) -> str:
    wanted = name.strip().casefold()
    return next((th for en, th in table.items() if en.casefold() == wanted), name.strip())
