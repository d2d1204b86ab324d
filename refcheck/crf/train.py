"""Train the reference-string labeller from a corpus folder.

Usage: ``python -m refcheck.crf.train ../shared/corpus [--out refcheck/data/refparse.crfsuite]``

Reads only development/training material (see ``refcheck.crf.data.read_corpus``) and leaves one
string in five out (``is_held_out``) for the benchmark, ``tests/bench/refstrings.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from refcheck.crf.data import Labelled, is_held_out, read_corpus
from refcheck.crf.features import sequence_features
from refcheck.crf.labeller import MODEL_PATH
from refcheck.crf.tokens import Token, tokenize


def token_labels(item: Labelled) -> tuple[list[list[str]], list[str]]:
    tokens = tokenize(item.text)
    labels: list[str] = []
    for token in tokens:
        label = "other"
        for name, start, end in item.segments:
            if start <= token.start < end:
                label = name
                break
        labels.append(label)
    _punctuation_at_edges_is_other(tokens, labels)
    _punctuation_inside_takes_the_label(tokens, labels)
    return sequence_features(item.text, tokens), labels


def _punctuation_inside_takes_the_label(tokens: list[Token], labels: list[str]) -> None:
    """ "Smith J, Jones K": the comma between two authors is part of the author list (AnyStyle's
    convention; JATS leaves it outside the name elements)."""
    index = 1
    count = len(tokens)
    while index < count - 1:
        if labels[index] != "other":
            index += 1
            continue
        end = index
        while end < count and labels[end] == "other" and not tokens[end].text.isalnum():
            end += 1
        if end < count and end > index and labels[end] == labels[index - 1] != "other":
            for position in range(index, end):
                labels[position] = labels[end]
        index = max(end, index + 1)


def _punctuation_at_edges_is_other(tokens: list[Token], labels: list[str]) -> None:
    """AnyStyle keeps the punctuation around a field inside it ("Smith, J.,"), GROBID and JATS
    leave it outside: one convention (outside) for all, except brackets and quotes that a field
    value keeps ("(Eds.)", a title's closing quote are dropped later by the field cleaner)."""
    count = len(tokens)
    for index in range(count):
        text = tokens[index].text
        if labels[index] == "other" or text.isalnum() or len(text) != 1 or text in "([":
            continue
        label = labels[index]
        before = labels[index - 1] if index else None
        after = labels[index + 1] if index + 1 < count else None
        if before != label or after != label:  # at the start or end of its field
            end = index
            while (
                end + 1 < count
                and labels[end + 1] == label
                and len(tokens[end + 1].text) == 1
                and not tokens[end + 1].text.isalnum()
            ):
                end += 1
            if after != label or end + 1 >= count or labels[end + 1] != label:
                for position in range(index, end + 1):
                    labels[position] = "other"


def train(
    corpus: Path, out: Path, iterations: int = 150, c1: float = 0.05, c2: float = 0.01
) -> int:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for item in read_corpus(corpus):
        if is_held_out(item.text) or item.text in seen:
            continue
        seen.add(item.text)
        features, labels = token_labels(item)
        if features:
            trainer.append(features, labels)
            counts[item.source.split("/")[0]] += 1
    if not counts:
        print(f"no training strings under {corpus}", file=sys.stderr)
        return 2
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    started = time.monotonic()
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    sources = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    print(
        f"trained on {sum(counts.values())} strings ({sources}) in "
        f"{time.monotonic() - started:.0f} s -> {out} ({out.stat().st_size // 1024} KiB)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"train: no corpus folder at {args.corpus}", file=sys.stderr)
        return 2
    return train(args.corpus, args.out, args.iterations, args.c1, args.c2)


if __name__ == "__main__":
    sys.exit(main())
