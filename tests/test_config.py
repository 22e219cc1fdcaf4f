import pytest

from treatywatch.config import ConfigError, load_settings


def test_defaults_are_the_embedded_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TREATYWATCH_DATA_DIR", str(tmp_path))
    s = load_settings()
    assert s.db_url == f"sqlite:///{tmp_path / 'treatywatch.db'}"
    assert s.smtp_url == "" and s.alert_to == []
    assert s.outbox_path == tmp_path / "outbox"


def test_recipients_are_comma_separated(monkeypatch):
    monkeypatch.setenv("TREATYWATCH_ALERT_TO", "a@example.org, b@example.org")
    assert load_settings().alert_to == ["a@example.org", "b@example.org"]


@pytest.mark.parametrize("name, value", [
    ("TREATYWATCH_DATABASE_URL", "mysql://root@localhost/x"),
    ("TREATYWATCH_SMTP_URL", "http://mail.example.org"),
    ("TREATYWATCH_SMTP_URL", "smtp://host:notaport"),
    ("TREATYWATCH_ALERT_TO", "analyst-without-domain"),
    ("TREATYWATCH_ALERT_TO", "a@example.org\r\nBcc: x@evil.example"),
    ("TREATYWATCH_OUTLETS_FILE", "/nonexistent/outlets.yaml"),
    ("TREATYWATCH_OUTLETS_BASE_URL", "ftp://mirror"),
])
def test_bad_value_fails_at_start_naming_the_setting(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert name in str(err.value)


def test_smtp_password_is_not_echoed_in_the_error(monkeypatch):
    monkeypatch.setenv("TREATYWATCH_SMTP_URL", "smtp://user:s3cretpw@host:bad")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "s3cretpw" not in str(err.value)
