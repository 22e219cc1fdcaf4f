"""`treatywatch outlets list|check`: see and verify the outlet registry."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from treatywatch.config import ConfigError, load_settings
from treatywatch.outlets import load_outlets

outlets_app = typer.Typer(help="The outlet registry: list outlets, check their feeds and pages.", no_args_is_help=True)

OutletsOpt = typer.Option(None, "--outlets", help="registry file (default: TREATYWATCH_OUTLETS_FILE or the bundled one)")
BaseOpt = typer.Option(None, "--base-url", help="serve every outlet from this base URL (e.g. the mock web)")


def _load(outlets: Optional[Path], base_url: Optional[str]):
    try:
        settings = load_settings(outlets_file=outlets, outlets_base_url=base_url)
        return settings, load_outlets(settings.outlets_file, settings.outlets_base_url or None)
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


@outlets_app.command("list")
def list_outlets(outlets: Optional[Path] = OutletsOpt, base_url: Optional[str] = BaseOpt) -> None:
    """One line per configured outlet: name, language, sources."""
    _, configured = _load(outlets, base_url)
    for o in configured:
        kinds = ", ".join(f"{len(urls)} {kind}" for kind, urls in o.sources())
        typer.echo(f"{o.name:14} {o.language:3} {o.label:40} {kinds}")


@outlets_app.command("check")
def check(name: Optional[str] = typer.Argument(None, help="one outlet (default: all)"),
          outlets: Optional[Path] = OutletsOpt, base_url: Optional[str] = BaseOpt,
          timeout: float = typer.Option(20.0, help="seconds per request")) -> None:
    """Fetch each source once; show articles found, newest date and one extracted article. Exit 1 if an outlet finds nothing."""
    from treatywatch.outlet_check import check_outlet, format_check

    settings, configured = _load(outlets, base_url)
    if name:
        configured = [o for o in configured if o.name == name]
        if not configured:
            typer.echo(f"no outlet named {name!r}", err=True)
            raise typer.Exit(2)
    failed = []
    for outlet in configured:
        result = check_outlet(outlet, user_agent=settings.user_agent, timeout=timeout)
        for line in format_check(result):
            typer.echo(line)
        if not result.discovered:
            failed.append(outlet.name)
    if failed:
        typer.echo(f"nothing found for: {', '.join(failed)}", err=True)
        raise typer.Exit(1)
