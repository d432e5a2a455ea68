"""The workspace's session key, made once in the data folder when none is configured."""

from __future__ import annotations

import stat
import threading
from concurrent.futures import ThreadPoolExecutor

from bot.app import App
from bot.config.settings import Settings
from bot.web.app import session_secret

STARTING_TOGETHER = 8


def test_processes_starting_together_all_get_one_whole_private_key(tmp_path):
    # Each round a new data folder, its key made by several starts at the same moment: none
    # may read a key file that exists but is still empty, or replace one another made.
    for round_ in range(5):
        data = tmp_path / f"data-{round_}"
        app = App.open(Settings(data_dir=data, store={"url": f"sqlite:///{tmp_path}/{round_}.db"}))
        together = threading.Barrier(STARTING_TOGETHER)

        def start(_: int, app: App = app, together: threading.Barrier = together) -> str:
            together.wait()
            return session_secret(app)

        try:
            with ThreadPoolExecutor(STARTING_TOGETHER) as pool:
                keys = set(pool.map(start, range(STARTING_TOGETHER)))
            again = session_secret(app)
        finally:
            app.close()
        assert len(keys) == 1, "one key for every start"
        [key] = keys
        assert len(key) >= 64
        assert again == key, "kept for the next start"
        kept = data / "web-secret"
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert [p.name for p in data.iterdir()] == ["web-secret"], "nothing left aside"
