"""The action server: rasa-sdk's own, started as `python -m bot.action_server --actions bot.actions --port 5055`
(same arguments as `python -m rasa_sdk`), for Rasa's selective domain.

Rasa 3.6 sends its whole domain (about 70 KB of JSON here: every response in four languages) with every call to
the action server, three or four calls a turn, unless the endpoint enables `enable_selective_domain`
(webhooks/stack/rasa_endpoints.py). Then only actions listed with `send_domain: true` get it. None of this bot's
actions reads the domain: they name responses, and Rasa fills them in. Parsing that JSON was half of the action
server's CPU, and building it a share of Rasa's (py-spy under `bench.load`, 2026-12-05).

rasa-sdk 3.21 expects the newer Rasa's domain digest instead, and refuses a call that has neither a domain nor a
digest it knows. Rasa 3.6 sends no digest, so this executor hands such a call the last domain it was sent, or an
empty one, which is what `enable_selective_domain` means."""
from __future__ import annotations

from typing import Any

from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser
from rasa_sdk.executor import ActionExecutor


class SelectiveDomainExecutor(ActionExecutor):
    def update_and_return_domain(self, payload: dict[str, Any], action_name: str) -> dict[str, Any]:
        if payload.get("domain") is None and payload.get("domain_digest") is None:
            return self.domain or {}
        return super().update_and_return_domain(payload, action_name)


def main() -> None:
    import rasa_sdk.__main__ as sdk_main

    from bot.action_server import SelectiveDomainExecutor as by_its_name  # (not __main__'s: workers unpickle it)

    sdk_main.ActionExecutor = by_its_name  # the one executor main_from_args builds
    main_from_args(create_argument_parser().parse_args())


if __name__ == "__main__":
    main()
