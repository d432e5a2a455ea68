"""Use cases that the web workspace, the command line and chat share, one module each.

Each takes a configured `bot.app.App` and does the whole of a person's action:
the change in the store, the audit line, the actions that follow (calendar, memo,
reminders' pending runs) and the outbox, so every front end behaves the same.
"""
