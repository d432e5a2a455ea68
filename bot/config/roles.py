"""The roles people have, in the workspace and in the chat alike, apart from the settings
models so the command line can offer them without loading pydantic."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a person may do; each role may do what the roles before it may."""

    VIEWER = "viewer"  # reads meetings and deadlines
    OFFICER = "officer"  # corrects, assigns, drafts, marks done; sees links and passcodes
    APPROVER = "approver"  # also approves meetings held for approval
    ADMIN = "admin"  # also manages users and feeds

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)
