from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.servers import fresh_postgres_database
from tests.support.twilio import new_phone
from webhooks.crypto import Encryptor, new_fernet_key
from webhooks.db import Database

pytest_plugins = ["tests.support.system"]


@pytest.fixture
def phone() -> str:
    """A phone number no other test uses."""
    return new_phone()


@pytest.fixture(scope="session")
def postgres_url():
    with fresh_postgres_database() as url:
        yield url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> Database:
    """A migrated, empty database on each backend the project supports."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'tipline.db'}")
    else:
        db = Database(request.getfixturevalue("postgres_url"))
        from webhooks.db import Base

        Base.metadata.drop_all(db.engine)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    db.migrate()
    yield db
    db.dispose()


@pytest.fixture
def encryptor() -> Encryptor:
    return Encryptor([new_fernet_key()])
