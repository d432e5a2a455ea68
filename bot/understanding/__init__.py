"""Understanding: pure functions from text to dates, fields and a triage decision.

Nothing here does I/O or reads the clock: the reference time is always passed in.
"""
