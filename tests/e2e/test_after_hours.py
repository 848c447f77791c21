"""Outside staffed hours the person is told, once, when staff are back (a gateway configured with
hours, in front of the same real Rasa, database and Redis as the rest of the suite)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from tests.support.twilio import post_signed_sms, sms_params
from webhooks.app import create_app
from webhooks.hours import DAY_NAMES, DAYS
from webhooks.settings import Settings

pytestmark = pytest.mark.e2e


def test_after_hours_the_first_reply_says_when_staff_are_back_and_the_bot_still_answers(system, phone):
    day = (datetime.now(UTC).weekday() + 3) % 7
    env = {k.lower(): v for k, v in system.env.items() if k.lower() in Settings.model_fields}
    settings = Settings(**{**env, "tipline_hours": f"{DAYS[day].title()} 09:00-10:00", "tipline_timezone": "UTC"})
    with TestClient(create_app(settings), base_url="https://tips.example.org") as gateway:
        first = post_signed_sms(gateway, "https://tips.example.org", settings.twilio_auth_token,
                                sms_params(phone, "hi"))
        second = post_signed_sms(gateway, "https://tips.example.org", settings.twilio_auth_token,
                                 sms_params(phone, "someone at the hotel is kept in a room and not allowed out"))
    assert first.status_code == 200
    assert f"back on {DAY_NAMES[day]} at 9:00 AM" in first.text and "911" in first.text
    assert "confidential" in first.text, "the bot still answers"
    assert "back on" not in second.text and "about you, or about someone else" in second.text
