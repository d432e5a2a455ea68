"""The th-mol trust preset on the seeds' own organisers (issue 18, item 2).

The corpus keeps the organisers on placeholder domains; here they are put back on
their real ones (institutions, not persons), with our server's Authentication-Results.
"""

import asyncio
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.settings import Settings, TrustSettings
from bot.reading.mime import read_message
from bot.store.tables import MeetingRow, PendingChangeRow
from bot.understanding.record import Extracted, MeetingRecord
from bot.understanding.trust import assess
from tests.config_env import isolate
from tests.corpus_paths import CORPUS

TEMPLATES = Path(__file__).parents[2] / "templates" / "memo"
REAL_DOMAINS = {b"asean.example.org": b"asean.org", b"mohr.example.org": b"mohr.gov.my"}
# The ASEAN Secretariat's invitation with its follow-up, which carries the go.gov.sg
# registration link.
SEEDS = [("01-slomwg-invitation.eml", "02-slomwg-followup.eml")]
# The organisations the seeds' mail comes from (gov and ASEAN domains).
SEED_SENDER_DOMAINS = [
    "asean.org", "mom.gov.sg", "mohr.gov.my", "hrdcorp.gov.my", "kemnaker.go.id",
    "dole.gov.ph", "dmw.gov.ph", "mlvt.gov.kh", "buruh.gov.bn", "doe.go.th", "mol.go.th",
]  # fmt: skip
MX = "mx.doe.example.org"
URL = "https://go.gov.sg/18thslom-wgmeeting"


def on_real_domains(names: tuple[str, ...], *, authenticated: bool = True) -> list[bytes]:
    return [_real(name, authenticated=authenticated) for name in names]


def _real(name: str, *, authenticated: bool) -> bytes:
    raw = (CORPUS / name).read_bytes()
    for placeholder, real in REAL_DOMAINS.items():
        raw = raw.replace(placeholder, real)
    if not authenticated:  # the header our server writes, and its folded lines, removed
        raw = re.sub(rb"\AAuthentication-Results:.*?\r?\n(?=\S)", b"", raw, flags=re.S)
    return raw


def imported(tmp_path: Path, raws: list[bytes], preset: str = "th-mol") -> tuple[bool, str]:
    """Whether the meeting is held for approval, and its record as JSON text."""
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'data_dir = "{tmp_path}/var"\n[sources.maildir]\nenabled = false\n'
        f'[memo]\ntemplate_dir = "{TEMPLATES}"\npdf = false\n'
        f'[trust]\npreset = "{preset}"\ntrusted_authserv_ids = ["mx.doe.example.org"]\n'
    )
    daemon = App.open(Settings.load(config, secret_dirs=[]))
    try:
        for number, raw in enumerate(raws):
            mail = tmp_path / f"mail{number}.eml"
            mail.write_bytes(raw)
            asyncio.run(daemon.import_path(mail))
        with daemon.db.session() as session:
            [row] = session.scalars(select(MeetingRow))
            kept_apart = session.scalars(select(PendingChangeRow)).first() is not None
            # Held: the meeting waits for approval, or a change to it does.
            held, record = not row.approved or kept_apart, json.dumps(row.record)
    finally:
        daemon.close()
    return held, record


@pytest.mark.parametrize("domain", SEED_SENDER_DOMAINS)
def test_the_seeds_senders_are_organisers_under_the_preset(domain):
    settings = TrustSettings(trusted_authserv_ids=[MX])
    assert settings.preset == "th-mol", "the preset is the default"
    doc = read_message(
        f"Authentication-Results: {MX}; dkim=pass header.d={domain}\r\n"
        f"From: Secretariat <secretariat@{domain}>\r\nSubject: Invitation\r\n\r\n"
        f"Registration: {URL}\r\n".encode()
    )
    record = MeetingRecord(registration_url=Extracted(URL, source=f"Registration: {URL}"))
    assert assess(doc, record, settings).reasons == ()
    other = TrustSettings(trusted_authserv_ids=[MX], preset="none")
    assert assess(doc, record, other).needs_approval


@pytest.fixture
def folder(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    return tmp_path


@pytest.mark.parametrize("seed", SEEDS)
def test_the_seeds_organisers_and_registration_links_do_not_hold_a_meeting(folder, seed):
    held, record = imported(folder, on_real_domains(seed))
    assert not held
    if seed == SEEDS[0]:
        assert "https://go.gov.sg/" in record, "the registration link is a government short link"


@pytest.mark.parametrize("seed", SEEDS)
def test_without_the_preset_the_same_mail_is_held(folder, seed):
    assert imported(folder, on_real_domains(seed), preset="none")[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_forged_mail_from_a_preset_domain_without_authentication_is_held(folder, seed):
    forged = on_real_domains(seed, authenticated=False)
    assert all(not raw.startswith(b"Authentication-Results") for raw in forged)
    assert imported(folder, forged)[0]
