"""Why the pipeline said what it said about one article: every statement, its speaker, new or seen and why.

`explain_article(db_url, url)` returns plain data (the CLI `treatywatch statements explain` prints it):
the article, then per statement the speaker as written and as resolved, the extraction rule, topic,
direct or reported, new or seen with the nearest earlier statement (its article, outlet, quote, similarity)
and the novelty rule that decided, the stance with its cue, and whether it is a shift.
"""
from __future__ import annotations

from sqlalchemy import or_, select

from treatywatch import dedup
from treatywatch.store.models import Article, Statement
from treatywatch.store.session import new_session


class ArticleNotFound(LookupError):
    pass


def explain_article(db_url: str, url: str) -> dict:
    """The stored article at `url` (as fetched or canonical) and the reasons behind each of its statements."""
    session = new_session(db_url)
    try:
        canonical = dedup.canonical_url(url, None)
        article = session.scalar(select(Article).where(or_(Article.url == url, Article.source_url == url,
                                                           Article.url == canonical)).limit(1))
        if article is None:
            raise ArticleNotFound(f"no stored article at {url}")
        return {"url": article.source_url or article.url, "canonical_url": article.url, "outlet": article.outlet,
                "published": article.published, "language": article.language, "relevant": bool(article.relevant),
                "statements": [_statement(session, st) for st in article.statements]}
    finally:
        session.close()


def _statement(session, st: Statement) -> dict:
    evidence = dict(st.evidence or {})
    nearest_id = evidence.get("nearest_id", st.first_report_id)
    nearest = session.get(Statement, nearest_id) if nearest_id else None
    return {
        "id": st.id, "position": st.position,
        "speaker": st.speaker, "speaker_as_written": st.speaker_as_written or st.speaker,
        "speaker_resolved": (st.speaker_as_written or st.speaker) != st.speaker, "extraction_rule": st.rule,
        "quote": st.quote, "direct": bool(st.direct), "peace_treaty": bool(st.peace_treaty),
        "topics": list(st.topics or []), "new": bool(st.new),
        "novelty_rule": evidence.get("rule") or ("new" if st.new else "seen"),
        "similarity": evidence.get("similarity", st.similarity),
        "subjects": list(evidence.get("subjects") or []),  # what a match by subject matter shares
        "first_report_id": st.first_report_id,
        "nearest": None if nearest is None else {
            "id": nearest.id, "url": nearest.article.source_url or nearest.article.url,
            "outlet": nearest.article.outlet, "published": nearest.article.published,
            "speaker": nearest.speaker, "quote": nearest.quote},
        # same_remark: the statement of this article it is one remark with (that one repeats the first report)
        "told_again_as": evidence.get("via_id"),
        "stance": st.stance, "stance_cue": evidence.get("stance_cue"),
        "previous_stance": evidence.get("previous_stance"), "shift": bool(st.shift),
    }


def render(report: dict) -> str:
    """The report as text for a terminal."""
    lines = [f"{report['url']}", f"  outlet {report['outlet']}, published {report['published']}, "
             f"language {report['language']}, relevant {'yes' if report['relevant'] else 'no'}, "
             f"{len(report['statements'])} statement(s)"]
    for s in report["statements"]:
        who = s["speaker"] if not s["speaker_resolved"] else f"{s['speaker_as_written']} → {s['speaker']}"
        lines += ["", f"[{s['position']}] {who}  (extraction rule: {s['extraction_rule'] or '-'})",
                  f"    “{s['quote']}”",
                  f"    {'direct quote' if s['direct'] else 'reported speech'}; "
                  f"treaty: {'yes' if s['peace_treaty'] else 'no'}; topics: {', '.join(s['topics']) or '-'}"]
        verdict = "NEW" if s["new"] else "SEEN"
        why = f"rule {s['novelty_rule']}, similarity {s['similarity']}"
        if s.get("subjects"):
            why += f"; subjects in common: {', '.join(s['subjects'])}"
        lines.append(f"    {verdict} ({why})")
        if s["nearest"]:
            n = s["nearest"]
            label = "first report" if not s["new"] else "nearest earlier"
            # (under another name: the institution a spokesman speaks for, or the other way round)
            by = f" ({n['speaker']})" if n["speaker"] != s["speaker"] else ""
            lines.append(f"      {label}: #{n['id']} {n['outlet']} {n['published']} {n['url']}{by}")
            lines.append(f"      “{n['quote'][:300]}”")
        if s.get("told_again_as"):
            lines.append(f"      one remark with statement #{s['told_again_as']} of this article, which repeats it")
        if s["stance"]:
            shift = f"SHIFT from {s['previous_stance']}" if s["shift"] else "no shift"
            lines.append(f"    stance: {s['stance']} (cue “{s['stance_cue']}”); {shift}")
    return "\n".join(lines)
