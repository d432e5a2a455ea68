"""A TCP relay on 127.0.0.1 that tests put between the daemon and a real server.

It forwards bytes both ways until told otherwise, then plays a failing network or a
hung server without closing anything:

- `stall()`: nothing moves either way and new connections get no greeting, as when a
  server process hangs or a NAT forgets the session. With `keepalive`, the relay
  still writes that line to each client between the server's lines, as a server
  whose timer is alive while its command never finishes (Dovecot's "* OK Still
  here" during IDLE): no socket timeout ever fires, only a watchdog can tell. With
  `in_idle`, the stall begins right after the server next tells a client it is idling
  ("+ idling"), as a real server sends keepalives only then; `stalled` is set when it
  has begun.
- `hold_on(pattern)`: the next client command containing `pattern` is not
  forwarded, and the relay stalls (silent) from there: the server never hears it,
  the client waits for an answer. A test can kill the client at that moment.

One thread accepts, one thread per connection moves bytes; `close()` ends them all.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
import time
from types import TracebackType

# How long a connection thread waits for bytes before looking at the relay's state:
# the bound on how late a stall or a close takes effect.
POLL_SECONDS = 0.05


class Relay:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.host = "127.0.0.1"
        self._listener = socket.create_server((self.host, 0))
        self._listener.settimeout(POLL_SECONDS)
        self.port = int(self._listener.getsockname()[1])
        self.connections = 0  # accepted so far
        self.held = threading.Event()  # set when `hold_on` held a command back
        self.stalled = threading.Event()  # set when a stall has begun
        self._stall_in_idle = False
        self._forwarding = threading.Event()
        self._forwarding.set()
        self._keepalive: bytes | None = None
        self._keepalive_every = 0.0
        self._hold_pattern: bytes | None = None
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> Relay:
        self._accepting.start()
        return self

    def stall(
        self, keepalive: bytes | None = None, every: float = 0.2, *, in_idle: bool = False
    ) -> None:
        self.stalled.clear()
        with self._lock:
            self._keepalive, self._keepalive_every = keepalive, every
            self._stall_in_idle = in_idle
        if not in_idle:
            self._begin_stall()

    def resume(self) -> None:
        self._forwarding.set()

    def _begin_stall(self) -> None:
        self._forwarding.clear()
        self.stalled.set()

    def hold_on(self, pattern: bytes) -> None:
        with self._lock:
            self._hold_pattern = pattern
        self.held.clear()

    def close(self) -> None:
        self._closing.set()
        self._forwarding.set()
        self._accepting.join(5)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def __enter__(self) -> Relay:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- threads -----------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self.connections += 1
                self._sockets += [client, server]
            thread = threading.Thread(target=self._pump, args=(client, server), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        link = _Link(client, server)
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, server)
            selector.register(server, selectors.EVENT_READ, client)
            while not self._closing.is_set():
                if self._forwarding.is_set():
                    events = selector.select(POLL_SECONDS)
                    if not all(self._move(key.fileobj, key.data, link) for key, _ in events):
                        break
                elif not self._keep_alive(link):
                    break
        for sock in (client, server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _move(self, source: object, target: socket.socket, link: _Link) -> bool:
        """Forward what `source` has; False when the connection is over."""
        assert isinstance(source, socket.socket)
        try:
            data = source.recv(65536)
        except OSError:
            return False
        if not data:
            return False
        if source is link.client and self._holds(data):
            return True
        if not _send(target, data):
            return False
        if target is link.client:
            link.line_start = data.endswith(b"\n")
            self._stall_if_idling(data)
        return True

    def _stall_if_idling(self, data: bytes) -> None:
        """Begin a stall asked for `in_idle` once the server's continuation ("+ idling")
        has reached the client."""
        with self._lock:
            if not self._stall_in_idle or not any(
                line.startswith(b"+") for line in data.split(b"\r\n")
            ):
                return
            self._stall_in_idle = False
        self._begin_stall()

    def _holds(self, data: bytes) -> bool:
        """Whether `data` is the command to hold back; if so, stall from now on."""
        with self._lock:
            pattern = self._hold_pattern
            if pattern is None or pattern not in data:
                return False
            self._hold_pattern = None
            self._keepalive = None
        self._begin_stall()
        self.held.set()
        return True

    def _keep_alive(self, link: _Link) -> bool:
        """While stalled: the keepalive line when one is due; False when the client left."""
        with self._lock:
            keepalive, every = self._keepalive, self._keepalive_every
        now = time.monotonic()
        if keepalive is not None and link.line_start and now - link.last_keepalive >= every:
            if not _send(link.client, keepalive):
                return False
            link.last_keepalive = now
        self._forwarding.wait(POLL_SECONDS)
        return True


class _Link:
    """One relayed connection and what the relay knows about its stream."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client = client
        self.server = server
        # A keepalive may only go between two of the server's lines, never inside one.
        self.line_start = False
        self.last_keepalive = 0.0


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True
