"""Score the pipeline on a labelled corpus: `ingest` + both exports, then ../shared/eval/score.py.

Used by `benchmarks/score_dev.py` (prints the figures) and the quality-gate test (compares with a baseline).
"""
from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

from treatywatch.export import export_articles, export_statements
from treatywatch.ingest import ingest_file
from treatywatch.store import upgrade

HEADLINE = ["core_statements_f1", "core_speaker_accuracy", "core_alerts_p", "core_alerts_r", "copies_f1",
            "relevance_f1", "statements_f1", "alerts_p", "alerts_r"]


def load_scorer(score_py: Path):
    spec = importlib.util.spec_from_file_location("treatywatch_eval_score", score_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_corpus(corpus: Path, score_py: Path, workdir: Path | None = None) -> dict:
    """Ingest `corpus` into a fresh SQLite store, export, score; returns every figure score.py computes."""
    with tempfile.TemporaryDirectory(prefix="tw-quality-") as tmp:
        work = Path(workdir or tmp)
        db = f"sqlite:///{work / 'dev.db'}"
        upgrade(db)
        ingest_file(db, corpus)
        articles, statements = work / "articles.jsonl", work / "statements.jsonl"
        for path, rows in ((articles, export_articles(db)), (statements, export_statements(db))):
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        scorer = load_scorer(score_py)
        return scorer.score(scorer.load(corpus), scorer.load(articles), scorer.load(statements))
