"""Write the current dev-corpus figures to tests/quality_baseline.json (run after an improvement, and commit).

    .venv/bin/python benchmarks/update_quality_baseline.py
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from treatywatch.quality import HEADLINE, score_corpus  # noqa: E402

figures = score_corpus(REPO.parent / "shared" / "corpus" / "dev.jsonl", REPO.parent / "shared" / "eval" / "score.py")
baseline = {name: figures[name] for name in HEADLINE}
(REPO / "tests" / "quality_baseline.json").write_text(json.dumps(baseline, indent=1) + "\n")
print(json.dumps(baseline, indent=1))
