"""Every setting of the tip line, read from environment variables (and an optional `.env`).

The README's settings table lists each one. In production the service refuses to start with a
missing or placeholder secret.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "dev", "development", "replace-me", "replace_me",
                       "replaceme", "todo", "xxx"}
DEV_SECRET = "change-me"


# unset, HELP says what the line is in the person's language ("Aqui é the tip line…" was sent)
DEFAULT_HOTLINE_NAME = "the tip line"

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    tipline_env: Literal["development", "production"] = "development"
    tipline_secret_key: str = DEV_SECRET
    tipline_encryption_keys: str = ""
    tipline_data_dir: Path = PROJECT_ROOT / "data"
    tipline_hotline_name: str = DEFAULT_HOTLINE_NAME
    tipline_hotline_phone: str = ""
    tipline_log_level: str = "INFO"
    tipline_quick_exit_url: str = "https://www.google.com/search?q=weather+today"

    twilio_auth_token: str = ""
    twilio_account_sid: str = ""
    twilio_from_number: str = ""
    twilio_api_base_url: str = ""

    public_base_url: str = "http://127.0.0.1:8000"
    redis_url: str = ""
    database_url: str = ""

    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = ""
    rasa_timeout_seconds: float = 10.0
    action_server_url: str = "http://127.0.0.1:5055/webhook"

    tipline_metrics_token: str = ""
    tipline_hours: str = ""
    tipline_timezone: str = "America/New_York"
    tipline_claim_timeout_seconds: int = Field(default=120, ge=10)
    tipline_sender_limit_per_minute: int = Field(default=20, ge=0)
    tipline_line_limit_per_second: int = Field(default=150, ge=0)  # all senders together, every gateway
    tipline_retry_after_seconds: int = Field(default=45, ge=1)
    tipline_watchdog_seconds: float = Field(default=10.0, ge=0.5)  # how often each gateway does its duties
    tipline_stale_processing_seconds: int = Field(default=60, ge=15)  # then a crashed process's message is retried
    tipline_bot_give_up_seconds: int = Field(default=120, ge=10)
    tipline_retention_days: int = Field(default=90, ge=1, le=3650)  # transcripts and Rasa trackers
    tipline_worker_threads: int = Field(default=200, ge=8, le=2000)
    staff_token_minutes: int = Field(default=480, ge=5)
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.tipline_env == "production":
            problems = []
            if self.tipline_secret_key.strip().lower() in PLACEHOLDER_SECRETS or len(self.tipline_secret_key) < 32:
                problems.append("TIPLINE_SECRET_KEY must be a random value of at least 32 characters")
            if not self.tipline_encryption_keys.strip():
                problems.append("TIPLINE_ENCRYPTION_KEYS must hold at least one Fernet key")
            if not self.twilio_auth_token.strip() or self.twilio_auth_token.strip().lower() in PLACEHOLDER_SECRETS:
                problems.append("TWILIO_AUTH_TOKEN must be set")
            if not self.rasa_token.strip() or self.rasa_token.strip().lower() in PLACEHOLDER_SECRETS:
                problems.append("RASA_TOKEN must be set")
            if problems:
                raise ValueError("refusing to start in production: " + "; ".join(problems))
        self.public_base_url = self.public_base_url.rstrip("/")
        from webhooks.hours import Hours

        Hours(self.tipline_hours, self.tipline_timezone)  # refuse unreadable hours at start-up
        return self

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            url = self.database_url
            # Plain postgresql:// URLs mean psycopg 3, the driver this project installs.
            if url.startswith("postgres://"):
                url = "postgresql://" + url[len("postgres://"):]
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://"):]
            return url
        return f"sqlite:///{self.tipline_data_dir / 'tipline.db'}"

    @property
    def effective_rasa_token(self) -> str:
        """The token Rasa's HTTP API is started with; derived from the secret in development."""
        if self.rasa_token:
            return self.rasa_token
        from webhooks.crypto import derive_key

        return derive_key(self.tipline_secret_key, "rasa-api-token").hex()


@lru_cache
def get_settings() -> Settings:
    return Settings()
