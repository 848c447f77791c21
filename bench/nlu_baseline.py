"""How far a plain linear classifier gets on the same intent data (not a test): a yardstick for the DIET
cross-validation of `bench.dialogue_eval`. Runs in the Rasa environment, which has scikit-learn:

    .venv-rasa/bin/python -m bench.nlu_baseline [--languages en,es]

Words and character 2–4-grams (as bot/config.yml featurizes), a stratified 3-fold split, logistic regression and
a linear SVM; prints intent macro-F1 and accuracy per language, and the same models trained on all the data and
scored on the blind set of `bench.nlu_blind`."""
from __future__ import annotations

import argparse

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from bench.nlu_data import blind_set, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,es")
    args = parser.parse_args()
    models = {
        "logistic regression": lambda: make_pipeline(
            make_union(CountVectorizer(), CountVectorizer(analyzer="char_wb", ngram_range=(2, 4))),
            LogisticRegression(max_iter=3000, C=10)),
        "linear SVM": lambda: make_pipeline(
            make_union(TfidfVectorizer(sublinear_tf=True),
                       TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            LinearSVC(C=0.5)),
    }
    for language in args.languages.split(","):
        texts, labels = examples(language)
        folds = StratifiedKFold(3, shuffle=True, random_state=1)
        for name, build in models.items():
            predicted = cross_val_predict(build(), texts, labels, cv=folds)
            accuracy = float(np.mean(np.array(predicted) == np.array(labels)))
            print(f"{language}  {name:<20} intent macro-F1 {f1_score(labels, predicted, average='macro'):.3f}"
                  f"  accuracy {accuracy:.3f}  ({len(texts)} examples)")
            if (blind := blind_set(language)) is not None:  # trained on all the data, scored on unseen wording
                gold, written = blind
                got = build().fit(texts, labels).predict(written)
                print(f"{language}  {name:<20} blind set macro-F1 {f1_score(gold, got, average='macro'):.3f}"
                      f"  accuracy {float(np.mean(np.array(got) == np.array(gold))):.3f}  ({len(gold)} messages)")


if __name__ == "__main__":
    main()
