"""Which of a meeting's fields a person may correct, apart from the corrections' store
code, so the command line can name them in its help without loading the store."""

from __future__ import annotations

# The fields a person may correct; the rest (series, contacts, ...) only feed the memo.
CORRECTABLE_FIELDS = (
    "title",
    "title_th",
    "start",
    "end",
    "timezone",
    "venue",
    "city",
    "mode",
    "online_meetings",
    "registration_url",
    "registration_deadline",
    "deadlines",
    "delegates_requested",
)
