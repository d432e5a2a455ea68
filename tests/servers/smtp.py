"""A real SMTP server for tests (aiosmtpd on 127.0.0.1) that records what it receives.

`mode` switches its behaviour while it runs: "accept" (default), "refuse" (a 554
reply to every message) or "drop" (hangs up when a message's data arrives).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Literal

from aiosmtpd.controller import Controller

Mode = Literal["accept", "refuse", "drop"]
# Only keeps a broken start from hanging the test.
READY_SECONDS = 60.0


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    mode: Mode = "accept"
    received: list[Received] = field(default_factory=list)
    refused: int = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.mode == "refuse":
            self.refused += 1
            return "554 5.3.0 refused by the test server"
        if self.mode == "drop":
            self.refused += 1
            server.transport.close()
            return "421 4.3.0 closing"
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 OK"


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def set_mode(self, mode: Mode) -> None:
        self.handler.mode = mode


class AnyPortController(Controller):
    """aiosmtpd's controller on a port the kernel picks as it binds (port 0). A port probed
    free and bound a moment later can be taken in between (by a server of a test running
    beside it, or as the local port of a connection); learnt once bound, before aiosmtpd's
    own first connection to it."""

    def __init__(self, handler: object, **settings: object) -> None:
        # aiosmtpd gives its thread 5 s to start and answer by default: on a loaded
        # two-core machine (a second test run beside this one) that was seen too short.
        super().__init__(
            handler, hostname="127.0.0.1", port=0, ready_timeout=READY_SECONDS, **settings
        )

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = int(self.server.sockets[0].getsockname()[1])
        super()._trigger_server()


@contextmanager
def running_smtp_server() -> Iterator[SmtpServer]:
    handler = RecordingHandler()
    controller = AnyPortController(handler)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, handler)
    finally:
        controller.stop()
