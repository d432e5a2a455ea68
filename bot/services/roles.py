"""Workspace roles, apart from the accounts' store code so the command line can offer
them without loading the store."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Each role may do what the roles before it may."""

    VIEWER = "viewer"  # reads
    OFFICER = "officer"  # corrects, assigns, drafts
    APPROVER = "approver"  # also approves held meetings
    ADMIN = "admin"  # also manages users and feeds

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)
