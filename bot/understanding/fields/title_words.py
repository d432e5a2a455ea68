"""The small words an English title is grown over, and the words that end it: a meeting's name
runs over capitalised words and these connectors; a mail's or a news headline's own words
("Invitation", "- Rules", "Discusses") are no part of it.
"""

from __future__ import annotations

CONNECTORS = frozenset(
    [
        "of",
        "on",
        "for",
        "to",
        "and",
        "in",
        "the",
        "with",
        "a",
        "an",
        "under",
        "towards",
        "toward",
        "through",
        "among",
        "between",
        "&",
        "-",
        "–",
        ":",
    ]
)
NOT_TITLE_WORDS = frozenset(
    [
        "invitation",
        "invitations",
        "re",
        "fwd",
        "fw",
        "aw",
        "dear",
        "reminder",
        "registration",
        "attention",
        "note",
        "administrative",
        "provisional",
        "annotated",
        "agenda",
        "report",
        "details",
        "letter",
        "update",
        "updates",
        "subject",
        "regarding",
        "zoom",
        "for",
        "further",
        "information",
        "kindly",
        "please",
        "our",
        "your",
        "this",
        "next",
        "previous",
        "upcoming",
    ]
)
# What a subject line or a page heading adds after the name: "… Hackathon - Rules", "…
# Conference Postponement", "… Meeting Schedule", "Dear Colleagues" on the next line.
SUBJECT_TAIL = frozenset(
    ["rules", "terms", "conditions", "schedule", "postponement", "postponed", "cancelled",
     "canceled", "cancellation", "dear", "notice", "announcement", "reminder", "update"]
)  # fmt: skip
# A news headline's verb, either side of the name: "… Workshop on Migration Discusses
# Sustainable Development", "Ministry of Foreign Affairs Completed Workshop on …".
HEADLINE_VERBS = frozenset(
    ["discusses", "opens", "opened", "concludes", "concluded", "completed", "completes",
     "begins", "began", "ends", "ended", "closes", "closed", "kicks", "highlights", "urges",
     "calls", "launches", "launched", "holds", "held", "hosts", "hosted", "adopts", "adopted",
     "reviews", "explores", "addresses", "tackles", "focuses", "gathers", "brings", "marks",
     "wraps", "organizes", "organized", "organises", "organised", "convenes", "convened"]
)  # fmt: skip
