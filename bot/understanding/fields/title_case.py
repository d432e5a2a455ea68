"""An all-capitals English name in the casing a person reads: the text's own, else title case
with its acronyms and small words kept."""

from __future__ import annotations

import re

from bot.understanding.fields.text import clean
from bot.understanding.fields.title_words import CONNECTORS


def recased(value: str, text: str) -> str:
    """An all-capitals title in the casing the text uses elsewhere, or in title case."""
    if not value.isupper():
        return value
    pattern = re.compile(r"\s+".join(re.escape(w) for w in value.split()), re.IGNORECASE)
    for match in pattern.finditer(text):
        if not match.group().isupper():
            return clean(match.group())
    acronyms = {
        w
        for line in text.splitlines()
        if re.search(r"[a-z]", line)
        for w in re.findall(r"\b[A-Z][A-Z0-9-]+\b", line)
    }
    words = []
    for index, word in enumerate(value.split()):
        bare = word.strip("()")
        if bare in acronyms or re.fullmatch(r"\d+(?:ST|ND|RD|TH)|(?:[A-Z]\.){2,}", bare):
            words.append(word.lower() if bare[0].isdigit() else word)
        elif index > 0 and word.lower() in CONNECTORS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)
