"""The relevance probe (tests/probe_relevance.py: 48 own-words articles in English, Russian and Japanese, half of them
hard look-alikes: another dispute with one background sentence on the islands, a G7 statement, menus and "most read"
links naming Russia–Japan around an unrelated article, a tsunami off the Kurils): each is decided as labelled. The
ones the rules still decide wrong are listed in NOT_YET and marked `xfail(strict=True)`: when a change gets one
right, it must go. As first measured (round 25): F1 0.800 (9 look-alikes taken, 2 relevant articles missed)."""
import pytest

from tests.probe_relevance import ARTICLES
from treatywatch.relevance import is_relevant

NOT_YET = {
    "V12", "V16",  # a G7 statement, a used-car market story: both sides named often, no bilateral marker
    "V30",  # tourism on Iturup: the island's name is a bilateral marker wherever it stands
}


@pytest.mark.parametrize("article", [pytest.param(a, id=a["id"], marks=[pytest.mark.xfail(strict=True)]
                                                  if a["id"] in NOT_YET else []) for a in ARTICLES])
def test_a_probe_article_is_decided_as_labelled(article):
    assert is_relevant(article["title"], article["text"], article["language"]) == article["relevant"], article["why"]
