"""bot/plugins/rasa_plus, loaded by the real Rasa the project runs (its own Python environment): the action
server's answers are still checked, and the schema they are checked against is checked once, not per answer."""
from __future__ import annotations

import json
import subprocess

from webhooks.stack.model import rasa_bin, rasa_env

CHECK = """
import json
import jsonschema.validators
import rasa.plugin
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

schema_checks = 0
cls = jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
original_check = cls.check_schema.__func__
def counting_check(klass, schema, *args, **kwargs):
    global schema_checks
    schema_checks += 1
    return original_check(klass, schema, *args, **kwargs)
cls.check_schema = classmethod(counting_check)

rasa.plugin.plugin_manager()  # Rasa's start: discovers rasa_plus and runs its init_hooks
checks_at_start = schema_checks
action = RemoteAction("validate_tip_form", None)
good = {"events": [{"event": "slot", "name": "language", "value": "es"}], "responses": [{"text": "Gracias."}]}
accepted = all(action._validate_action_result(good) for _ in range(3))
try:
    action._validate_action_result({"events": "not a list", "responses": []})
    rejected = ""
except ValidationError as error:
    rejected = error.message
print(json.dumps({"accepted": accepted, "rejected": rejected, "at_start": checks_at_start,
                  "per_answer": schema_checks - checks_at_start}))
"""


def test_action_answers_are_checked_and_the_schema_only_once():
    python = rasa_bin().parent / "python"
    out = subprocess.run([str(python), "-c", CHECK], env=rasa_env(), capture_output=True, text=True, timeout=180,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["accepted"] is True
    # a malformed answer is still refused, with Rasa's own explanation
    assert "is not of type 'array'" in result["rejected"]
    assert "Failed to validate Action server response" in result["rejected"]
    # the schema was checked when Rasa started, and not again for each of the four answers
    assert result["at_start"] == 1
    assert result["per_answer"] <= 1  # (the malformed answer goes through Rasa's own check, which checks it again)
