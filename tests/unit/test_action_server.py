"""Every custom action the domain names is one the action server runs: a missing one leaves the person with no
answer at that point of the conversation (Rasa only finds out when it calls it)."""
from __future__ import annotations

import pickle
from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"


def test_every_custom_action_in_the_domain_is_registered_by_the_action_server():
    named = set()
    for path in DOMAIN.glob("*.yml"):
        named |= {a for a in (yaml.safe_load(path.read_text()) or {}).get("actions", []) if not a.startswith("utter_")}
    executor = ActionExecutor()
    executor.register_package("bot.actions")
    assert named, "the domain names custom actions"
    assert named <= set(executor.actions), sorted(named - set(executor.actions))
    asks = {a for a in executor.actions if a.startswith("action_ask_")}
    assert asks <= named, sorted(asks - named)  # a question Rasa would not know to call
    pickle.dumps(executor)  # the server hands its executor to a worker process: an action it cannot pickle stops it


def test_every_response_the_intake_says_by_name_is_in_the_domain_in_each_language():
    from bot.actions.intake import ANSWERS, ORDER
    responses = {}
    for path in DOMAIN.glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    said = set(ANSWERS.values()) | {f"utter_explain_{slot}" for slot in ORDER if slot != "tip_confirmed"}
    for name in said:
        assert name in responses, name
        languages = {c["value"] for v in responses[name] for c in v.get("condition") or () if c["name"] == "language"}
        assert languages == {"es", "fr", "pt"} and any(not v.get("condition") for v in responses[name]), name
