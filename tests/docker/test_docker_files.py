"""docker/ checked without a Docker engine: parsed here, linted by hadolint, and
resolved by the real `docker compose` binary (`config` needs no engine)."""

import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"
DOCKERFILE = DOCKER / "Dockerfile"
COMPOSE = DOCKER / "compose.yaml"


def instructions():
    """(instruction, arguments) per Dockerfile line, continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    lines = [line.strip() for line in text.splitlines()]
    return [tuple(line.split(None, 1)) for line in lines if line and not line.startswith("#")]


def final_stage():
    steps = instructions()
    last_from = max(i for i, (name, _) in enumerate(steps) if name == "FROM")
    return steps[last_from:]


def image_release() -> str:
    """The Debian release the runtime stage's tag names (python:3.11-slim-bookworm)."""
    return final_stage()[0][1].rsplit("-", 1)[1]


def test_runtime_image_is_slim_python_311_on_a_named_debian_release():
    # A tag without the release follows Debian's newest, which the package check below
    # could not keep up with.
    assert final_stage()[0] == ("FROM", "python:3.11-slim-bookworm")
    assert image_release() == "bookworm"


def test_runtime_user_is_not_root():
    users = [args for name, args in final_stage() if name == "USER"]
    assert users, "the runtime stage must set USER"
    user = users[-1].split(":")[0]
    assert user.isdigit()
    assert int(user) != 0
    steps = [name for name, _ in final_stage()]
    assert steps.index("USER") < steps.index("CMD")


def test_healthcheck_runs_meetbot_status():
    (check,) = [args for name, args in final_stage() if name == "HEALTHCHECK"]
    assert check.endswith('CMD ["meetbot", "status"]')


def test_thai_fonts_are_installed():
    assert any("fonts-thai-tlwg" in args for name, args in final_stage() if name == "RUN")


def test_every_copied_path_exists_and_is_sent_to_the_builder():
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().splitlines()
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    copied = [
        args.split()[:-1]
        for name, args in instructions()
        if name == "COPY" and not args.startswith("--from")
    ]
    sources = [source for group in copied for source in group]
    assert sources
    for source in sources:
        assert (ROOT / source).exists(), source
        assert any(source == a or source.startswith(a + "/") for a in allowed), source


def test_dotenv_and_secrets_never_reach_the_builder():
    text = (DOCKER / "Dockerfile.dockerignore").read_text()
    ignore = [line.strip() for line in text.splitlines()]
    assert "*" in ignore  # everything is left out unless named
    assert not any(line.startswith("!") and ("env" in line or "secret" in line) for line in ignore)


def test_compose_runs_meetbot_with_a_data_volume_and_optional_postgres():
    compose = yaml.safe_load(COMPOSE.read_text())
    meetbot, postgres = compose["services"]["meetbot"], compose["services"]["postgres"]
    assert (ROOT / meetbot["build"]["dockerfile"]).resolve() == DOCKERFILE
    assert (DOCKER / meetbot["build"]["context"]).resolve() == ROOT
    volume_line = [v for v in meetbot["volumes"] if v.endswith(":/srv/meetbot/var")]
    assert volume_line == ["meetbot-data:/srv/meetbot/var"]
    assert "meetbot-data" in compose["volumes"]
    assert '"/srv/meetbot/var"' in DOCKERFILE.read_text()  # the image's VOLUME
    assert "profiles" not in meetbot
    assert postgres["profiles"] == ["postgres"]
    assert meetbot["depends_on"]["postgres"]["required"] is False
    for volume in meetbot["volumes"]:
        source = volume.split(":")[0]
        if source.startswith("../"):
            assert (DOCKER / source).exists(), source


def test_compose_default_store_is_sqlite_in_the_volume():
    compose = yaml.safe_load(COMPOSE.read_text())
    url = compose["services"]["meetbot"]["environment"]["MEETBOT_STORE__URL"]
    assert url == "${MEETBOT_STORE__URL:-sqlite:////srv/meetbot/var/meetbot.db}"


def _tool(name):
    search = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    found = shutil.which(name, path=search)
    if found is None:
        reason = f"{name} not installed (pip install '.[dev]' brings it on x86-64 Linux)"
        on_ci_machine = platform.system() == "Linux" and platform.machine() == "x86_64"
        if os.environ.get("CI") and on_ci_machine:
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def test_hadolint_finds_nothing():
    result = subprocess.run(
        [_tool("hadolint"), str(DOCKERFILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("profile", [[], ["--profile", "postgres"]])
def test_docker_compose_accepts_the_file(profile, tmp_path):
    command = [_tool("docker-compose"), "-f", str(COMPOSE), *profile, "config", "--services"]
    # No Docker engine is needed for `config`; a clean HOME keeps any local setup out.
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stderr
    expected = {"meetbot", "postgres"} if profile else {"meetbot"}
    assert set(result.stdout.split()) == expected


# --- production needs (issue 18, item 6) -------------------------------------------------

UNIT = ROOT / "deploy" / "meetbot.service"


def apt_packages():
    """The Debian packages the runtime stage installs (build arguments left out)."""
    names = []
    for name, args in final_stage():
        if name == "RUN" and "apt-get install" in args:
            words = args.split("apt-get install", 1)[1].split("&&")[0].split()
            names += [w for w in words if not w.startswith(("-", "$"))]
    return names


def test_production_memo_and_ocr_tools_are_installed():
    packages = apt_packages()
    # poppler-utils: pdftoppm and pdfimages, without which no scanned page is read.
    for needed in (
        "libreoffice-writer-nogui",
        "fonts-thai-tlwg",
        "tesseract-ocr-tha",
        "poppler-utils",
    ):
        assert needed in packages


def test_every_debian_package_named_exists():
    apt_cache = shutil.which("apt-cache")
    if apt_cache is None:
        pytest.skip("apt-cache not installed: not a Debian machine")
    release = (
        dict(
            line.split("=", 1)
            for line in Path("/etc/os-release").read_text().splitlines()
            if "=" in line
        )
        .get("VERSION_CODENAME", "")
        .strip('"')
    )
    if release != image_release():
        pytest.skip(f"this machine is Debian {release}, the image {image_release()}")
    packages = apt_packages()
    assert len(packages) >= 5
    result = subprocess.run(
        [apt_cache, "show", "--no-all-versions", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.findall(r"^Package: (\S+)$", result.stdout, flags=re.M)
    if not found and not os.environ.get("CI"):
        pytest.skip("apt-cache knows no packages yet: run apt-get update")
    assert sorted(set(found)) == sorted(packages), result.stderr


def test_the_data_volume_is_the_data_dir():
    env = " ".join(args for name, args in final_stage() if name == "ENV")
    assert "MEETBOT_DATA_DIR=/srv/meetbot/var" in env


def test_the_systemd_unit_is_valid_and_runs_meetbot_as_its_own_user(tmp_path):
    text = UNIT.read_text()
    assert "User=meetbot" in text
    assert "ExecStart=/opt/meetbot/bin/meetbot run --config /etc/meetbot/meetbot.toml" in text
    assert "StateDirectory=meetbot" in text
    assert "Environment=MEETBOT_DATA_DIR=/var/lib/meetbot" in text
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    # The unit as installed, with the commands where this checkout's venv has them.
    meetbot = Path(sys.executable).parent / "meetbot"
    unit = tmp_path / "meetbot.service"
    unit.write_text(text.replace("/opt/meetbot/bin/meetbot", str(meetbot)))
    result = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_templates_reach_the_image_inside_the_wheel_not_the_working_folder():
    """bot/templates links to templates/: the builder needs both to put the templates in
    the wheel; the runtime copies none, so meetbot cannot depend on its working folder."""
    assert (ROOT / "bot" / "templates").is_symlink()
    steps = instructions()
    last_from = max(i for i, (name, _) in enumerate(steps) if name == "FROM")
    build_copies = [args for name, args in steps[:last_from] if name == "COPY"]
    runtime_copies = [args for name, args in steps[last_from:] if name == "COPY"]
    assert "templates ./templates" in build_copies
    assert not [args for args in runtime_copies if "templates" in args]
