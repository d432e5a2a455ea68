"""Optional copy of the calendar on the office's CalDAV server (caldav library).

Each entry is one calendar object resource named after its UID: a changed entry is
PUT over the old one, a cancelled one is deleted. The caldav client is blocking, so
each push runs in a worker thread with its own client.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from bot.config.settings import CalendarSettings
from bot.config.url_secrets import HIDDEN, secrets_in, without_user_info
from bot.errors import ActionError

if TYPE_CHECKING:
    from caldav.collection import Calendar
    from caldav.davclient import DAVClient

# Seconds for each request: a slow server delays the calendar, not the whole action.
TIMEOUT_SECONDS = 30

T = TypeVar("T")


@dataclass(frozen=True)
class CalDavChanges:
    put: Sequence[tuple[str, str]]  # (uid, VCALENDAR text)
    delete: Sequence[str]  # uids


class CalDavCalendar:
    """The calendar at `settings.caldav_url`, or the one named `caldav_calendar` there."""

    def __init__(self, settings: CalendarSettings) -> None:
        if settings.caldav_url is None:
            raise ValueError("calendar.caldav_url is not set")
        self.settings = settings
        # A password written in the URL is a secret: it goes to the client apart from the
        # URL, and never into an error message (stored in action_runs.last_error).
        self.url, self._url_user, self._url_password = without_user_info(settings.caldav_url)
        self._secrets = secrets_in(settings.caldav_url)
        # Finding a calendar by name takes several requests; its URL does not change.
        self._calendar_url: str | None = None if settings.caldav_calendar else self.url

    async def push(self, changes: CalDavChanges) -> None:
        if changes.put or changes.delete:
            await asyncio.to_thread(self._push, changes)

    def _push(self, changes: CalDavChanges) -> None:
        # Imported at the first push, not with meetbot: the library and its HTTP stack
        # take some 30 MB that a daemon without CalDAV would carry for nothing.
        from caldav.davclient import DAVClient
        from caldav.lib import error as caldav_error

        password = self.settings.caldav_password
        if password is not None:
            self._secrets.append(password.get_secret_value())
        try:
            with DAVClient(
                url=self.url,
                username=self.settings.caldav_username or self._url_user,
                password=password.get_secret_value() if password else self._url_password,
                timeout=TIMEOUT_SECONDS,
            ) as client:
                calendar = self._calendar(client)
                for _uid, ical in changes.put:
                    calendar.save_event(ical, increase_seqno=False)
                for uid in changes.delete:
                    # Already gone is fine: deleting is idempotent.
                    with contextlib.suppress(caldav_error.NotFoundError):
                        _blocking(_blocking(calendar.event_by_uid(uid)).delete())
        except (caldav_error.DAVError, OSError) as exc:
            said = str(exc)
            for secret in self._secrets:
                said = said.replace(secret, HIDDEN)
            raise ActionError(f"CalDAV {self.url}: {said}") from None

    def _calendar(self, client: DAVClient) -> Calendar:
        from caldav.collection import Calendar, Principal
        from caldav.lib import error as caldav_error

        if self._calendar_url is not None:
            return Calendar(client=client, url=self._calendar_url)
        name = self.settings.caldav_calendar
        principal = Principal(client=client)
        try:
            calendar = _blocking(principal.calendar(name=name))
        except caldav_error.NotFoundError:
            calendar = _blocking(principal.make_calendar(name=name))
        self._calendar_url = str(calendar.url)
        return calendar


def _blocking(result: T | Coroutine[Any, Any, T]) -> T:
    """caldav's objects also serve its async client; with the blocking one they never
    return a coroutine."""
    if isinstance(result, Coroutine):
        result.close()
        raise TypeError("caldav returned a coroutine to a blocking client")
    return result
