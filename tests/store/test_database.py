import gzip
import os
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from bot.errors import StoreError
from bot.store.database import MIGRATIONS_DIR, Database, open_database
from bot.store.tables import MessageRow
from tests.servers.ports import free_port

SCRIPTS = ScriptDirectory(str(MIGRATIONS_DIR))


def revision_of(db):
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_an_empty_sqlite_file_is_migrated(tmp_path):
    path = tmp_path / "meetbot.db"
    path.touch()
    with open_database(f"sqlite:///{path}") as db:
        assert revision_of(db) == SCRIPTS.get_current_head()
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(MessageRow)) == 0


def test_a_database_at_the_first_revision_is_brought_to_head_keeping_its_rows(database_url):
    first = SCRIPTS.get_base()
    assert first is not None
    with Database(database_url) as old:
        old.migrate(first)
        assert revision_of(old) == first
        # Written with the first revision's columns, as an old meetbot would have.
        with old.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO messages (message_id, sha256, raw_gz, size, source, subject,"
                    " sender, received_at, status, warnings) VALUES (:id, :sha, :raw, 4,"
                    " 'file', 'old', '', CURRENT_TIMESTAMP, 'stored', '[]')"
                ),
                {"id": "old@example.org", "sha": "0" * 64, "raw": gzip.compress(b"body")},
            )
    with open_database(database_url) as db:
        assert revision_of(db) == SCRIPTS.get_current_head()
        with db.session() as s:
            row = s.scalar(select(MessageRow).where(MessageRow.message_id == "old@example.org"))
            assert row is not None
            assert row.subject == "old"


def test_a_folder_that_cannot_be_created_is_a_store_error(tmp_path):
    blocker = tmp_path / "var"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError, match=f"cannot create the folder {blocker / 'db'}"):
        open_database(f"sqlite:///{blocker}/db/meetbot.db")


@pytest.fixture
def unwritable_folder(tmp_path):
    if os.geteuid() != 0:
        tmp_path.chmod(0o555)
        yield tmp_path
        tmp_path.chmod(0o755)
    else:
        # Permissions do not stop root; /proc takes no new files from anyone.
        yield Path("/proc")


def test_an_unwritable_folder_is_a_store_error(unwritable_folder):
    url = f"sqlite:///{unwritable_folder}/meetbot.db"
    with pytest.raises(StoreError, match=r"cannot open or migrate sqlite:///.*: unable to open"):
        open_database(url)


def test_an_unreachable_server_is_a_store_error_without_the_password():
    url = f"postgresql+psycopg://meetbot:Secret-pw@127.0.0.1:{free_port()}/meetbot"
    with pytest.raises(StoreError) as caught:
        open_database(url)
    assert "Secret-pw" not in str(caught.value)
    assert "cannot open or migrate postgresql+psycopg://meetbot:***@127.0.0.1" in str(caught.value)
