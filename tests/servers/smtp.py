"""A real SMTP server for tests (aiosmtpd on 127.0.0.1) that records what it receives.

`mode` switches its behaviour while it runs: "accept" (default), "refuse" (a 554
reply to every message) or "drop" (hangs up when a message's data arrives).
"""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Literal

from aiosmtpd.controller import Controller

Mode = Literal["accept", "refuse", "drop"]


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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_smtp_server() -> Iterator[SmtpServer]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, handler)
    finally:
        controller.stop()
