"""The outlet registry: the bundled file loads; bad entries fail naming file, entry and key; URL rewriting."""
import pytest
import yaml

from treatywatch.config import BUNDLED_OUTLETS, ConfigError
from treatywatch.outlets import get_outlet, load_outlets, original_url, rewrite_url


def write(tmp_path, outlets):
    path = tmp_path / "outlets.yaml"
    path.write_text(yaml.safe_dump({"outlets": outlets}), encoding="utf-8")
    return path


GOOD = {"name": "tass", "language": "en", "feeds": ["https://tass.com/rss/v2.xml"],
        "article_pattern": r"^https?://tass\.com/[a-z-]+/\d+$"}


def test_bundled_registry_has_the_outlets_others_rely_on():
    outlets = {o.name: o for o in load_outlets(BUNDLED_OUTLETS)}
    assert {"tass", "xinhua", "kyodo", "nhk", "japantimes", "tass_ru", "kremlin", "mofa_japan"} <= set(outlets)
    assert outlets["tass"].feeds == ["https://tass.com/rss/v2.xml"]
    assert outlets["tass_ru"].language == "ru"
    assert outlets["tass"].is_article("https://tass.com/politics/2045123")
    assert not outlets["tass"].is_article("https://tass.com/politics")


def test_good_user_file(tmp_path):
    [tass] = load_outlets(write(tmp_path, [GOOD]))
    assert tass.name == "tass" and tass.selectors is None and tass.sources() == [("feeds", GOOD["feeds"])]


@pytest.mark.parametrize("change, words", [
    ({"feedz": ["https://tass.com/x.xml"]}, ["feedz", "unknown key"]),
    ({"feeds": ["tass.com/rss.xml"]}, ["feeds", "not an http(s) URL"]),
    ({"article_pattern": "(unclosed"}, ["article_pattern", "bad regex"]),
    ({"selectors": {"title": "h1[["}}, ["selectors.title", "bad selector"]),
    ({"selectors": {"headline": "h1"}}, ["selectors.headline", "unknown key"]),
])
def test_bad_entry_names_file_entry_and_key(tmp_path, change, words):
    path = write(tmp_path, [GOOD, {**GOOD, "name": "second", **change}])
    with pytest.raises(ConfigError) as err:
        load_outlets(path)
    message = str(err.value)
    assert str(path) in message and "entry 2 ('second')" in message
    for word in words:
        assert word in message


def test_missing_name_and_duplicates(tmp_path):
    nameless = {k: v for k, v in GOOD.items() if k != "name"}
    with pytest.raises(ConfigError, match=r"entry 2: name: missing required key"):
        load_outlets(write(tmp_path, [GOOD, nameless]))
    with pytest.raises(ConfigError, match="duplicate outlet name"):
        load_outlets(write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(ConfigError, match="expected a list under 'outlets:'"):
        (tmp_path / "x.yaml").write_text("tass: 1\n")
        load_outlets(tmp_path / "x.yaml")


def test_unknown_outlet_name():
    with pytest.raises(ConfigError, match="no outlet named 'nope'"):
        get_outlet("nope", BUNDLED_OUTLETS)


def test_rewriting_points_every_url_at_the_base_and_keeps_patterns_working(tmp_path):
    base = "http://127.0.0.1:8123"
    assert rewrite_url("https://tass.com/rss/v2.xml", base) == f"{base}/tass.com/rss/v2.xml"
    assert rewrite_url("https://www.interfax.ru/rss.asp?x=1", base + "/") == f"{base}/www.interfax.ru/rss.asp?x=1"
    assert original_url(f"{base}/tass.com/politics/1", base) == "https://tass.com/politics/1"
    assert original_url("https://tass.com/politics/1", base) == "https://tass.com/politics/1"
    [tass] = load_outlets(write(tmp_path, [{**GOOD, "sections": ["https://tass.com/politics"]}]), base_url=base)
    assert tass.feeds == [f"{base}/tass.com/rss/v2.xml"] and tass.sections == [f"{base}/tass.com/politics"]
    assert tass.is_article(f"{base}/tass.com/politics/2045123")  # the anchored pattern still matches
    assert not tass.is_article(f"{base}/kyodo/politics/2045123")
