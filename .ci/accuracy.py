"""Run the shared scorer on each gold set with the floors in eval/floors.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def main() -> int:
    if not (SHARED / "score.py").is_file():
        print("accuracy: ../shared/eval is absent; skipped")
        return 0
    floors = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))
    failed = 0
    for run in floors["runs"]:
        command = [sys.executable, str(SHARED / "score.py"), str(SHARED / run["gold"]), *run["args"]]
        command += [f"--min-{name.replace('_', '-')}={value}" for name, value in run["min"].items()]
        proc = subprocess.run(command, capture_output=True, text=True)
        last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip()[-300:]
        label = " ".join([run["gold"], *run["args"]])
        verdict = "ok" if proc.returncode == 0 else "BELOW FLOOR"
        print(f"accuracy {label}: {last} [{verdict}; floors {run['min']}]")
        failed += proc.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
