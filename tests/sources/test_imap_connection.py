"""The IMAP adapter on its own: TLS with certificate checks, STARTTLS, XOAUTH2, refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.config.settings import TlsMode
from bot.errors import SourceError
from bot.sources.imap import ImapConnection
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import account, append, message

pytestmark = pytest.mark.dovecot


@pytest.fixture(scope="module")
def tls_dovecot() -> Iterator[Dovecot]:
    server = Dovecot(tls=True)
    server.start()
    yield server
    server.close()


def connect(acct) -> ImapConnection:
    connection = ImapConnection(acct, timeout=5)
    connection.connect()
    return connection


@pytest.mark.parametrize("mode", [TlsMode.IMPLICIT, TlsMode.STARTTLS])
def test_tls_with_the_servers_certificate_trusted(tls_dovecot, user, mode):
    assert tls_dovecot.tls is not None
    port = tls_dovecot.tls_port if mode is TlsMode.IMPLICIT else tls_dovecot.port
    acct = account(
        tls_dovecot, user.name, user.password,
        host="localhost", port=port, tls=mode, ca_file=tls_dovecot.tls.ca_file,
    )  # fmt: skip
    connection = connect(acct)
    try:
        assert connection.select("INBOX").exists == 0
    finally:
        connection.close()


@pytest.mark.parametrize("mode", [TlsMode.IMPLICIT, TlsMode.STARTTLS])
def test_an_untrusted_certificate_is_refused_by_default(tls_dovecot, user, mode):
    port = tls_dovecot.tls_port if mode is TlsMode.IMPLICIT else tls_dovecot.port
    acct = account(tls_dovecot, user.name, user.password, host="localhost", port=port, tls=mode)
    with pytest.raises(SourceError, match="certificate"):
        connect(acct)


def test_xoauth2_login(dovecot, user):
    # The test server checks the bearer token like a password.
    acct = account(dovecot, user.name, None, oauth2_token=user.password)
    append(dovecot, user.name, user.password, message())
    connection = connect(acct)
    try:
        state = connection.select("INBOX")
        assert connection.uids_after(0) == [1]
        assert b"Message-ID" in connection.fetch_raw([1])[1]
        assert state.uidnext == 2
    finally:
        connection.close()


def test_a_refused_login_says_so_without_the_password(dovecot, user):
    acct = account(dovecot, user.name, "wrong-password-1234")
    with pytest.raises(SourceError, match="login refused") as info:
        connect(acct)
    assert "wrong-password-1234" not in str(info.value)
