"""What the gateway itself says (the bot's dialogue lives in bot/domain). Short, warm and plain:
these are read by people who may be frightened, on a phone someone else may see."""
from __future__ import annotations

TEXTS = {
    "en": {
        "stop": "You won't get more messages from us. Text START if you want to talk again.",
        "start": "Welcome back. You can text us any time. If you are in danger now, call 911.",
        "help": "This is {hotline}, a confidential tip line. Text us what you saw or what is happening to you."
        " {contact}If you are in danger now, call 911. Text STOP to stop messages.",
        "after_hours": "Our team is away right now and back {back}. You can still tell us what is happening here,"
        " and staff will see it when they are back. If you are in danger now, call 911.",
        "holding": "We have your message and will answer as soon as we can. If you are in danger now, call 911.",
    },
}


def text(name: str, language: str = "en", **values: str) -> str:
    table = TEXTS.get(language) or TEXTS["en"]
    return (table.get(name) or TEXTS["en"][name]).format(**values)
