"""The intent examples of one language folder of intents/, as plain text (entity annotations removed), and the
blind set written without seeing them (`bench/data/nlu_blind_<lang>.tsv`)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

INTENTS = Path(__file__).resolve().parent.parent / "intents"
DATA = Path(__file__).resolve().parent / "data"
ANNOTATION = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")


def examples(language: str) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in sorted((INTENTS / language).glob("*.yml")):
        for item in yaml.safe_load(path.read_text()).get("nlu", []):
            if "intent" not in item:
                continue
            for line in item["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(ANNOTATION.sub(r"\1", line[2:]))
                    labels.append(item["intent"])
    return texts, labels


def blind_set(language: str) -> tuple[list[str], list[str]] | None:
    """(intents, messages) of the blind set, or None where the language has none."""
    path = DATA / f"nlu_blind_{language}.tsv"
    if not path.exists():
        return None
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [intent.strip() for intent, _ in rows], [text.strip() for _, text in rows]
