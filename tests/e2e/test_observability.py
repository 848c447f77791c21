"""What operators see: metrics with counts and timings, logs with no message text or numbers."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e


def metric(text: str, name: str, missing: float | None = None, **labels: str) -> float:
    label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = re.escape(name) + (r"\{" + re.escape(label_text) + r"\}" if labels else "") + r" ([0-9.e+-]+)"
    match = re.search(pattern, text)
    if match is None and missing is not None:
        return missing
    assert match, f"{name} {labels} not in metrics"
    return float(match.group(1))


def test_metrics_count_messages_and_bot_turns_without_personal_data(system, phone):
    before = system.http.get("/metrics").text
    system.sms(phone, "hello")
    system.sms(phone, "my sister's boss keeps her passport at the farm in Yakima")
    after = system.http.get("/metrics")
    assert after.status_code == 200
    text = after.text
    assert metric(text, "tipline_messages_total", channel="sms", direction="in") >= \
        metric(before, "tipline_messages_total", 0.0, channel="sms", direction="in") + 2
    assert metric(text, "tipline_rasa_turn_seconds_count") >= 2
    assert metric(text, "tipline_unprocessed_messages") == 0
    assert phone.lstrip("+") not in text and "passport" not in text


def test_logs_never_carry_message_text_or_phone_numbers(system, phone):
    secret_text = "the man at the blue motel on Kestrel Road keeps the girls' phones"
    for text in ("hi", secret_text, "Kestrel Road motel, Amarillo", "since June", "yes"):
        assert system.sms(phone, text).status_code == 200
    session = system.http.post("/chat/sessions").json()
    system.http.post(f"/chat/sessions/{session['session_id']}/messages", json={"text": secret_text},
                     headers={"Authorization": f"Bearer {session['token']}"})
    logs = system.log_file.read_text(errors="replace")
    assert "inbound stored" in logs, "the gateway logged its events"
    assert phone.lstrip("+") not in logs
    assert "Kestrel" not in logs and "blue motel" not in logs
    assert session["token"] not in logs
