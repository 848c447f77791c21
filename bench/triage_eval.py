"""Urgency recall and false-alarm rate on a labelled set (bench/data/triage_labelled.tsv), by language.

    .venv/bin/python -m bench.triage_eval

Goals: recall >= 95%, false alarms <= 10%. The set was written for this benchmark and is not used by
the unit tests; it is small, so read the per-language rows as a sanity check, not a guarantee."""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from webhooks.triage.assess import assess

DATA = Path(__file__).resolve().parent / "data" / "triage_labelled.tsv"


def load() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, label, text = line.split("\t", 2)
            rows.append((language, label, text))
    return rows


def main() -> None:
    rows = load()
    stats = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "tn": 0})
    misses = []
    started = time.perf_counter()
    for language, label, text in rows:
        urgent = assess(text).urgent
        key = ("tp" if urgent else "fn") if label == "urgent" else ("fp" if urgent else "tn")
        stats[language][key] += 1
        stats["all"][key] += 1
        if key in ("fn", "fp"):
            misses.append((key, language, text))
    per_message_ms = (time.perf_counter() - started) * 1000 / len(rows)
    print(f"{'language':<9}{'urgent':>7}{'recall':>9}{'normal':>8}{'false alarms':>14}")
    for language in sorted(stats, key=lambda k: (k == "all", k)):
        s = stats[language]
        urgent, normal = s["tp"] + s["fn"], s["fp"] + s["tn"]
        recall = s["tp"] / urgent if urgent else float("nan")
        false_alarms = s["fp"] / normal if normal else float("nan")
        print(f"{language:<9}{urgent:>7}{recall:>9.1%}{normal:>8}{false_alarms:>14.1%}")
    print(f"\n{per_message_ms:.3f} ms per message")
    for kind, language, text in misses:
        print(f"  {'missed' if kind == 'fn' else 'false alarm'} [{language}] {text}")


if __name__ == "__main__":
    main()
