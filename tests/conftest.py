"""Fixtures for the whole suite."""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import hypothesis  # noqa: F401  # loaded before the collector is frozen: see below
import pytest
from sqlalchemy.engine import make_url

from bot.store.database import Database


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (the modules, their tables and patterns, the test items) lives
    as long as the run: the cyclic garbage collector is told to stop looking at it. Scanning
    it again in each full collection cost a sixth of the tests' CPU."""
    # Hypothesis (imported above, else by its plugin at the end of the run) has trio register
    # its random generator as it loads, and checks it with gc.get_referrers, which sees no
    # frozen referrer: after the freeze it would warn, and warnings are errors here.
    gc.collect()
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """The same after each test module: what outlived it, such as a library's tables loaded
    on first use (Thai word lists of half a million objects), mostly lives to the end."""
    if nextitem is not None and nextitem.path != item.path:
        gc.collect()
        gc.freeze()


@pytest.fixture(autouse=True)
def _restore_root_logging() -> Iterator[None]:
    # The commands under test call setup_logging, which replaces the root handlers with
    # one writing to that test's captured stream; servers still running in threads
    # (aiosmtpd) would then log into a closed file in the next test.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session", autouse=True)
def _new_sqlite_databases_start_migrated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """A new SQLite file brought to head starts as a copy of one migrated by Alembic once per
    process (each pytest-xdist worker), then `migrate` runs as written and finds it at head.

    Running every migration for each of the hundreds of tests that open a store cost more
    than the rest of their setup. A file that exists already (tests/store/test_database.py's
    empty file, an older revision being upgraded), a revision other than head, PostgreSQL,
    and the commands run as their own processes all migrate as in production.
    """
    migrate = Database.migrate
    template: list[Path] = []

    def migrate_from_the_template(db: Database, revision: str = "head") -> None:
        target = _new_sqlite_file(db)
        if revision == "head" and target is not None:
            if not template:
                made = tmp_path_factory.mktemp("migrated") / "meetbot.db"
                with Database(f"sqlite:///{made}") as fresh:
                    migrate(fresh)
                template.append(made)
            try:
                shutil.copyfile(template[0], target)
            except OSError:  # an unwritable folder: the migration says so in its own words
                target.unlink(missing_ok=True)
        migrate(db, revision)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Database, "migrate", migrate_from_the_template)
        yield


def _new_sqlite_file(db: Database) -> Path | None:
    name = make_url(db.url).database if db.is_sqlite else None
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path
