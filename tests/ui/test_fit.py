"""Issue 13 §4 "Truncation": every screen fits a 1366×768 laptop in Dutch, French, German and English, at 100 %
and at 125 % scaling. Each run is a subprocess (tests/ui/fit_probe.py) on Qt's offscreen platform with a
1366×768 screen (and QT_SCALE_FACTOR=1.25): no label, button, box or table header shows its text cut, a table
cell is either whole or has its full text as a tooltip, and the main window (its status bar with the sync
state), the receipt dialog and its feedback line lie inside the screen's available area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, lang: str, scale: str) -> dict[str, object]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": True,
                                  "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    out = tmp_path / "fit.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale,
               PYTHONPATH=str(REPO), TMPDIR=str(tmp_path), LOKET_DATA_DIR=str(tmp_path / "laptop"))
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "tests.ui.fit_probe", lang, str(out)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


@pytest.mark.parametrize("scale", ["1", pytest.param("1.25", marks=pytest.mark.slow)])
@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_every_screen_fits_1366x768(tmp_path: Path, lang: str, scale: str) -> None:
    result = _probe(tmp_path, lang, scale)
    checked = result["checked"]
    assert isinstance(checked, dict)
    print(f"\nfit {lang} at {float(scale):.0%}: screen {result['screen']}, checked {checked}")
    assert checked["labels"] > 200 and checked["headers"] > 20 and checked["cells"] > 50
    assert result["problems"] == []
