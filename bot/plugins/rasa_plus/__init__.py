"""Rasa's one plugin entry point: keeps what people write out of Rasa's logs, and checks the action server's
answers without re-checking their schema each time.

Rasa 3.6 logs the text of a message when handling it fails (`rest.message.received.failure`, with the
message as `text`), and other events at debug level with slot values and entities. Its structlog setup runs
every such field through an "anonymization pipeline" taken from a plugin hook, and the open-source edition
looks for hook implementations only in a module named `rasa_plus` (rasa/plugin.py). This is that module,
on Rasa's PYTHONPATH only (webhooks/stack/model.py, deploy/images/rasa.Dockerfile): it redacts every field
Rasa marks as personal, and does nothing else.

The same hook is also asked once per turn by the message processor, which would then re-read the tracker
from the store to anonymise events for an event broker; there is no broker here, so there it answers None.
Rasa's JSON logs also render tracebacks with each frame's local variables (a message's text among them):
the first time the hook is asked, that renderer is swapped for one without locals.

Rasa checks every answer of the action server against a fixed JSON schema with `jsonschema.validate`, which
with the jsonschema Rasa 3.6 installs (4.17) first checks the schema itself against the 2020-12 meta-schema:
about 20 ms of CPU per custom action, two thirds of a turn of this bot (py-spy on `rasa run`, 2026-12-04). The
schema is now checked once, when Rasa starts, and every answer is still checked against it, failing with Rasa's
own message.

Rasa's Redis tracker store reads the stored tracker back on every save and merges it with the one in memory. When
the first message of a conversation carries metadata (the gateway's always does), Rasa writes the
`session_started_metadata` slot just before `action_session_start`; the tracker read for the next turn holds only
the last session, which starts at `action_session_start`, so the stored tracker always has one event more, and
Rasa falls back to comparing every event with every other as dictionaries, on every save of every conversation:
quadratic in its length (3 ms a turn of Rasa's CPU in a five-message conversation, more as it grows). The merge
now takes the stored events followed by the ones added since, when what is in memory is the stored tracker's
tail, which is that case; anything else goes to Rasa's own merge.

Reading a tracker back (each turn reads it, and each save reads the stored one again) finds each event's class by
walking every subclass of `Event`, checking each for abstract methods, for every event: about 0.1 ms an event,
most of the read. The class found for each event name is now remembered."""
from __future__ import annotations

import sys
from typing import Any

import pluggy

hookimpl = pluggy.HookimplMarker("rasa")
REDACTED = "[redacted]"


class Redactor:
    def log_run(self, value: Any) -> str:
        return REDACTED


def _tracebacks_without_locals() -> None:
    import structlog
    from structlog.tracebacks import ExceptionDictTransformer

    processors = structlog.get_config().get("processors", [])
    for i, processor in enumerate(processors):  # in place: loggers already made share this list
        if processor is structlog.processors.dict_tracebacks:
            processors[i] = structlog.processors.ExceptionRenderer(ExceptionDictTransformer(show_locals=False))


class TiplineHooks:
    def __init__(self) -> None:
        self._tracebacks_checked = False

    @hookimpl
    def get_anonymization_pipeline(self) -> Redactor | None:
        if not self._tracebacks_checked:
            self._tracebacks_checked = True
            _tracebacks_without_locals()
        frame = sys._getframe(1)
        for _ in range(8):  # the processor's per-turn call: nothing to anonymise, and no tracker re-read
            if frame is None:
                break
            if frame.f_code.co_name == "run_anonymization_pipeline":
                return None
            frame = frame.f_back
        return Redactor()


def check_action_answers_once() -> None:
    """Rasa's RemoteAction._validate_action_result, with the schema's validator built (and the schema checked)
    once instead of for every answer."""
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    original = RemoteAction._validate_action_result

    def _validate_action_result(self, result: dict[str, Any]) -> bool:
        if validator.is_valid(result):
            return True
        return original(self, result)  # a wrong answer: Rasa's own check raises it, with Rasa's message

    RemoteAction._validate_action_result = _validate_action_result


def merge_trackers_linearly() -> None:
    """RedisTrackerStore._merge_trackers with the case the gateway's metadata causes merged in one pass: the result
    is what Rasa's own merge gives (the stored events, then the events not among them), without its quadratic
    comparison."""
    from rasa.core.tracker_store import RedisTrackerStore

    original = RedisTrackerStore._merge_trackers

    def _merge_trackers(prior_tracker, tracker):
        prior = list(prior_tracker.events)
        if prior:
            past = list(tracker.travel_back_in_time(target_time=prior[-1].timestamp).events)
            if past and len(past) <= len(prior) and prior[len(prior) - len(past):] == past:
                if len(past) == len(prior):
                    return tracker
                merged = tracker.init_copy()
                merged.update_with_events(prior + list(tracker.events)[len(past):], override_timestamp=False,
                                          domain=None)
                return merged
        return original(prior_tracker, tracker)

    RedisTrackerStore._merge_trackers = staticmethod(_merge_trackers)


def resolve_event_types_once() -> None:
    """Event.resolve_by_type, remembering the class found for each event name (Rasa searches its whole class tree
    again for every event it reads)."""
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    found: dict[str, type] = {}

    def resolve_by_type(type_name, default=None):
        cls = found.get(type_name)
        if cls is None:
            cls = original(type_name, default)
            if cls is not None and cls is not default and cls.type_name == type_name:
                found[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)


def init_hooks(manager: pluggy.PluginManager) -> None:
    manager.register(TiplineHooks())
    check_action_answers_once()
    merge_trackers_linearly()
    resolve_event_types_once()
