"""Workspace accounts: roles, argon2 password hashes, and who may do what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from bot.config.roles import Role as Role
from bot.store.database import Database
from bot.store.tables import UserRow

_hasher = PasswordHasher()


# Checked against when the name is unknown, so a wrong name costs as long as a wrong
# password and the timing does not tell which names exist. Made on first use, not at
# import: a hash takes a tenth of a second and `meetbot` would pay it at every start.
@cache
def _dummy_hash() -> str:
    return _hasher.hash("no such user")


@dataclass(frozen=True)
class User:
    name: str
    role: Role


def add_user(db: Database, name: str, role: Role, password: str, *, now: dt.datetime) -> User:
    """Create an account, or set a new role and password for an existing one."""
    if not name.strip() or len(password) < 8:
        raise ValueError("a user needs a name and a password of at least 8 characters")
    with db.session() as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            row = UserRow(name=name, created_at=now, role=role.value, password_hash="")
            session.add(row)
        row.role = role.value
        row.password_hash = _hasher.hash(password)
        row.disabled_at = None
    return User(name, role)


def authenticate(db: Database, name: str, password: str) -> User | None:
    """The user when the password is theirs, else None."""
    with db.session() as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        stored = row.password_hash if row is not None and row.disabled_at is None else None
        try:
            _hasher.verify(stored or _dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None or stored is None:
            return None
        if _hasher.check_needs_rehash(stored):
            row.password_hash = _hasher.hash(password)
        return User(row.name, Role(row.role))


def find_user(db: Database, name: str) -> User | None:
    with db.session() as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None or row.disabled_at is not None:
        return None
    return User(row.name, Role(row.role))


def list_users(db: Database) -> list[User]:
    with db.session() as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.name)).all()
    return [User(row.name, Role(row.role)) for row in rows if row.disabled_at is None]
