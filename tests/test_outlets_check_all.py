"""`treatywatch outlets check` works on every configured outlet against the mock web."""
import pytest
from typer.testing import CliRunner

from treatywatch.cli_outlets import outlets_app
from treatywatch.outlet_check import check_outlet
from treatywatch.outlets import load_outlets

try:
    from tests._crawl_fixtures import mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import mockweb  # noqa: F401


@pytest.mark.parametrize("name", [o.name for o in load_outlets()])
def test_check_finds_articles_and_extracts_a_sample(mockweb, name):
    outlet = next(o for o in load_outlets(base_url=mockweb.base_url) if o.name == name)
    result = check_outlet(outlet, user_agent="treatywatch-test", timeout=20)
    assert result.ok, (name, result.sources, result.sample_error)
    assert result.sample["language"] == outlet.language and result.sample["title"]


def test_check_all_exits_zero(mockweb):
    out = CliRunner().invoke(outlets_app, ["check", "--base-url", mockweb.base_url])
    assert out.exit_code == 0, out.output
    assert sum(line.endswith(": OK") for line in out.output.splitlines()) == len(load_outlets())
