"""Reminders: planned from each meeting's deadlines and sessions, sent on Telegram, by
e-mail or to the console, and answered with a tap."""
