"""Builds webhooks/language/data/ht_words.txt from creolenltk's word lists (MIT licensed, on PyPI).

    pip download --no-deps -d /tmp/cnl creolenltk==1.0.10 && unzip -o -q /tmp/cnl/*.whl -d /tmp/cnl
    .venv/bin/python scripts/build_haitian_lexicon.py /tmp/cnl/creolenltk/data

Only the package's data files are read (it is not imported: it would pull in spaCy)."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "webhooks" / "language" / "data" / "ht_words.txt"
HEADER = """# Haitian Creole words, lower-cased, one a line: built by scripts/build_haitian_lexicon.py from
# creolenltk 1.0.10 (data/creole_words.txt and data/creole_stopwords.txt),
# Copyright 2024 John Clayton, MIT License (https://opensource.org/licenses/MIT).
"""


def main(data_dir: str) -> None:
    folder = Path(data_dir)
    words = set()
    for line in (folder / "creole_words.txt").read_text(encoding="utf-8").split(","):
        words.add(unicodedata.normalize("NFC", line.strip().lower()))
    for line in (folder / "creole_stopwords.txt").read_text(encoding="utf-8").splitlines():
        words.add(unicodedata.normalize("NFC", line.strip().lower()))
    words.discard("")
    OUT.write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
