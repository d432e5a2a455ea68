"""Thailand's 77 provinces by their Thai names, as PyThaiNLP ships them: GeoNames lacks the Thai
name of some ("บึงกาฬ", a province since 2011), and a province named after จังหวัด is where a
Thai address is."""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from bot.understanding.geo import city_named


def warm() -> None:
    """Read the list now (a daemon's start), so that no message pays for it."""
    _provinces()


def province_opening(run: str) -> str | None:
    """The English name of the province whose Thai name opens `run` (Thai writes no space
    after a name): "บึงกาฬ" is Bueng Kan."""
    for thai, english in _provinces():
        if run.startswith(thai):
            return english
    return None


def province_ending(run: str, *, shortest: int) -> str | None:
    """The English name of the province whose Thai name, of `shortest` letters or more, ends
    `run`: "มหาวิทยาลัยราชภัฏพระนครศรีอยุธยา" is in Phra Nakhon Si Ayutthaya."""
    for thai, english in _provinces():
        if len(thai) >= shortest and run.endswith(thai):
            return english
    return None


@lru_cache(maxsize=1)
def _provinces() -> tuple[tuple[str, str], ...]:
    """(Thai name, English name), the longest Thai name first."""
    from pythainlp.corpus import provinces  # (loaded on first use: 0.05 s)

    # (typed as names alone: with details=True each is a dict of them)
    details = cast("list[dict[str, str]]", provinces(details=True))
    named = ((p["name_th"], _geonames_spelling(p["name_en"])) for p in details)
    return tuple(sorted(named, key=lambda pair: -len(pair[0])))


def _geonames_spelling(english: str) -> str:
    """GeoNames' spelling of a province's town where it knows the name, written with or
    without its spaces, so that a province reads the same however it was found ("Mueang
    Nonthaburi", a district, is no spelling of Nonthaburi)."""
    city = city_named(english, min_population=0)
    same = city is not None and city.name.replace(" ", "") == english.replace(" ", "")
    return city.name if city is not None and same else english
