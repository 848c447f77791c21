"""The trained model on messages written without seeing the training data (not a test; run by hand):

    .venv/bin/python -m bench.nlu_blind [--languages en,es,fr,pt]

`bench/data/nlu_blind_<lang>.tsv` holds messages written from the intents' meanings alone, by a writer who did not
open intents/, bot/ or tests/. They must never be added to the training data: they are the only intent figure here
that no one tuned the data against (cross-validation, `bench.dialogue_eval`, scores the data on itself). Prints
accuracy and intent macro-F1 per language, with and without the fallback threshold (a message under it is "not
understood", which the bot answers by asking again), and each miss."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections import Counter

from bench.nlu_data import blind_set, examples
from webhooks.stack import model

# runs in the Rasa environment: one JSON line in per message, one out with the intent ranking's top two
_PARSER = """
import asyncio, json, logging, sys
logging.disable(logging.WARNING)
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
async def main():
    for line in sys.stdin:
        parsed = await agent.parse_message(json.loads(line))
        ranking = parsed.get("intent_ranking") or []
        top = parsed["intent"]
        raw = ranking[1] if top["name"] == "nlu_fallback" and len(ranking) > 1 else top
        print(json.dumps({"intent": top["name"], "raw": raw["name"], "confidence": raw["confidence"]}), flush=True)
asyncio.run(main())
"""


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for intent in sorted(set(gold)):
        tp = sum(g == p == intent for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == intent != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == intent != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,es,fr,pt")
    args = parser.parse_args()
    trained = model.ensure_trained()
    rows = {}
    for language in args.languages.split(","):
        gold, written = blind_set(language)
        rows[language] = list(zip(gold, written, strict=True))
    texts = [text for language in rows for _, text in rows[language]]
    python = model.rasa_bin().parent / "python"
    out = subprocess.run([str(python), "-c", _PARSER, str(trained)], input="\n".join(json.dumps(t) for t in texts),
                         capture_output=True, text=True, check=True, env=model.rasa_env(), cwd=model.PROJECT_ROOT)
    parsed = iter(json.loads(line) for line in out.stdout.splitlines() if line.startswith("{"))
    print(f"model {trained.name}; messages written without seeing the training data")
    print(f"{'lang':<5}{'messages':>9}{'accuracy':>10}{'macro-F1':>10}{'with fallback: accuracy':>25}"
          f"{'not understood':>16}{'unseen: n, accuracy':>22}")
    misses: list[str] = []
    for language, items in rows.items():
        gold = [intent for intent, _ in items]
        got = [next(parsed) for _ in items]
        raw = [g["raw"] for g in got]
        final = [g["intent"] for g in got]
        accuracy = sum(g == r for g, r in zip(gold, raw, strict=True)) / len(gold)
        with_fallback = sum(g == f for g, f in zip(gold, final, strict=True)) / len(gold)
        # short messages ("yes", "thx") are often word for word in the training data: the rest are the real test
        trained_on = {_plain(text) for text in examples(language)[0]}
        unseen = [g == r for (g, text), r in zip(items, raw, strict=True) if _plain(text) not in trained_on]
        print(f"{language:<5}{len(gold):>9}{accuracy:>10.3f}{macro_f1(gold, raw):>10.3f}{with_fallback:>25.3f}"
              f"{final.count('nlu_fallback'):>16}{len(unseen):>14}, {sum(unseen) / len(unseen):.3f}")
        confused = Counter((g, r) for g, r in zip(gold, raw, strict=True) if g != r)
        print("       most confused (written as -> read as): "
              + ", ".join(f"{g} -> {r} {n}" for (g, r), n in confused.most_common(5)))
        misses += [f"  {language} {g:<18} read as {p['raw']:<18} {p['confidence']:.2f}  {text}"
                   for (g, text), p in zip(items, got, strict=True) if g != p["raw"]]
    print("\nmisses:")
    print("\n".join(misses))


if __name__ == "__main__":
    main()
