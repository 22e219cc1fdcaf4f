"""A hash per table of what the pipeline stores: to check that a speed change leaves every output as it was.

    .venv/bin/python benchmarks/store_digest.py [--synthetic 3000] [--dump out.json]

Ingests the dev corpus, then --synthetic articles of the benchmark's generator (`synthetic.py`, seed 99, as
`dedup_scale.py`'s batch) into a fresh SQLite store with a fixed clock, and prints, per table, its row count and
a hash of every stored value that the pipeline decides (articles: URLs, copies, similarities, stories,
concepts, relevance, order; statements: every column; band rows). Run it before and after a change: the same
hashes mean the same store. --dump writes the rows, for a diff when they differ.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import Generator, load_pool  # noqa: E402

from treatywatch.ingest import ingest_records  # noqa: E402
from treatywatch.records import read_jsonl  # noqa: E402
from treatywatch.store import upgrade  # noqa: E402

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
TABLES = {
    "articles": "id, url, source_url, outlet, title, published, language, content_hash, duplicate_of_id, "
                "duplicate_similarity, story, concepts, relevant, relevance_score, seq",
    "statements": "*",
    "lsh_bands": "*",
}
# where a table's rows are read from: the band index is two tables (store/lsh.py), one whole
SOURCES = {"lsh_bands": "(SELECT * FROM lsh_bands UNION ALL SELECT * FROM lsh_bands_recent) AS bands"}


def digest(corpus: Path, synthetic: int) -> dict[str, list]:
    from sqlalchemy import create_engine, text

    with tempfile.TemporaryDirectory(prefix="tw-digest-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'store.db'}"
        upgrade(url)
        ingest_records(url, list(read_jsonl(corpus, [])), now=NOW)
        if synthetic:
            ingest_records(url, list(Generator(load_pool(), 99).stream(synthetic, start=50_000_000)), now=NOW)
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                return {table: [[str(v) for v in row] for row in conn.execute(
                    text(f"SELECT {columns} FROM {SOURCES.get(table, table)} ORDER BY 1, 2"))] for table, columns in TABLES.items()}
        finally:
            engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev.jsonl")
    ap.add_argument("--synthetic", type=int, default=3000)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    rows = digest(args.corpus, args.synthetic)
    for table, values in rows.items():
        print(f"{table:<11} {len(values):>8} rows  {hashlib.sha256(json.dumps(values).encode()).hexdigest()[:16]}")
    if args.dump:
        args.dump.write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
