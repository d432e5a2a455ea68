"""Where settings come from, and how the layers are merged.

pydantic-settings merges its sources itself, but two things need a hand:

* An environment variable must be able to reach one item of a list read from the
  file: ``MEETBOT_SOURCES__IMAP__0__PASSWORD`` sets the password of the first
  ``[[sources.imap]]`` account without repeating the whole account list in JSON.
  pydantic-settings turns that variable into ``{"0": {"password": ...}}`` and would
  let it replace the list; `merge_layers` patches item 0 instead.
* A ``.env`` file is often shared with other tools (docker compose reads it too), so
  its lines without the ``MEETBOT_`` prefix are not ours and are left alone.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource
from pydantic_settings.sources import NestedSecretsSettingsSource

from bot.errors import ConfigError

# Docker and Podman mount secrets here; systemd's LoadCredential= names its folder in
# $CREDENTIALS_DIRECTORY.
DOCKER_SECRETS_DIR = Path("/run/secrets")


def default_secret_dirs() -> list[Path]:
    """The folders whose files may hold secrets, e.g. ``meetbot_smtp__password``."""
    dirs = [DOCKER_SECRETS_DIR]
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials:
        dirs.append(Path(credentials))
    return dirs


def read_toml(path: Path) -> dict[str, Any]:
    """The file's table. Raises OSError (missing, unreadable) or tomllib.TOMLDecodeError."""
    with path.open("rb") as handle:
        return tomllib.load(handle)


def secret_files_source(
    file_secret_settings: PydanticBaseSettingsSource, dirs: Sequence[Path]
) -> PydanticBaseSettingsSource:
    """Files named like the environment variable, lower or upper case, one value each."""
    # The nested variant reads ``meetbot_smtp__password``; the plain one only top-level names.
    return NestedSecretsSettingsSource(
        file_secret_settings,
        secrets_dir=[d for d in dirs if d.is_dir()],
        secrets_dir_missing="ok",
    )


class LayeredSource(PydanticBaseSettingsSource):
    """All layers as one source: `layers` highest first, over the file's `file_values`."""

    def __init__(
        self,
        settings_cls: type[BaseSettings],
        layers: Sequence[PydanticBaseSettingsSource],
        file_values: dict[str, Any],
        dotenv: PydanticBaseSettingsSource,
    ) -> None:
        super().__init__(settings_cls)
        self._layers = layers
        self._file_values = file_values
        self._dotenv = dotenv

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        # Unused: __call__ builds the whole mapping at once.
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        merged: dict[str, Any] = dict(self._file_values)
        for layer in reversed(self._layers):
            values = layer()
            if layer is self._dotenv:
                values = self._own_dotenv_values(values)
            merged = merge_layers(merged, values, path=())
        return merged

    def _own_dotenv_values(self, values: dict[str, Any]) -> dict[str, Any]:
        prefix = str(self.config.get("env_prefix", "")).lower()
        fields = self.settings_cls.model_fields
        # Unknown MEETBOT_ names stay, so a misspelt one is reported, not ignored.
        return {k: v for k, v in values.items() if k in fields or k.lower().startswith(prefix)}


def merge_layers(lower: Any, higher: Any, *, path: tuple[str, ...]) -> Any:
    """`higher` over `lower`: tables merge key by key, ``{"0": ...}`` patches list item 0."""
    if isinstance(lower, dict) and isinstance(higher, dict):
        merged = dict(lower)
        for key, value in higher.items():
            merged[key] = (
                merge_layers(lower[key], value, path=(*path, key)) if key in lower else value
            )
        return merged
    if isinstance(lower, list) and isinstance(higher, dict) and _is_index_patch(higher):
        patched = list(lower)
        for index, value in higher.items():
            position = int(index)
            if position >= len(patched):
                key = ".".join(path)
                raise ConfigError(
                    [
                        f"{key}.{index}: the configuration file has {len(patched)} "
                        f"item(s) in {key}, numbered from 0"
                    ]
                )
            patched[position] = merge_layers(patched[position], value, path=(*path, index))
        return patched
    return higher


def _is_index_patch(value: dict[Any, Any]) -> bool:
    return bool(value) and all(isinstance(k, str) and k.isdigit() for k in value)
