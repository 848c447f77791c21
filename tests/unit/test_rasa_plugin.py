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


MERGE = """
import asyncio, json, sys
import rasa.plugin
from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered, BotUttered

original_merge = RedisTrackerStore._merge_trackers
rasa.plugin.plugin_manager()  # Rasa's start: rasa_plus's init_hooks
as_dict_calls = 0
plain_as_dict = Event.as_dict
def counted(self):
    global as_dict_calls
    as_dict_calls += 1
    return plain_as_dict(self)
for cls in {Event, *Event.__subclasses__(), ActionExecuted, SlotSet, UserUttered, BotUttered, SessionStarted}:
    if "as_dict" in cls.__dict__:
        plain = cls.__dict__["as_dict"]
        def wrap(plain):
            def as_dict(self):
                global as_dict_calls
                as_dict_calls += 1
                return plain(self)
            return as_dict
        cls.as_dict = wrap(plain)

domain = Domain.from_dict({"slots": {"language": {"type": "any", "mappings": []}}})
store = RedisTrackerStore(domain, host="127.0.0.1", port=6379, db=int(sys.argv[1]), key_prefix="tiplineplugintest")
merges = []
patched = RedisTrackerStore._merge_trackers
def recording(prior, tracker):
    global as_dict_calls
    as_dict_calls = 0
    rasas = original_merge(prior, tracker)
    rasas_calls = as_dict_calls
    as_dict_calls = 0
    merged = patched(prior, tracker)
    calls = as_dict_calls
    merges.append({"same": [e.as_dict() for e in merged.events] == [e.as_dict() for e in rasas.events],
                   "as_dict_calls": calls, "rasas_calls": rasas_calls, "events": len(prior.events)})
    return merged
RedisTrackerStore._merge_trackers = staticmethod(recording)

async def converse(sender, metadata, turns):
    from rasa.shared.core.trackers import DialogueStateTracker
    tracker = DialogueStateTracker(sender, domain.slots)
    if metadata:  # as Rasa's MessageProcessor starts a session for a message with metadata
        tracker.update(SlotSet("session_started_metadata", metadata))
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)
    for n in range(turns):
        tracker = await store.retrieve(sender)  # the last session, as each turn reads it
        tracker.update(UserUttered(f"message {n}", {"name": "inform"}, metadata=metadata))
        tracker.update(SlotSet("language", "en"))
        tracker.update(BotUttered(f"answer {n}"))
        tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)
    return len((await store.retrieve_full_tracker(sender)).events)

async def main():
    import uuid
    run = uuid.uuid4().hex
    with_metadata = await converse(f"with-metadata-{run}", {"channel": "sms", "language": "en"}, 30)
    without = await converse(f"without-metadata-{run}", None, 30)
    for key in store.red.keys(f"tiplineplugintest*{run}"):
        store.red.delete(key)
    print(json.dumps({"merges": merges, "events": [with_metadata, without]}))
asyncio.run(main())
"""


def test_a_conversation_whose_first_message_has_metadata_is_saved_whole_without_a_quadratic_merge():
    from tests.support.servers import TEST_REDIS_DB

    python = rasa_bin().parent / "python"
    out = subprocess.run([str(python), "-c", MERGE, str(TEST_REDIS_DB)], env=rasa_env(), capture_output=True,
                         text=True, timeout=180, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    merges = result["merges"]
    assert len(merges) == 60  # every save after the first, in both conversations, went through the merge
    # the stored history is exactly what Rasa's own merge keeps: every event, in the same order
    assert all(m["same"] for m in merges)
    assert result["events"] == [4 + 4 * 30, 3 + 4 * 30]
    # and the work of a save grows with the conversation, not with its square: Rasa's own merge compared each event
    # with each other one as dictionaries on every save of a conversation that began with metadata (the gateway's)
    longest = merges[29]
    assert longest["events"] >= 100
    assert longest["rasas_calls"] > 20 * longest["events"]  # (what this guards against: about 60 a stored event)
    assert all(m["as_dict_calls"] <= m["events"] for m in merges)


RESOLVE = """
import json
import rasa.plugin
import rasa.shared.utils.common as common
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.domain import Domain

names = sorted({cls.type_name for cls in common.all_subclasses(Event)})
before = {name: Event.resolve_by_type(name).__name__ for name in names}
rasa.plugin.plugin_manager()  # Rasa's start: rasa_plus's init_hooks
walks = 0
plain_walk = common.all_subclasses
def counting_walk(cls):
    global walks
    if cls is Event:
        walks += 1
    return plain_walk(cls)
common.all_subclasses = counting_walk
after = {name: Event.resolve_by_type(name).__name__ for name in names}
events = [{"event": "action", "name": "action_session_start"}, {"event": "session_started"},
          {"event": "slot", "name": "session_started_metadata", "value": {"channel": "sms"}}]
for n in range(40):
    events += [{"event": "user", "text": f"message {n}", "parse_data": {"intent": {"name": "inform"}}},
               {"event": "slot", "name": "language", "value": "en"}, {"event": "bot", "text": f"answer {n}"},
               {"event": "action", "name": "action_listen"}]
walks = 0
slots = Domain.from_dict({"slots": {"language": {"type": "any", "mappings": []}}}).slots
read = [DialogueStateTracker.from_dict("x", events, slots) for _ in range(3)]
print(json.dumps({"same": before == after, "names": len(names), "walks": walks,
                  "events": [len(t.events) for t in read],
                  "texts": [e.text for e in read[-1].events if getattr(e, "text", None)][:3]}))
"""


def test_a_tracker_read_back_is_the_same_and_rasa_does_not_search_its_event_classes_for_every_event():
    python = rasa_bin().parent / "python"
    out = subprocess.run([str(python), "-c", RESOLVE], env=rasa_env(), capture_output=True, text=True, timeout=180,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    # every kind of event Rasa knows is read as the same class as before
    assert result["same"] is True and result["names"] >= 20
    assert result["events"] == [163, 163, 163] and result["texts"] == ["message 0", "answer 0", "message 1"]
    # the class tree was searched once per kind of event at most, not once for each of the 489 events read
    assert result["walks"] <= 5
