"""A real Dovecot IMAP server on 127.0.0.1 for tests: temporary config, users and mail.

Runs Debian's /usr/sbin/dovecot in the foreground with a config of its own (nothing
under /etc is read or changed). As root, the server's helper processes run as the
package's `dovecot` and `dovenull` users; otherwise everything runs as the caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.servers.ports import free_port

DOVECOT = Path("/usr/sbin/dovecot")


@dataclass(frozen=True)
class Tls:
    cert: Path
    key: Path
    ca_file: Path  # the self-signed certificate itself: what a client trusts


def make_self_signed(directory: Path, host: str = "localhost") -> Tls:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / "cert.pem"
    key_path = directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Tls(cert_path, key_path, cert_path)


class Dovecot:
    """One Dovecot instance. `start()`, `stop()`, `restart()`.

    Any user name logs in with `PASSWORD` and gets a mailbox of its own: tests take a
    fresh name instead of adding users (a passwd-file edited while the server runs is
    reread at most once a second, which makes logins flaky).
    """

    PASSWORD = "test-secret"

    def __init__(
        self, *, tls: bool = False, idle: bool = True, checkpassword: Path | None = None
    ) -> None:
        if not DOVECOT.exists():
            raise RuntimeError(f"{DOVECOT} is missing: apt-get install dovecot-imapd")
        # Not pytest's tmp_path: that is mode 0700, which dovecot's own users cannot enter.
        self.root = Path(tempfile.mkdtemp(prefix="meetbot-dovecot-"))
        self.root.chmod(0o755)
        self.host = "127.0.0.1"
        self.port = free_port()  # plain IMAP, STARTTLS when `tls`
        self.tls_port = free_port()  # implicit TLS when `tls`
        self.tls = make_self_signed(self.root) if tls else None
        if self.tls is not None:
            os.chmod(self.tls.key, 0o644)  # read by dovecot's config process
        self.idle = idle
        # A script deciding each login (Dovecot's checkpassword protocol) instead of PASSWORD.
        self.checkpassword = checkpassword
        self._process: subprocess.Popen[bytes] | None = None
        running_as_root = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        self._internal_user = "dovecot" if running_as_root else me
        self._login_user = "dovenull" if running_as_root else me
        mail_owner = pwd.getpwnam(self._internal_user)
        self._uid, self._gid = mail_owner.pw_uid, mail_owner.pw_gid
        self.mail_root = self.root / "mail"
        self.mail_root.mkdir()
        os.chown(self.mail_root, self._uid, self._gid)
        self._write_config()

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def maildir(self, user: str) -> Path:
        return self.mail_root / user / "Maildir"

    def _write_config(self) -> None:
        ssl = "no"
        if self.tls is not None:
            ssl = f"yes\nssl_cert = <{self.tls.cert}\nssl_key = <{self.tls.key}"
        passdb = f"driver = static\n  args = password={self.PASSWORD}"
        if self.checkpassword is not None:
            passdb = f"driver = checkpassword\n  args = {self.checkpassword}"
        capability = ""
        if not self.idle:
            capability = "imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE"
        (self.root / "dovecot.conf").write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
protocols = imap
listen = {self.host}
default_internal_user = {self._internal_user}
default_internal_group = {pwd.getpwnam(self._internal_user).pw_name}
default_login_user = {self._login_user}
first_valid_uid = {self._uid}
first_valid_gid = {self._gid}
ssl = {ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
imap_idle_notify_interval = 1 secs
{capability}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.tls_port if self.tls is not None else 0}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
passdb {{
  {passdb}
}}
userdb {{
  driver = static
  args = uid={self._uid} gid={self._gid} home={self.mail_root}/%u
}}
"""
        )

    def start(self) -> None:
        self._process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so stop() ends every child
        )
        # Only keeps a broken start from hanging the test: the loop ends as Dovecot listens.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode() if self._process.stderr else ""
                raise RuntimeError(f"dovecot exited: {err}\n{self.log}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=0.2),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}\n{self.log}")

    def stop(self) -> None:
        """Stop the server and every session process, as `systemctl restart` does."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGTERM)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        # Session processes (imap) can outlive the master by a moment.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGKILL)
        if self._process.stderr:
            self._process.stderr.close()
        self._process = None
        # The listener may linger for a moment after the master exits.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.2).close()
            except OSError:
                return
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
