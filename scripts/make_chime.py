"""Write the call display's chime, ``resources/branding/chime.wav`` (synthetic: two decaying bell tones, a
major third apart, with a few partials; 22.05 kHz mono 16-bit, about 1.3 s). Run again to rebuild it:

    .venv/bin/python scripts/make_chime.py [OUT]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "resources" / "branding" / "chime.wav"
# (start s, frequency Hz, loudness): "ding" then "dong"
NOTES = ((0.0, 659.25, 0.55), (0.42, 523.25, 0.6))
PARTIALS = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12), (4.2, 0.06))  # bell-like overtones
LENGTH = 1.3


def samples() -> list[float]:
    n = int(RATE * LENGTH)
    out = [0.0] * n
    for start, freq, loud in NOTES:
        first = int(start * RATE)
        for i in range(first, n):
            t = (i - first) / RATE
            attack = min(1.0, t / 0.005)
            env = attack * math.exp(-3.2 * t)
            out[i] += loud * env * sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in PARTIALS)
    peak = max(abs(v) for v in out) or 1.0
    fade = int(0.05 * RATE)
    for i in range(fade):  # no click at the end
        out[n - 1 - i] *= i / fade
    return [0.8 * v / peak for v in out]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", round(v * 32767)) for v in samples()))
    print(f"{out}: {LENGTH} s, {RATE} Hz")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
