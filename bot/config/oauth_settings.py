"""The `oauth` table of an IMAP account or of SMTP: XOAUTH2 with a refresh token.

The refresh token is not in the configuration: `meetbot auth PROVIDER ACCOUNT` signs in
once and keeps it in a file readable by its owner only, by default
``data_dir/secrets/ACCOUNT.refresh_token``. Google and Microsoft have their endpoints
filled in; a "custom" provider (or a test's stand-in) names its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

# The name `meetbot auth` and the secret file use for the SMTP login.
SMTP_ACCOUNT = "smtp"

Provider = Literal["google", "microsoft", "custom"]

# (token endpoint, device authorization endpoint, scopes for IMAP and SMTP)
PROVIDER_ENDPOINTS: dict[str, tuple[str, str, str]] = {
    "google": (
        "https://oauth2.googleapis.com/token",
        "https://oauth2.googleapis.com/device/code",
        "https://mail.google.com/",
    ),
    "microsoft": (
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
        "offline_access https://outlook.office.com/IMAP.AccessAsUser.All "
        "https://outlook.office.com/SMTP.Send",
    ),
}


class OAuthSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: Provider
    client_id: str = Field(min_length=1)
    client_secret: SecretStr | None = Field(
        default=None, description="Google's installed-app clients have one; Microsoft's do not."
    )
    token_url: str | None = Field(default=None, description="Default: the provider's.")
    device_authorization_url: str | None = Field(
        default=None, description="RFC 8628 device endpoint; default: the provider's."
    )
    scope: str | None = Field(default=None, description="Default: IMAP and SMTP for the provider.")
    refresh_token_file: Path | None = Field(
        default=None, description="Default: data_dir/secrets/<account>.refresh_token."
    )

    @model_validator(mode="after")
    def _custom_names_its_endpoints(self) -> OAuthSettings:
        if self.provider == "custom" and (
            self.token_url is None or self.device_authorization_url is None
        ):
            raise ValueError("provider 'custom' needs token_url and device_authorization_url")
        return self

    def endpoints(self) -> tuple[str, str, str]:
        """(token URL, device authorization URL, scope), the provider's where unset."""
        token, device, scope = PROVIDER_ENDPOINTS.get(self.provider, ("", "", ""))
        return (
            self.token_url or token,
            self.device_authorization_url or device,
            self.scope if self.scope is not None else scope,
        )


def default_refresh_token_file(data_dir: Path, account: str) -> Path:
    return data_dir / "secrets" / f"{account}.refresh_token"
