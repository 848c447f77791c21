import pytest
from pydantic import ValidationError

from webhooks.crypto import new_fernet_key
from webhooks.settings import Settings

GOOD = {
    "tipline_env": "production",
    "tipline_secret_key": "k" * 40,
    "tipline_encryption_keys": new_fernet_key(),
    "twilio_auth_token": "a" * 32,
    "rasa_token": "r" * 32,
}


def test_production_starts_with_real_secrets():
    assert Settings(**GOOD).tipline_env == "production"


@pytest.mark.parametrize("field,value", [
    ("tipline_secret_key", "change-me"),
    ("tipline_secret_key", "short"),
    ("tipline_encryption_keys", ""),
    ("twilio_auth_token", ""),
    ("rasa_token", "secret"),
])
def test_production_refuses_a_missing_or_placeholder_secret(field, value):
    with pytest.raises(ValidationError, match="refusing to start"):
        Settings(**{**GOOD, field: value})


def test_development_has_embedded_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    s = Settings(tipline_env="development", tipline_data_dir=tmp_path, database_url="")
    assert s.effective_database_url == f"sqlite:///{tmp_path / 'tipline.db'}"
    assert Settings(database_url="postgresql://u@h/db").effective_database_url == "postgresql+psycopg://u@h/db"
