"""meetbot: turns meeting invitations in a mailbox into calendars, memos and reminders."""

__version__ = "0.1.0"
