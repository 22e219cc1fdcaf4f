"""The CLI contract (`ingest`, `export`, `db upgrade`) through typer's runner, on the seeds and our articles."""
import json

from typer.testing import CliRunner

from tests.conftest import shared_file
from tests.sample_articles import LAVROV_TASS, aggregator_copy, record
from treatywatch.cli import app
from treatywatch.store.session import head_revision

runner = CliRunner()


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_db_upgrade(tmp_path):
    result = runner.invoke(app, ["db", "upgrade", "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 0, result.output
    assert f"revision {head_revision()}" in result.output


def test_ingest_and_export_contract(tmp_path):
    db = f"sqlite:///{tmp_path}/s.db"
    feed = tmp_path / "in.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        record("https://tass.com/politics/2001", LAVROV_TASS),
        record("https://mirror.example/a", aggregator_copy(LAVROV_TASS), outlet="mirror"),
    ]) + "\nnot json\n")
    result = runner.invoke(app, ["ingest", str(feed), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.output and ":3: not JSON" in result.output
    articles = _jsonl(runner.invoke(app, ["export", "articles", "--db", db, "--format", "jsonl"]).output)
    assert [set(a) for a in articles] == [{"url", "relevant", "duplicate_of", "story"}] * 2
    assert articles[1]["duplicate_of"] == "https://tass.com/politics/2001"
    statements = _jsonl(runner.invoke(app, ["export", "statements", "--db", db, "--format", "jsonl"]).output)
    assert statements and all(set(s) == {"article_url", "speaker", "quote", "direct", "peace_treaty", "new"}
                              for s in statements)
    assert sum(s["new"] for s in statements if s["article_url"] == "https://mirror.example/a") == 0


def test_seeds_through_the_cli(tmp_path):
    """Both seeds: a page carrying its article twice and an aggregator's machine-translated copy."""
    seeds = [shared_file("seeds", name) for name in ("000_5aeb6f87213f046b.txt", "003_b2326a5e04ad8443.txt")]
    feed = tmp_path / "seeds.jsonl"
    feed.write_text("\n".join(json.dumps({"url": f"https://seed.example/{i}", "outlet": f"seed{i}",
                                          "language": "en", "published": "2019-01-16" if i == 0 else "2021-07-08",
                                          "title": None, "text": p.read_text(encoding="utf-8")})
                              for i, p in enumerate(seeds)) + "\n")
    db = f"sqlite:///{tmp_path}/seeds.db"
    assert runner.invoke(app, ["ingest", str(feed), "--db", db]).exit_code == 0
    statements = _jsonl(runner.invoke(app, ["export", "statements", "--db", db]).output)
    treaty = [s for s in statements if s["peace_treaty"]]
    assert {s["speaker"] for s in treaty} == {"Sergei Lavrov"}
    assert {s["article_url"] for s in treaty} == {"https://seed.example/0", "https://seed.example/1"}
    seed0 = [s["quote"] for s in treaty if s["article_url"] == "https://seed.example/0"]
    assert any("UN Charter" in q for q in seed0)
    assert len(seed0) == len(set(seed0))  # the page's second copy adds nothing
    quotes = " ".join(s["quote"] for s in statements)
    assert "have not signed a post-World War II peace treaty due to" not in quotes
    assert "failed to reach a consensus" not in quotes
    assert "According to a joint declaration signed in 1956" not in quotes


def test_bad_database_url_is_named():
    result = runner.invoke(app, ["export", "articles", "--db", "mysql://x/y"])
    assert result.exit_code == 2
    assert "TREATYWATCH_DATABASE_URL" in result.output
