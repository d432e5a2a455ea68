"""What a person's change hands the actions: the meeting as it was before the change,
loaded before it, and as it is after (bot/app_changes.py)."""

from __future__ import annotations

from bot.app import App
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.sources.incoming import Incoming
from tests.test_approval import invitation
from tests.test_pipeline import Recorder

DELEGATES = [
    {"key": key, "name": f"{key.title()} Example", "email": f"{key}@example.org"}
    for key in ("somchai", "malee", "nida")
]


async def test_assigning_and_removing_hand_the_actions_the_meeting_as_it_was(tmp_path):
    settings = Settings(
        data_dir=tmp_path / "data",
        store={"url": f"sqlite:///{tmp_path}/meetbot.db"},
        delegates=DELEGATES,
    )
    recorder = Recorder("recorder")
    app = App.open(settings, actions=[recorder])
    try:
        outcome = await app.pipeline.accept(Incoming(invitation(), "test"))
        meeting_id = outcome.meeting_id
        assert meeting_id is not None
        await app.assign(meeting_id, ["somchai", "malee"], by="officer")
        for keys, remove in ((["somchai"], True), (["nida"], False)):
            with app.db.session() as session:
                before = load_meeting(session, meeting_id)
            await app.assign(meeting_id, keys, by="officer", remove=remove)
            with app.db.session() as session:
                after = load_meeting(session, meeting_id)
            change = recorder.changes[-1]
            assert change.previous == before  # its revision and its delegates, in order
            assert change.meeting == after
            assert after.revision == before.revision + 1
    finally:
        app.close()
