"""NLU cross-validation per language and the conversation-test pass rate (not a test; too slow for CI).

    .venv/bin/python -m bench.dialogue_eval [--folds 3] [--languages en,es,fr,pt] [--config FILE] [--no-stories]

For each language folder of intents/, Rasa's own cross-validation (`rasa test nlu --cross-validation`) with
the project's pipeline (bot/config.yml): intent macro-F1 and entity F1 (micro average over location, venue,
count, age) on the held-out folds. Then the conversation tests (tests/conversations/) against the trained
model: stories passed out of all, and the failed steps."""
from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

from webhooks.stack import model

ROOT = model.PROJECT_ROOT


def classifier_config(out: Path, source: Path | None = None) -> Path:
    """bot/config.yml (or another config being tried) without the FallbackClassifier: cross-validation measures
    the intent classifier itself. (With it, a prediction under the 0.5 threshold counts as wrong here, while the
    bot treats it as "not understood": inside the intake such a message is still taken as an answer.)"""
    config = yaml.safe_load((source or ROOT / "bot" / "config.yml").read_text())
    config["pipeline"] = [c for c in config["pipeline"] if c["name"] != "FallbackClassifier"]
    path = out / "config.yml"
    out.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config))
    return path


def cross_validate(language: str, folds: int, out: Path, config: Path | None = None) -> dict:
    cmd = [str(model.rasa_bin()), "test", "nlu", "--cross-validation", "--folds", str(folds),
           "--config", str(classifier_config(out.parent / f"config-{language}", config)),
           "--domain", str(ROOT / "bot" / "domain"),
           "--nlu", str(ROOT / "intents" / language), "--out", str(out), "--no-plot"]
    subprocess.run(cmd, check=True, cwd=ROOT, env=model.rasa_env(), capture_output=True)
    intents = json.loads((out / "intent_report.json").read_text())
    entities_file = out / "DIETClassifier_report.json"
    entities = json.loads(entities_file.read_text()) if entities_file.exists() else {}
    entity_avg = entities.get("micro avg") or entities.get("weighted avg") or {}
    worst = sorted(((name, v["f1-score"]) for name, v in intents.items()
                    if isinstance(v, dict) and "f1-score" in v and name not in ("macro avg", "weighted avg",
                                                                                  "micro avg")),
                   key=lambda item: item[1])[:3]
    errors_file = out / "intent_errors.json"
    errors = json.loads(errors_file.read_text()) if errors_file.exists() else []
    confused = Counter((error["intent"], error["intent_prediction"]["name"]) for error in errors
                       if error.get("intent_prediction"))
    return {"intent_macro_f1": intents["macro avg"]["f1-score"], "entity_f1": entity_avg.get("f1-score"),
            "worst": worst, "examples": intents["macro avg"]["support"], "confused": confused.most_common(5)}


def conversation_tests(out: Path) -> dict:
    trained = model.ensure_trained()
    cmd = [str(model.rasa_bin()), "test", "core", "--model", str(trained),
           "--stories", str(ROOT / "tests" / "conversations"), "--out", str(out), "--no-plot"]
    subprocess.run(cmd, check=True, cwd=ROOT, env=model.rasa_env(), capture_output=True)
    report = json.loads((out / "story_report.json").read_text())
    accuracy = report.get("conversation_accuracy", {})
    failed = out / "failed_test_stories.yml"
    return {"passed": accuracy.get("correct"), "total": accuracy.get("total"),
            "failed": failed.read_text() if failed.exists() else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--languages", default="en,es,fr,pt")
    parser.add_argument("--config", type=Path, help="a pipeline to try instead of bot/config.yml's")
    parser.add_argument("--no-stories", action="store_true", help="cross-validation only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"NLU cross-validation ({args.folds} folds, bot/config.yml without the fallback threshold)")
        print(f"{'lang':<5}{'examples':>9}{'intent macro-F1':>17}{'entity F1':>11}   weakest intents")
        for language in args.languages.split(","):
            started = time.perf_counter()
            got = cross_validate(language, args.folds, Path(tmp) / f"nlu-{language}", args.config)
            entity = f"{got['entity_f1']:.3f}" if got["entity_f1"] is not None else "-"
            weakest = ", ".join(f"{name} {f1:.2f}" for name, f1 in got["worst"])
            print(f"{language:<5}{got['examples']:>9}{got['intent_macro_f1']:>17.3f}{entity:>11}   {weakest}"
                  f"   ({time.perf_counter() - started:.0f} s)", flush=True)
            print("       most confused (labelled -> read as): "
                  + ", ".join(f"{label} -> {read} {n}" for (label, read), n in got["confused"]), flush=True)
        if args.no_stories:
            return
        stories = conversation_tests(Path(tmp) / "core")
        print(f"\nConversation tests (tests/conversations): {stories['passed']}/{stories['total']} passed")
        if stories["failed"].strip():
            print(stories["failed"])


if __name__ == "__main__":
    main()
