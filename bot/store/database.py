"""Open the database, bring its schema up to date, and hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# How long a writer waits for SQLite's lock before failing: long enough to ride out
# another process's commit, short enough that a stuck lock surfaces as an error.
# A `timeout` (seconds) in the URL's query overrides it: sqlite:///var/meetbot.db?timeout=60
SQLITE_BUSY_TIMEOUT_SECONDS = 15.0

# What SQLite's error codes mean for the person reading the log. The driver's own
# words ("disk I/O error") do not say that a full disk is the usual cause.
_SQLITE_MEANINGS = {
    "SQLITE_BUSY": "another process held the database's write lock for more than {busy:g} s",
    "SQLITE_FULL": "the disk holding the database is full",
    "SQLITE_IOERR": "the file system refused a write (a full disk, a file size limit, "
    "or a failing disk)",
    "SQLITE_READONLY": "the database file or its folder is read-only",
}


class Database:
    """An engine plus a session factory. Creating one does not touch the database."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database not in (None, "", ":memory:"):
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the folder {folder} for the database: {exc.strerror}"
                ) from exc
        connect_args: dict[str, Any] = {}
        self.busy_seconds = SQLITE_BUSY_TIMEOUT_SECONDS
        if self.is_sqlite:
            if "timeout" in parsed.query:
                self.busy_seconds = float(str(parsed.query["timeout"]))
            else:
                connect_args["timeout"] = self.busy_seconds
        self.engine: Engine = create_engine(url, future=True, connect_args=connect_args)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _configure_sqlite)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        _hold_references(self._sessions)

    def migrate(self, revision: str = "head") -> None:
        """Upgrade the schema to `revision`, by default the newest (idempotent)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection_url"] = self.url
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        except SQLAlchemyError as exc:
            # The driver's own words ("unable to open database file", "connection
            # refused"), without SQLAlchemy's statement dump and help link.
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"cannot open or migrate {self.safe_url}: {reason}") from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Raises StoreError, in plain words, when the database cannot be read or written
        (a full disk, a lock held too long, a server gone): the caller keeps its work
        for a retry instead of handling driver errors.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise StoreError(self._explain(exc)) from exc

    def _explain(self, exc: OperationalError) -> str:
        """What went wrong with the database, for a log line or a status report."""
        reason = str(exc.orig if exc.orig is not None else exc).strip()
        # SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT...: the primary code says enough.
        code = "_".join(str(getattr(exc.orig, "sqlite_errorname", "")).split("_")[:2])
        meaning = _SQLITE_MEANINGS.get(code, "").format(busy=self.busy_seconds)
        detail = f"{reason}: {meaning}" if meaning else reason
        return f"cannot use the database {self.safe_url}: {detail}"

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_database(url: str) -> Database:
    """Open and migrate: the one call the rest of meetbot makes."""
    db = Database(url)
    try:
        db.migrate()
    except StoreError:
        db.close()
        raise
    return db


def _hold_references(sessions: sessionmaker[Session]) -> None:
    """Keep every object a session loaded or wrote until the session ends.

    A session's identity map holds clean objects weakly, so a row read once and dropped by
    its caller is read again by the next `get`: a backfill of many messages in one
    transaction paid a SELECT per message for rows it had just loaded. Sessions here last
    one transaction, so holding their objects costs little. This is SQLAlchemy's
    "strong_reference_session" recipe, applied to the factory.
    """

    def hold(session: Session, instance: object) -> None:
        session.info.setdefault("held", set()).add(instance)

    def release(session: Session, instance: object) -> None:
        session.info.get("held", set()).discard(instance)

    for name in ("pending_to_persistent", "detached_to_persistent", "loaded_as_persistent"):
        event.listen(sessions, name, hold)
    for name in ("persistent_to_detached", "persistent_to_deleted", "persistent_to_transient"):
        event.listen(sessions, name, release)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the status command read while the daemon writes; foreign keys are off
    # by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
