"""Property-based fuzzing of every operation in the gateway's own OpenAPI schema (schemathesis), as a
stranger and as a signed-in supervisor: whatever arrives, the answer is never a 5xx.

The gateway here is a real process on the machine's PostgreSQL (a fresh database) and a private Redis;
its Rasa URL points at a port nobody listens on, so messages take the bot-down path (a holding reply)."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.servers import fresh_postgres_database
from tests.support.twilio import new_phone, post_signed_sms, sms_params
from webhooks.crypto import new_fernet_key
from webhooks.db import Database
from webhooks.settings import PROJECT_ROOT, Settings
from webhooks.stack.redis_server import free_port, start_private_redis

pytestmark = pytest.mark.e2e
EXAMPLES = int(os.environ.get("TIPLINE_FUZZ_EXAMPLES", "30"))


@pytest.fixture(scope="module")
def fuzzed_gateway(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("fuzz")
    redis_proc, redis_url = start_private_redis(run_dir / "redis", appendonly=False)
    port = free_port()
    with fresh_postgres_database() as database_url:
        env = dict(os.environ) | {
            "TIPLINE_ENV": "development", "TIPLINE_SECRET_KEY": secrets.token_urlsafe(32),
            "TIPLINE_ENCRYPTION_KEYS": new_fernet_key(), "TIPLINE_DATA_DIR": str(run_dir / "data"),
            "TWILIO_AUTH_TOKEN": secrets.token_hex(16), "PUBLIC_BASE_URL": "https://tips.example.org",
            "DATABASE_URL": database_url, "REDIS_URL": redis_url, "RASA_URL": f"http://127.0.0.1:{free_port()}",
            "RASA_TOKEN": secrets.token_hex(8), "TWILIO_API_BASE_URL": f"http://127.0.0.1:{free_port()}",
            "TIPLINE_LOG_LEVEL": "WARNING"}
        db = Database(Settings(**{k.lower(): v for k, v in env.items() if k.startswith(("TIPLINE", "DATABASE",
                                                                                         "REDIS", "TWILIO"))})
                      .effective_database_url)
        db.migrate()
        db.dispose()
        log = open(run_dir / "gateway.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "webhooks.app:create_app", "--factory",
                                 "--host", "127.0.0.1", "--port", str(port), "--no-access-log"],
                                cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            name, password = f"fuzz-{secrets.token_hex(3)}", secrets.token_urlsafe(16)
            tipline = Path(sys.executable).parent / "tipline"
            added = subprocess.run([str(tipline), "staff", "add", name, "--role", "supervisor"], input=password + "\n",
                                   text=True, capture_output=True, env=env, cwd=PROJECT_ROOT, timeout=60)
            assert added.returncode == 0, added.stderr
            token = httpx.post(base + "/api/auth/token", data={"username": name, "password": password}).json()
            yield base, token["access_token"], env["TWILIO_AUTH_TOKEN"]
        finally:
            proc.terminate()
            proc.wait(timeout=20)
            log.close()
            redis_proc.terminate()
            redis_proc.wait()


@pytest.fixture(scope="module")
def api_schema(fuzzed_gateway):
    base, _, _ = fuzzed_gateway
    return schemathesis.openapi.from_url(base + "/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@schema.parametrize()
@FUZZ
def test_no_request_from_a_stranger_gets_a_server_error(case, fuzzed_gateway):
    base, _, _ = fuzzed_gateway
    assert_answered_safely(case, case.call(base_url=base))


@schema.parametrize()
@FUZZ
def test_no_request_from_a_signed_in_supervisor_gets_a_server_error(case, fuzzed_gateway):
    base, token, _ = fuzzed_gateway
    if case.path.startswith("/api/auth/logout"):
        return  # it would end the session the rest of the run signs in with
    assert_answered_safely(case, case.call(base_url=base, headers={"Authorization": f"Bearer {token}"}))


def assert_answered_safely(case, response) -> None:
    if case.path == "/readyz" and response.status_code == 503:
        return  # "not ready" is its honest answer here: the bot is down on purpose
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:200])


FIELD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
SMS_FIELDS = st.dictionaries(st.sampled_from(["Body", "NumMedia", "MediaUrl0", "MediaContentType0", "MediaUrl9",
                                              "FromCountry", "SmsStatus", "ApiVersion", "To", "Unknown"]),
                             st.one_of(FIELD, st.text(max_size=2000)), max_size=6)


@settings(max_examples=EXAMPLES * 3, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(fields=SMS_FIELDS)
def test_any_signed_twilio_form_is_stored_and_answered_with_twiml(fuzzed_gateway, fields):
    base, _, auth_token = fuzzed_gateway
    with httpx.Client(base_url=base, timeout=30) as http:
        resp = post_signed_sms(http, "https://tips.example.org", auth_token, {**sms_params(new_phone(), ""), **fields})
    assert resp.status_code == 200, resp.text[:200]
    assert resp.headers["content-type"].startswith("application/xml")


@settings(max_examples=EXAMPLES * 3, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=3000), content_type=st.sampled_from(
    ["application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data", ""]))
def test_any_unsigned_body_is_refused_without_a_server_error(fuzzed_gateway, body, content_type):
    base, _, _ = fuzzed_gateway
    with httpx.Client(base_url=base, timeout=30) as http:
        sms = http.post("/twilio/sms", content=body, headers={"Content-Type": content_type})
        chat = http.post(f"/chat/sessions/{'x' * 43}/messages", content=body,
                         headers={"Content-Type": content_type})
    assert 400 <= sms.status_code < 500
    assert chat.status_code < 500
