"""reminder jobs hold keys, not pickled Reminder and Meeting objects

Before this revision a reminder job's kwargs were {"reminder": Reminder, "meeting":
Meeting}: pickles of meetbot's classes, which fail to load once a class is renamed or
moved. From here on they are the reminder's keys in plain values (see
bot.actions.reminders.scheduler.ReminderJob). The old pickles are read without importing
meetbot's classes (any meetbot class loads as a bag of its fields), so this migration
works whatever the classes are called by the time it runs.

Revision ID: 0005_failures_reminder_jobs
Revises: 0004_failures_messages
"""

from __future__ import annotations

import io
import pickle
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_failures_reminder_jobs"
down_revision = "0004_failures_messages"
branch_labels = None
depends_on = None

JOBS_TABLE = "apscheduler_jobs"  # bot.actions.reminders.scheduler.JOBS_TABLE
RUN_REMINDER = "bot.actions.reminders.scheduler:run_reminder"


class _Fields:
    """Any meetbot object of an old pickle: its fields as attributes, its class unneeded."""

    def __init__(self, *args: Any) -> None:
        self.args = args  # an enum member pickles as its class called with its value

    def __setstate__(self, state: Any) -> None:
        # A frozen dataclass pickles its fields as a dict (or a pair with __slots__).
        if isinstance(state, tuple):
            state = {**(state[0] or {}), **(state[1] or {})}
        self.__dict__.update(state)


class _LooseUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "bot" or module.startswith("bot."):
            return type(name, (_Fields,), {})
        return super().find_class(module, name)


def _iso(value: Any) -> str:
    return str(value.isoformat())


def _keys(reminder: Any) -> dict[str, Any]:
    target = reminder.target
    return {
        "key": reminder.key,
        "meeting_id": reminder.meeting_id,
        "target": target.key,
        "due": _iso(target.due),
        "offset": reminder.offset,
        "fire_at": _iso(reminder.fire_at),
    }


def upgrade() -> None:
    connection = op.get_bind()
    if not sa.inspect(connection).has_table(JOBS_TABLE):
        return  # the scheduler never ran here: it makes the table when it first starts
    jobs = sa.table(JOBS_TABLE, sa.column("id", sa.String), sa.column("job_state", sa.LargeBinary))
    for job_id, job_state in connection.execute(sa.select(jobs.c.id, jobs.c.job_state)).all():
        state = _LooseUnpickler(io.BytesIO(job_state)).load()
        reminder = state.get("kwargs", {}).get("reminder")
        if state.get("func") != RUN_REMINDER or reminder is None:
            continue  # the digest, or a job already in the new form
        state["kwargs"] = _keys(reminder)
        state["args"] = ()
        connection.execute(
            jobs.update()
            .where(jobs.c.id == job_id)
            .values(job_state=pickle.dumps(state, pickle.HIGHEST_PROTOCOL))
        )


def downgrade() -> None:
    """The old form needs the meeting as it was planned, which keys do not hold: the old
    code re-plans every current meeting when it starts, so the jobs are only dropped."""
    connection = op.get_bind()
    if sa.inspect(connection).has_table(JOBS_TABLE):
        jobs = sa.table(JOBS_TABLE, sa.column("id", sa.String))
        connection.execute(jobs.delete().where(jobs.c.id != "digest"))
