"""The workspace in the container: the image's environment makes the daemon's own server
listen on every interface (127.0.0.1 inside a container reaches nothing outside it), and
every page but the feeds still asks for a login."""

import asyncio
import re
from pathlib import Path

import httpx

from bot.app import App
from bot.config.settings import Settings
from bot.web import app as web
from tests.config_env import isolate
from tests.docker.test_docker_files import final_stage
from tests.servers.ports import free_port


def image_environment() -> dict[str, str]:
    text = " ".join(args for name, args in final_stage() if name == "ENV")
    return dict(re.findall(r"(\w+)=(\S+)", text))


def test_the_image_listens_on_every_interface_and_still_asks_for_a_login(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    environment = image_environment()
    assert environment["MEETBOT_WEB__HOST"] == "0.0.0.0"
    assert "EXPOSE 8470" in [" ".join(step) for step in final_stage()]
    monkeypatch.setenv("MEETBOT_WEB__HOST", environment["MEETBOT_WEB__HOST"])
    port = free_port()
    monkeypatch.setenv("MEETBOT_WEB__PORT", str(port))
    monkeypatch.setenv("MEETBOT_DATA_DIR", str(tmp_path / "var"))
    settings = Settings.load(None, secret_dirs=[])
    assert settings.web.host == "0.0.0.0"
    daemon = App.open(settings)
    listening: list[str] = []
    answers: list[httpx.Response] = []

    async def serve_and_ask() -> None:
        stop = asyncio.Event()
        serving = asyncio.create_task(web.serve(daemon, stop))
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(200):
                try:
                    answers.append(await client.get("/meetings"))
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
            answers.append(await client.get("/login"))
        listening.extend(_listening_addresses(port))
        stop.set()
        await serving

    try:
        asyncio.run(serve_and_ask())
    finally:
        daemon.close()
    meetings, login = answers
    assert meetings.status_code in (302, 303)
    assert meetings.headers["location"].startswith("/login")
    assert login.status_code == 200
    assert listening == ["0.0.0.0"]


def _listening_addresses(port: int) -> list[str]:
    """The local addresses of the TCP sockets listening on `port` (from /proc/net/tcp)."""
    found = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, _remote, state = line.split()[1:4]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":  # LISTEN
            found.append(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return found
