"""Every gate before a costly scan lets through each text the scan could match in.

Several scans run only in a text that holds what every match must hold (a unit word, two like
separators, a link's host, Thai script), checked with `in` or a literal-first pattern. A form
added to a pattern and not to its gate would silently never be found. These tests spell strings
from each gated pattern itself, one for each choice of each of its alternations and sets
(`spelt`), and check that the gate lets through every one the pattern matches in: a word added
to a pattern only fails here."""

import re
from collections.abc import Callable
from re import _constants as sre  # the parser's node names: the same module `re` compiles with
from re import _parser
from typing import Any

import pytest

from bot.understanding.cues import written_in_thai
from bot.understanding.fields import title_th_phrase, urls
from bot.understanding.prefilter import Prefiltered
from bot.understanding.temporal import (
    clocks,
    comma_day,
    dates,
    deictic,
    misspelt_months,
    relative,
    weekday_numeric,
)
from bot.understanding.temporal import patterns as p

_Node = tuple[object, object]
# Spells one string, reading and setting the groups spelt before it (for "(?P=sep)", "(?(g)…)").
_Speller = Callable[[dict[int, str]], str]


def spelt(pattern: str) -> list[str]:
    """Strings that `pattern`'s parts spell, look-arounds left out, such that each choice of
    each alternation and set stands in one of them at least: the t-th string of a sequence of
    parts joins the t-th (in turn) of each part's. Each optional or repeated part is spelt as few
    times as it may, and again once more. Strings that the whole pattern does not match (a
    look-around, two choices that exclude each other) are for the caller to drop."""
    tree = list(_parser.parse(pattern))
    return [speller({}) for more in (False, True) for speller in _spellers(tree, more)]


def _spellers(nodes: list[_Node], more: bool) -> list[_Speller]:
    each = [_node_spellers(op, av, more) for op, av in nodes]
    width = max((len(spellers) for spellers in each), default=1)
    return [_joined([spellers[t % len(spellers)] for spellers in each]) for t in range(width)]


def _joined(parts: list[_Speller]) -> _Speller:
    return lambda groups: "".join(part(groups) for part in parts)


def _const(text: str) -> _Speller:
    return lambda groups: text


def _named(group: int, speller: _Speller) -> _Speller:
    def spell(groups: dict[int, str]) -> str:
        groups[group] = speller(groups)
        return groups[group]

    return spell


def _if_group(group: int, yes: _Speller, no: _Speller) -> _Speller:
    return lambda groups: yes(groups) if group in groups else no(groups)


def _node_spellers(op: object, av: Any, more: bool) -> list[_Speller]:
    if op is sre.LITERAL:
        return [_const(chr(av))]
    if op is sre.IN:
        return [_const(character) for character in _set_characters(av)]
    if op is sre.BRANCH:
        return [speller for choice in av[1] for speller in _spellers(list(choice), more)]
    if op is sre.SUBPATTERN:
        group, _, _, nodes = av
        spellers = _spellers(list(nodes), more)
        return spellers if group is None else [_named(group, s) for s in spellers]
    if op is sre.ATOMIC_GROUP:
        return _spellers(list(av), more)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, nodes = av
        times = least + (more and most > least)
        return _spellers(list(nodes) * times, more)
    if op is sre.GROUPREF:
        return [lambda groups: groups.get(av, "")]
    if op is sre.GROUPREF_EXISTS:
        group, yes, no = av
        yeses = _spellers(list(yes), more)
        noes = _spellers(list(no), more) if no is not None else [_const("")]
        width = max(len(yeses), len(noes))
        return [_if_group(group, yeses[t % len(yeses)], noes[t % len(noes)]) for t in range(width)]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [_const("")]
    if op is sre.CATEGORY:
        return [_const(_first_of(_CANDIDATES, [(op, av)]))]
    if op is sre.NOT_LITERAL:
        return [_const(_first_of(_CANDIDATES, [(sre.LITERAL, av)], negated=True))]
    if op is sre.ANY:
        return [_const(_CANDIDATES[0])]
    raise NotImplementedError(op)


# What stands for a negated set, a category or "." ("[^\S\n]" is a blank, "\d" a digit).
_CANDIDATES = " a1.-\n"


def _set_characters(members: list[_Node]) -> list[str]:
    if members[0][0] is sre.NEGATE:
        return [_first_of(_CANDIDATES, members[1:], negated=True)]
    characters: list[str] = []
    for op, av in members:
        if op is sre.LITERAL:
            characters.append(chr(av))
        elif op is sre.RANGE:
            characters.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            characters.append(_first_of(_CANDIDATES, [(op, av)]))
    return characters


def _first_of(candidates: str, members: list[_Node], negated: bool = False) -> str:
    """The first candidate that the set of `members` takes (or, `negated`, does not take)."""
    for candidate in candidates:
        if _takes(candidate, members) != negated:
            return candidate
    raise AssertionError(members)


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _takes(character: str, members: list[_Node]) -> bool:
    for op, av in members:
        if op is sre.LITERAL and character == chr(av):
            return True
        if op is sre.RANGE and av[0] <= ord(character) <= av[1]:
            return True
        if op is sre.CATEGORY and re.fullmatch(_CATEGORIES[av], character):
            return True
    return False


def _source(pattern: re.Pattern[str] | Prefiltered) -> re.Pattern[str]:
    return pattern.pattern if isinstance(pattern, Prefiltered) else pattern


# Each gated pattern and the gate its scanning module runs it behind.
GATES: dict[str, tuple[re.Pattern[str] | Prefiltered, Callable[[str], object]]] = {
    "relative count, English": (relative._EN, relative._names_en_unit),
    "relative count, Thai": (relative._TH, relative._names_th_unit),
    "deictic day": (p.DEICTIC_DAY, deictic.names_a_day),
    "deictic month": (p.DEICTIC_MONTH, deictic.names_a_month),
    "deictic weekday": (p.DEICTIC_WEEKDAY, deictic.names_a_weekday),
    "dashed date": (p.DASHED, dates.dashed_gate),
    "numeric date": (p.NUMERIC, dates.numeric_gate),
    "year only": (p.YEAR_ONLY, dates.year_only_gate),
    "weekday and numbers": (weekday_numeric._WEEKDAY_NUMERIC, weekday_numeric.slashed_gate),
    "weekday, day and comma": (comma_day._COMMA_DAY, comma_day.comma_gate),
    "misspelt Thai month": (misspelt_months._CONTEXT, written_in_thai),
    "Thai meeting noun": (title_th_phrase.NOUN, written_in_thai),
    "clock in words": (p.CLOCK_WORDS, clocks.clock_words_gate),
    "bare link": (urls._BARE_URL, urls.names_a_bare_host),
}


@pytest.mark.parametrize("name", GATES)
def test_gate_lets_through_every_form_of_its_pattern(name: str) -> None:
    pattern, gate = GATES[name]
    forms = spelt(_source(pattern).pattern)
    found = [m[0] for form in forms if (m := _source(pattern).search(form))]
    assert len(found) >= 2  # the spelt forms reach the pattern: the check below checks something
    assert [text for text in found if not gate(text)] == []
    if isinstance(pattern, Prefiltered):  # its openings are a gate too
        for form in forms:
            full, found_so = pattern.pattern.search(form), pattern.search(form)
            assert (full and full.span()) == (found_so and found_so.span())


def test_bare_links_are_tried_where_a_host_run_begins() -> None:
    # (fields/urls.py: tried only there, not at every character)
    for text in spelt(urls._BARE_URL.pattern):
        for before in ("", "see ", "(", "x."):
            whole = before + text + " and " + text
            want = [m.span() for m in urls._BARE_URL.finditer(whole)]
            assert [m.span() for m in urls._bare_urls(whole)] == want


def test_spelt_forms_hold_every_choice() -> None:
    forms = spelt(r"(?:ab|cd)[xy]?(?<=\w)(?P<g>e|f)(?(g)g|h)")
    assert {"ab", "cd"} <= {form[:2] for form in forms}
    assert {"abeg", "cdyfg"} <= set(forms)
