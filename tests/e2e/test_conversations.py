"""Conversation tests (tests/conversations/*.yml) against the trained model, with Rasa's own story test runner
and --fail-on-prediction-errors: every intent and every bot action of each story must be predicted as written.
The stories cover the happy path, each interruption, corrections, all-in-one tips, keywords in sentences and
not-trafficking, in English and Spanish. (Form internals are exercised through the real action server in
test_intake_conversations.py.)"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import httpx
import pytest
import yaml

from bot.actions.intake import Turn, is_gibberish, steps_aside
from webhooks.conversations.pipeline import LANGUAGE_SWITCHED
from webhooks.reports.extract import extract
from webhooks.stack import model

pytestmark = pytest.mark.e2e
STORIES = Path(__file__).resolve().parents[1] / "conversations"


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_conversation_test_passes(language, tmp_path):
    trained = model.ensure_trained()
    result = subprocess.run(
        [str(model.rasa_bin()), "test", "core", "--model", str(trained), "--stories", str(STORIES / f"{language}.yml"),
         "--out", str(tmp_path), "--fail-on-prediction-errors", "--no-plot"],
        capture_output=True, text=True, cwd=model.PROJECT_ROOT, env=model.rasa_env(), timeout=600)
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, (result.stderr[-3000:], detail)
    assert "<!--" not in detail, detail


def story_messages(language: str) -> list[tuple[str, str]]:
    stories = yaml.safe_load((STORIES / f"{language}.yml").read_text())["stories"]
    return [(step["user"].strip(), step["intent"]) for story in stories for step in story["steps"]
            if "user" in step and not step["user"].startswith("/")]


ANSWERS = {"inform", "report_tip", "affirm", "deny"}
# keyboard mashing read as "not understood" gets what nonsense gets: "say it another way", then a person offered
SAME_REPLY = {"nonsense": {"nlu_fallback"}}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_message_of_the_conversation_tests_is_understood(system, language):
    """Rasa's story runner takes the intents as written; here the running model reads each message itself (the
    texts are not in the training data). A question, request or bit of small talk must be read as exactly that;
    an answer may land on any intent that the intake still takes as an answer (bot/actions/intake.py)."""
    wrong = []
    for text, intent in story_messages(language):
        resp = httpx.post(f"{system.env['RASA_URL'].split(',')[0]}/model/parse",
                          params={"token": system.env["RASA_TOKEN"]}, json={"text": text}, timeout=30)
        resp.raise_for_status()
        got = resp.json()["intent"]
        if intent in ANSWERS:
            turn = Turn(text, got["name"], got["confidence"], language)
            if steps_aside(turn, "tip_what", extract(text, language)):
                wrong.append((text, intent, got["name"]))
        elif got["name"] != intent and got["name"] not in SAME_REPLY.get(intent, ()) and not (
                intent == "nonsense" and is_gibberish(text)):
            # (keyboard mashing is read as such by the intake itself, whatever the model makes of it: "xkxkxkxk" has
            # come out of different trainings of the same data as nonsense, small talk and a yes)
            wrong.append((text, intent, got["name"]))
    assert not wrong, wrong


def test_rasa_data_validate_is_clean(tmp_path):
    """`rasa data validate`: no errors, no story or rule conflicts, and no warning except the one Rasa cannot
    help giving for responses that only forms and custom actions utter (it reads stories and rules only), and for the
    intent only the gateway sends."""
    result = subprocess.run([str(model.rasa_bin()), "data", "validate", *model.data_args()], capture_output=True,
                            text=True, cwd=model.PROJECT_ROOT, env={**model.rasa_env(), "PYTHONWARNINGS": ""},
                            timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    output = result.stdout + result.stderr
    assert "No story structure conflicts found" in output
    actions_code = "\n".join(p.read_text() for p in (model.BOT_DIR / "actions").glob("*.py"))
    domain = yaml.safe_load((model.BOT_DIR / "domain" / "tip.yml").read_text())
    asked = {f"utter_ask_{slot}" for slot in domain["forms"]["tip_form"]["required_slots"]}
    if 'f"utter_explain_{asked}"' in actions_code:  # each question in other words, said by the form
        asked |= {f"utter_explain_{slot}" for slot in domain["forms"]["tip_form"]["required_slots"]}
    unexplained = []
    for line in output.splitlines():
        if "UserWarning" not in line:
            continue
        message = line.split("UserWarning:", 1)[1].strip()
        used = re.fullmatch(r"The utterance '(\w+)' is not used in any story or rule\.", message)
        if used and (used.group(1) in asked or f'"{used.group(1)}"' in actions_code):
            continue
        payload = re.fullmatch(r"The intent '(\w+)' is listed in the domain file, but is not found in the NLU "
                               r"training data\.", message)
        if payload and "/" + payload.group(1) == LANGUAGE_SWITCHED:
            continue  # sent only by the gateway: with examples, the model could read it into what a person types
        unexplained.append(message)
    assert not unexplained, unexplained
