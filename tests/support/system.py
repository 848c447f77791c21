"""The whole system, as `tipline up` starts it: a real Rasa server with the model trained from this
repo (cached by a hash of its inputs), the real action server and the gateway, on the machine's
real PostgreSQL (a fresh database) and Redis (a test-only db)."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.recorder import TwilioRecorder
from tests.support.servers import flush_test_redis, fresh_postgres_database, redis_url_for_tests
from tests.support.twilio import post_signed_sms, sms_params
from webhooks.crypto import new_fernet_key
from webhooks.db import Database
from webhooks.settings import PROJECT_ROOT, Settings
from webhooks.stack import model
from webhooks.stack.processes import Ports, Stack
from webhooks.stack.redis_server import free_port

PUBLIC_BASE_URL = "https://tips.example.org"


@dataclass
class RunningSystem:
    base_url: str
    settings: Settings
    env: dict[str, str]
    stack: Stack
    log_file: Path
    http: httpx.Client
    twilio: TwilioRecorder

    def sms(self, sender: str, body: str, **kw) -> httpx.Response:
        return post_signed_sms(self.http, PUBLIC_BASE_URL, self.settings.twilio_auth_token,
                               sms_params(sender, body, **kw))

    def tipline(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([str(Path(sys.executable).parent / "tipline"), *args], input=stdin, text=True,
                              capture_output=True, env=self.env, cwd=PROJECT_ROOT, timeout=60)

    def staff_token(self, role: str = "supervisor") -> str:
        name, password = f"{role}-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
        added = self.tipline("staff", "add", name, "--role", role, stdin=password + "\n")
        assert added.returncode == 0, added.stderr
        resp = self.http.post("/api/auth/token", data={"username": name, "password": password})
        assert resp.status_code == 200, resp.text
        return resp.json()["access_token"]

HOTLINE_PHONE = "1-888-555-0100"


@pytest.fixture(scope="session")
def system(tmp_path_factory) -> RunningSystem:
    run_dir = tmp_path_factory.mktemp("system")
    with fresh_postgres_database() as database_url, TwilioRecorder() as twilio:
        redis_url = redis_url_for_tests()
        flush_test_redis(redis_url)
        env = {
            "TIPLINE_ENV": "development",
            "TIPLINE_SECRET_KEY": secrets.token_urlsafe(32),
            "TIPLINE_ENCRYPTION_KEYS": new_fernet_key(),
            "TIPLINE_DATA_DIR": str(run_dir / "data"),
            "TIPLINE_HOTLINE_NAME": "the Test Tip Line",
            "TIPLINE_HOTLINE_PHONE": HOTLINE_PHONE,
            "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_FROM_NUMBER": "+15550001111",
            "TWILIO_API_BASE_URL": twilio.url,
            "TIPLINE_CLAIM_TIMEOUT_SECONDS": "3600",
            "TIPLINE_RETRY_AFTER_SECONDS": "20",
            "TIPLINE_SENDER_LIMIT_PER_MINUTE": "25",
            "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
        }
        ports = Ports(gateways=(free_port(),), rasas=(free_port(),), actions=free_port())
        # Quick Exit must land somewhere neutral; the tests cannot reach the internet, so it is this.
        env["TIPLINE_QUICK_EXIT_URL"] = f"http://127.0.0.1:{ports.gateway}/healthz"
        os.environ.update(env)  # for the settings below and anything the tests run
        settings = Settings()
        db = Database(settings.effective_database_url)
        db.migrate()
        db.dispose()
        log_file = run_dir / "system.log"
        stack = Stack(settings, ports=ports, run_dir=run_dir, extra_env=env, log_file=log_file)
        stack.start(model.ensure_trained())
        try:
            stack.wait_ready(timeout=300)
            base_url = f"http://127.0.0.1:{ports.gateway}"
            with httpx.Client(base_url=base_url, timeout=30) as http:
                yield RunningSystem(base_url, settings, stack.env, stack, log_file, http, twilio)
        finally:
            stack.stop()
