"""Label the tokens of a reference string with the shipped CRF model."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from refcheck.crf.features import sequence_features
from refcheck.crf.tokens import tokenize

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "refparse.crfsuite"

_local = threading.local()  # a pycrfsuite Tagger is not safe to share between threads


def _tagger() -> Any | None:
    tagger = getattr(_local, "tagger", False)
    if tagger is False:
        tagger = None
        try:
            import pycrfsuite

            if MODEL_PATH.exists():
                tagger = pycrfsuite.Tagger()
                tagger.open(str(MODEL_PATH))
        except Exception:  # no model or no library: the rules parse alone
            tagger = None
        _local.tagger = tagger
    return tagger


def available() -> bool:
    return _tagger() is not None


# Confidence is asked only where it is used (refcheck.crf.combine): each marginal costs time.
SCORED_LABELS = frozenset({"title", "container"})


def scored_segments(text: str) -> list[tuple[str, int, int, float]]:
    """Runs of equally labelled tokens with the model's confidence in each title and container
    run (the lowest marginal probability of its label over its tokens; 1.0 for other runs)."""
    tagger = _tagger()
    tokens = tokenize(text)
    if tagger is None or not tokens:
        return []
    tagger.set(sequence_features(text, tokens))
    labels = tagger.tag()
    segments: list[tuple[str, int, int, float]] = []
    for index, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        confidence = tagger.marginal(label, index) if label in SCORED_LABELS else 1.0
        if segments and segments[-1][0] == label:
            _, start, _, lowest = segments[-1]
            segments[-1] = (label, start, token.end, min(lowest, confidence))
        else:
            segments.append((label, token.start, token.end, confidence))
    return segments
