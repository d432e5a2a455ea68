"""Who is asking: the session's user (or a trusted proxy's header), roles, login limits."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request

from bot.services.users import Role, User, find_user

SESSION_USER = "user"
WINDOW_SECONDS = 60.0


class LoginRequired(Exception):
    """No user: the page answers with a redirect to the login form."""


@dataclass
class LoginLimiter:
    """Failed logins per name and per address in the last minute."""

    per_minute: int
    failures: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        for key in keys:
            attempts = self.failures[key]
            while attempts and attempts[0] < now - WINDOW_SECONDS:
                attempts.popleft()
            if len(attempts) >= self.per_minute:
                return True
        return False

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        for key in keys:
            self.failures[key].append(now)


async def current_user(request: Request) -> User | None:
    db = request.app.state.meetbot.db
    header = request.app.state.meetbot.settings.web.trusted_proxy_header
    name = request.headers.get(header) if header else None
    name = name or request.session.get(SESSION_USER)
    if not name:
        return None
    user: User | None = await run_in_threadpool(find_user, db, name)
    return user


async def require(request: Request, role: Role = Role.VIEWER) -> User:
    """The user, when their role allows `role`; else a redirect to login or 403."""
    user = await current_user(request)
    if user is None:
        raise LoginRequired()
    if not user.role.allows(role):
        raise HTTPException(
            403, f"ต้องมีสิทธิ์ {role.value} ขึ้นไป / this needs the {role.value} role or above"
        )
    request.state.user = user
    return user
