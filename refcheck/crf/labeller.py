"""Label the tokens of a reference string with the shipped CRF model."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from refcheck.crf.features import sequence_features, stacked_features
from refcheck.crf.tokens import tokenize

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "refparse.crfsuite"
# the second stage, which reads the first stage's labels of the whole string (optional)
STAGE2_PATH = MODEL_PATH.with_name("refparse-stage2.crfsuite")

_local = threading.local()  # a pycrfsuite Tagger is not safe to share between threads


def _open(path: Path) -> Any | None:
    try:
        import pycrfsuite

        if path.exists():
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            return tagger
    except Exception:  # no model or no library: the rules parse alone
        return None
    return None


def _tagger() -> Any | None:
    tagger = getattr(_local, "tagger", False)
    if tagger is False:
        tagger = _open(MODEL_PATH)
        _local.tagger = tagger
        _local.stage2 = _open(STAGE2_PATH) if tagger is not None else None
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
    features = sequence_features(text, tokens)
    tagger.set(features)
    labels = tagger.tag()
    stage2 = _local.stage2
    if stage2 is not None:
        words = [token.text for token in tokens]
        extra = stacked_features(words, labels)
        stage2.set([row + more for row, more in zip(features, extra, strict=True)])
        labels, tagger = stage2.tag(), stage2
    segments: list[tuple[str, int, int, float]] = []
    for index, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        confidence = tagger.marginal(label, index) if label in SCORED_LABELS else 1.0
        if segments and segments[-1][0] == label:
            _, start, _, lowest = segments[-1]
            segments[-1] = (label, start, token.end, min(lowest, confidence))
        else:
            segments.append((label, token.start, token.end, confidence))
    return segments
