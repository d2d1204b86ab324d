"""Speed and memory of `refcheck check --offline`, run by hand (not part of the test suite).

    python tests/bench/speed.py            # seed + synthetic 1,250 / 2,500 / 5,000 / 10,000 refs

Each case runs the real CLI in a subprocess (best of 5, after a warm-up run): wall time, time beyond interpreter
start-up (`python -c pass`), and peak resident memory of the child. Targets (issue 2): the seed
under 0.35 s beyond start-up; 5,000 references under 4 s; doubling the size at most doubles time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from generate import generate  # noqa: E402

_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=-3, stderr=-3); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


# Measured as installed: pip writes bytecode at install time, so the children may cache it too
# (this environment sets PYTHONDONTWRITEBYTECODE, which recompiles every module on every run).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(args: list[str]) -> tuple[float, float]:
    """Best wall time of 5 runs after a warm-up run, and the peak RSS (MB) of one more run."""
    subprocess.run(args, check=False, cwd=ROOT, env=ENV, capture_output=True)  # warm-up
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            args,
            check=False,
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        best = min(best, time.perf_counter() - start)
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *args], check=False, cwd=ROOT, env=ENV, capture_output=True
    )
    peak = int(out.stdout.decode().strip() or 0) / 1024
    return best, peak


def main() -> None:
    python = sys.executable
    startup, _ = run([python, "-c", "pass"])
    check = [python, "-m", "refcheck", "check", "--offline", "--format", "json", "-o", "/dev/null"]
    rows = []
    seed = str(ROOT / "seeds" / "000_6ff2c148979281d9.txt")
    wall, peak = run([*check, seed])
    rows.append(("seed 000 (41 refs)", wall, wall - startup, peak))
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1250, 2500, 5000, 10000):
            path = Path(tmp) / f"m{count}.txt"
            path.write_text(generate(count), encoding="utf-8")
            size = path.stat().st_size / 1e6
            wall, peak = run([*check, str(path)])
            rows.append((f"synthetic {count} refs ({size:.1f} MB)", wall, wall - startup, peak))
        # Without Markdown emphasis the learned labeller reads every entry (refcheck.crf.combine)
        path = Path(tmp) / "plain5000.txt"
        path.write_text(generate(5000).replace("*", ""), encoding="utf-8")
        wall, peak = run([*check, str(path)])
        rows.append(("synthetic 5000 refs, no emphasis", wall, wall - startup, peak))
    print(f"interpreter start-up: {startup:.3f} s")
    print(f"{'case':<34} {'wall s':>8} {'beyond start-up s':>18} {'peak RSS MB':>12}")
    for name, wall, beyond, peak in rows:
        print(f"{name:<34} {wall:>8.3f} {beyond:>18.3f} {peak:>12.0f}")


if __name__ == "__main__":
    main()
