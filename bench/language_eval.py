"""Language detection benchmark (not a test): accuracy by language and by length, confusion pairs and
ms per message, for this project's detector and plain `langdetect` side by side.

    .venv/bin/python -m bench.language_eval

Data (downloaded from PyPI into bench/.cache on first run, never used to build or tune the detector):
- Django's translation catalogs (en, es, fr, pt, zh, vi, ko, ar, ru): short UI strings written by translators;
- Haitian Creole sentences from creolenltk's own tests (its word list builds the detector's lexicon, its
  test sentences are only read here);
- bench/data/hotline_language.tsv: hotline-style messages of two words or more, in all 11 languages.
Strings are split into dev and test halves by a hash; figures are for the test half. A string found in two
languages' catalogs ("Total" in Spanish and Portuguese) counts as read right when the detector names either;
the strict figure, which takes only the catalog's own label, is printed beside it."""
from __future__ import annotations

import hashlib
import re
import statistics
import subprocess
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from webhooks.language.detect import SUPPORTED, detect, words_of

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
DJANGO_LANGS = {"en": "en", "es": "es", "fr": "fr", "pt": "pt", "zh_Hans": "zh", "vi": "vi", "ko": "ko",
                "ar": "ar", "ru": "ru"}
_PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sdr]|\{[^}]*\}|<[^>]+>|&[a-z]+;")


def wheel(name: str, version: str) -> Path:
    CACHE.mkdir(exist_ok=True)
    found = sorted(CACHE.glob(f"{name.replace('-', '_')}-{version}*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(CACHE),
                        f"{name}=={version}"], check=True)
        found = sorted(CACHE.glob(f"{name.replace('-', '_')}-{version}*.whl"))
    return found[0]


def po_strings(text: str) -> list[tuple[str, str]]:
    pairs, msgid, msgstr, field = [], [], [], None
    for line in text.splitlines() + [""]:
        if line.startswith("msgid "):
            if msgid is not None and field == "msgstr":
                pairs.append(("".join(msgid), "".join(msgstr)))
            msgid, msgstr, field = [line[7:-1]], [], "msgid"
        elif line.startswith("msgstr "):
            msgstr, field = [line[8:-1]], "msgstr"
        elif line.startswith('"') and field:
            (msgid if field == "msgid" else msgstr).append(line[1:-1])
        elif not line.strip() and field == "msgstr":
            pairs.append(("".join(msgid), "".join(msgstr)))
            field = None
    return [(i.replace('\\"', '"'), s.replace('\\"', '"')) for i, s in pairs if i and s]


def clean(text: str) -> str | None:
    text = _PLACEHOLDER.sub(" ", text).replace("\\n", " ")
    text = re.sub(r"\s+", " ", text).strip(" .:;,")
    n = len(words_of(text)) if not re.search(r"[\u3040-\u9fff\uac00-\ud7af]", text) else max(1, len(text) // 2)
    return text if 1 <= n <= 10 and any(ch.isalpha() for ch in text) else None


def django_samples() -> list[tuple[str, str]]:
    samples = []
    with zipfile.ZipFile(wheel("django", "5.2.19")) as z:
        for code, lang in DJANGO_LANGS.items():
            source = "es" if code == "en" else code
            for name in z.namelist():
                if re.match(rf"django/(?:.*/)?locale/{source}/LC_MESSAGES/django\.po$", name):
                    for msgid, msgstr in po_strings(z.read(name).decode("utf-8")):
                        text = clean(msgid if code == "en" else msgstr)
                        if text:
                            samples.append((lang, text))
    return samples


def creole_samples() -> list[tuple[str, str]]:
    samples = []
    with zipfile.ZipFile(wheel("creolenltk", "1.0.10")) as z:
        for name in z.namelist():
            if name.startswith("tests/") and name.endswith(".py"):
                for literal in re.findall(r'"([^"\n]{8,})"', z.read(name).decode("utf-8")):
                    text = clean(literal)
                    if text and len(words_of(text)) >= 2:
                        samples.append(("ht", text))
    return samples


def hotline_samples() -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / "data" / "hotline_language.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((lang, text))
    return rows


def bucket(text: str) -> str:
    n = len(words_of(text))
    if re.search(r"[\u3040-\u9fff\uac00-\ud7af]", text):
        n = max(n, len(text) // 2)
    return "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10"


def plain_langdetect():
    from langdetect import DetectorFactory
    from langdetect import detect as ld
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            code = ld(text)
        except LangDetectException:
            return "und"
        return "zh" if code.startswith("zh") else code

    return run


def languages_of(samples: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Every language a string is written in: "Total" is in the Spanish and the Portuguese catalogs, "Email" in
    the English and the French; a detector that names either has read the string right."""
    found: dict[str, set[str]] = defaultdict(set)
    for lang, text in samples:
        found[text].add(lang)
    return found


def evaluate(name: str, samples: list[tuple[str, str]], fn, written_in: dict[str, set[str]]) -> None:
    by_lang, by_len, confusions, times = defaultdict(list), defaultdict(list), Counter(), []
    strict = []
    for lang, text in samples:
        started = time.perf_counter()
        got = fn(text)
        times.append((time.perf_counter() - started) * 1000)
        strict.append(got == lang)
        ok = got == lang or got in written_in.get(text, ())
        by_lang[lang].append(ok)
        by_len[bucket(text)].append(ok)
        if not ok:
            confusions[(lang, got)] += 1
    total = [ok for oks in by_lang.values() for ok in oks]
    print(f"\n{name}: {sum(total) / len(total):.1%} of {len(total)}   median {statistics.median(times):.3f} ms,"
          f" p95 {sorted(times)[int(.95 * len(times))]:.3f} ms   (strict, the catalog's own label only:"
          f" {sum(strict) / len(strict):.1%})")
    langs = sorted(by_lang.items())
    print("  by language: " + "  ".join(f"{lang} {sum(v) / len(v):.0%}/{len(v)}" for lang, v in langs))
    print("  by length:   " + "  ".join(f"{b} {sum(v) / len(v):.0%}/{len(v)}" for b, v in sorted(by_len.items())))
    print("  confusions:  " + ", ".join(f"{a}→{b} {n}" for (a, b), n in confusions.most_common(8)))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("test", "dev"), default="test",
                        help="dev: the half to tune on; test: the half the README's figures come from")
    half = parser.parse_args().half
    corpus = [s for s in django_samples() + creole_samples() if s[0] in SUPPORTED]
    corpus = list(dict.fromkeys(corpus))
    parity = 0 if half == "test" else 1
    test = [s for s in corpus if int(hashlib.sha256(s[1].encode()).hexdigest(), 16) % 2 == parity]
    written_in = languages_of(corpus)
    hotline = hotline_samples()
    plain = plain_langdetect()
    ours = lambda text: detect(text).language  # noqa: E731
    print(f"catalog {half} half: {len(test)} strings ({Counter(lang for lang, _ in test)})")
    for label, samples in ((f"catalogs ({half} half)", test), ("hotline messages, 2+ words", hotline)):
        print(f"\n=== {label} ===")
        evaluate("this detector", samples, ours, written_in)
        evaluate("plain langdetect", samples, plain, written_in)


if __name__ == "__main__":
    main()
