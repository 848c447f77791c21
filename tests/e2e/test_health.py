"""Probes against real Redis and a real database, with Rasa down."""
from __future__ import annotations

from fastapi.testclient import TestClient

from tests.support.servers import redis_url_for_tests
from webhooks.app import create_app
from webhooks.settings import Settings
from webhooks.stack.redis_server import free_port


def test_with_rasa_down_the_gateway_is_not_fully_ready_but_still_takes_messages(tmp_path):
    settings = Settings(tipline_data_dir=tmp_path, database_url="", redis_url=redis_url_for_tests(),
                        rasa_url=f"http://127.0.0.1:{free_port()}")
    app = create_app(settings)
    with TestClient(app) as client:
        app.state.services.db.migrate()
        assert client.get("/healthz").json() == {"status": "ok"}
        full = client.get("/readyz")
        assert full.status_code == 503
        assert full.json()["checks"] == {"database": True, "redis": True, "rasa": False}
        intake = client.get("/readyz", params={"scope": "intake"})
        assert intake.status_code == 200 and intake.json()["checks"] == {"database": True}
