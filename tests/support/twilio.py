"""Requests signed the way Twilio signs them, with the real `twilio` validator's algorithm."""
from __future__ import annotations

import itertools
import secrets
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import httpx
from twilio.request_validator import RequestValidator

_sids = itertools.count(1)
# numbers in a row from a random start: never the same twice in one run (seven random digits each time could meet
# again, two "people" then sharing one conversation), and a run's block seldom meets an earlier run's
_phones = itertools.count(secrets.randbelow(9_000_000) + 500_000)


def new_phone() -> str:
    """A phone number no other test uses."""
    return f"+1555{next(_phones) % 10_000_000:07d}"


def new_message_sid() -> str:
    return f"SM{next(_sids):032x}"


def sms_params(sender: str, body: str, sid: str | None = None, **extra: str) -> dict[str, str]:
    return {"MessageSid": sid or new_message_sid(), "SmsSid": sid or "", "AccountSid": "AC" + "0" * 32,
            "From": sender, "To": "+15550001111", "Body": body, "NumMedia": "0", **extra}


def post_signed_sms(client: httpx.Client, public_base_url: str, auth_token: str, params: dict[str, str],
                    path: str = "/twilio/sms", signature: str | None = None) -> httpx.Response:
    if not params.get("SmsSid"):
        params = {**params, "SmsSid": params["MessageSid"]}
    url = public_base_url + path
    sig = RequestValidator(auth_token).compute_signature(url, params) if signature is None else signature
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if sig:
        headers["X-Twilio-Signature"] = sig
    return client.post(path, content=urlencode(params), headers=headers)


def replies(resp: httpx.Response) -> list[str]:
    """The texts of a webhook's TwiML answer, one per message the person's phone receives."""
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(resp.text)
    assert root.tag == "Response"
    return [m.text or "" for m in root.findall("Message")]
