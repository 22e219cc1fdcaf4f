"""Quality gate (trafilatura style): the dev-corpus figures must not drop below the committed baseline."""
import json
from pathlib import Path

import pytest

from tests.conftest import shared_file
from treatywatch.quality import HEADLINE, score_corpus

BASELINE = Path(__file__).with_name("quality_baseline.json")
TOLERANCE = 0.005  # rounding of the scorer's three decimals


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return score_corpus(shared_file("corpus", "dev.jsonl"), shared_file("eval", "score.py"),
                        tmp_path_factory.mktemp("quality"))


@pytest.mark.parametrize("name", HEADLINE)
def test_figure_holds_the_baseline(figures, name):
    baseline = json.loads(BASELINE.read_text())
    assert figures[name] >= baseline[name] - TOLERANCE, f"{name} fell to {figures[name]} from {baseline[name]}"


def test_every_article_is_exported(figures):
    assert figures["articles_missing"] == 0
