"""Meetings: the record extraction produces, the stored meeting, merging and linking."""
