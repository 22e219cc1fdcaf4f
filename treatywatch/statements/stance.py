"""A speaker's position on the peace treaty, and when it shifts.

`classify(text)` names the position a statement takes, from cue phrases in English, Russian and Japanese,
or None when it takes none that these rules know. The most decisive position wins when several cues fire
(talks called off outweighs a hope to talk). `is_shift(stance, previous)`: a treaty statement whose
position differs from the speaker's latest one in an earlier article ("ready to sign" → "talks suspended") is
a shift, which the digest puts first; the parts of one article (a refusal and its condition) are no shift. `timeline(session, speaker)` lists a speaker's positions in processing order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from treatywatch.prefilter import prefiltered

# not discussing whose the islands are is their sovereignty held, not the talks called off
_OWNERSHIP = (r"\W+(?:\w+\W+){0,3}(?:ownership|sovereignty|belonging|status|принадлежност|суверенитет|статус"
              # …or their handing over ("never discuss handing the Kurils over", "не будет обсуждать передачу")
              r"|hand\w* over|handover|handing|transfer|return|передач|возвра)")
OWNERSHIP_AFTER, OWNERSHIP_NOT_AFTER = f"(?={_OWNERSHIP})", f"(?!{_OWNERSHIP})"
# in order of precedence: the first stance whose cue is found decides
STANCES: list[tuple[str, str]] = [
    ("talks_suspended",
     r"suspend\w*|halt\w*|freez\w*|frozen|call\w* off|break\w* off|broke off|pull\w* out of|withdr[ae]w\w* from"
     r"|terminat\w*|(?:talks|negotiations|dialogue|dialog|contacts)\W+(?:\w+\W+){0,8}(?:impossible|unfeasible|out of the question|not possible)"
     # "no dialogue on a peace treaty is possible", «никакого диалога … быть не может», 「再開できる状況にない」
     r"|no (?:talks|negotiations|dialogue|dialog|contacts)\W+(?:\w+\W+){0,8}(?:is|are) possible"
     r"|(?:переговор|диалог)\w*\W+(?:\w+\W+){0,8}быть не может|(?:再開|交渉)(?:が|は|を)?できる状況にない"
     r"|(?:impossible|unfeasible|no point|no intention|not (?:going|willing|intend\w*) to)\W+(?:\w+\W+){0,4}(?:continu\w*|hold\w*"
     r"|negotiat\w*|talk\w*|dialog\w*|discuss\w*+" + OWNERSHIP_NOT_AFTER + r"|resum\w*)"
     r"|will not (?:continue|hold|resume) (?:the )?(?:talks|negotiations)"
     # "will not discuss a peace treaty with Japan", "would not negotiate such a treaty" (not the islands' ownership)
     r"|(?:will not|won't|would not|refus\w+ to|declin\w+ to) (?:discuss|negotiate)(?=\W+(?:\w+\W+){0,2}(?:peace treaty|treaty))"
     r"|(?:no|(?:does|do|did)(?:n't| not) see (?:any )?) ?(?:grounds?|basis|conditions|prospects?)\W+(?:\w+\W+){0,2}(?:for|to) "
     r"(?:\w+\W+){0,3}(?:resum\w*|restart\w*|talks|negotiat\w*|dialog\w*)"
     # "pointless to talk about a peace treaty", "говорить о мирном договоре бессмысленно", 話すのは無意味だ
     r"|(?:pointless|meaningless|no sense|no point)\W+(?:\w+\W+){0,3}(?:talk\w*|negotiat\w*|discuss\w*|dialog\w*)"
     r"|бессмыслен\w*|無意味"
     r"|приостанов\w*|прекра\w*|замороз\w*|заморож\w*|свернул\w*|отказ\w* от (?:продолжения )?переговор\w*|выход\w* из"
     r"|не намерен\w* продолжать|невозмож\w*|не может быть и речи"
     r"|(?:оснований|условий|перспектив)\w* (?:\w+ ){0,2}(?:для )?(?:возобновлени|переговор|диалог)\w*(?: \w+){0,7} нет"
     r"|нет (?:оснований|условий|перспектив)\w* (?:для )?(?:возобновлени|переговор|диалог)\w*|не видит перспектив\w*"
     r"|не (?:будет|будем|намерен\w*|собира\w+|станет|станем) (?:\w+ )?(?:вести|продолжать|возобновлять|обсуждать" + OWNERSHIP_NOT_AFTER + r")"
     r"|中断|停止|打ち切|凍結|不可能|再開の(?:根拠|条件|見通し)は(?:今日)?(?:存在し)?ない|再開(?:は|も)あり得ない"
     r"|(?:再開する|再開の|交渉の)条件(?:は|が)(?:整っていない|整わない|ない)|継続する(?:つもり|考え|意向)はない|(?:交渉|対話)に応じない"),
    ("sovereignty_nonnegotiable",
     r"sovereignty\W+(?:\w+\W+){0,6}(?:is not|not|never) (?:up for |subject to |open to )?(?:discussion|negotiation|question|negotiable|discussed)"
     r"|(?:not|never) (?:negotiate|discuss) (?:\w+\W+){0,3}sovereignty|(?:russian|russia's) (?:sovereign )?territory"
     # "will not discuss the ownership of the Kurils", "не намерена обсуждать принадлежность Курил"
     r"|(?:not|never|no (?:plans?|intention) to)\W+(?:\w+\W+){0,3}discuss\w*+" + OWNERSHIP_AFTER
     + r"|не (?:\w+ ){0,2}обсужда\w*+" + OWNERSHIP_AFTER +
     # the islands will not change hands, in the words only the side holding them uses ("never cede", "not going to
     # hand over", "Japan will never get them back"); "no concessions", "give up" and 譲らない are said by both sides
     r"|(?:never|not)\W+(?:\w+\W+){0,3}(?:cede|hand over|give back|give (?:them|it|the islands) back)\b"
     r"|never (?:get|win) (?:\w+\W+){0,3}back"
     r"|не отда\w*|никогда не получит|(?:取り戻す|返す)ことは(?:決して)?ない|ロシア領"
     r"|(?:results?|outcomes?|consequences) of (?:the )?(?:world war (?:ii|two|2)|second world war|wwii)"
     r"|суверенитет\w*\W+(?:\w+\W+){0,4}не (?:обсужда\w*|подлежит)|российск\w+ территори\w*|наш\w* земл\w*"
     r"|итог\w* (?:второй мировой|вмв)|第2次(?:世界)?大戦の結果|ロシアの領土"),
    ("return_demanded",
     r"return of (?:the |all |four )?(?:\w+ )?islands|(?:islands?|territories) (?:must|should) be returned|demand\w* (?:the )?return"
     r"|illegal(?:ly)? occup\w*|inherent (?:part|territory)|integral part"
     r"|возвра(?:т|щени)\w* (?:\w+ )?остров\w*|исконн\w+ (?:японск\w+ )?территори\w*|незаконн\w+ оккупац\w*"
     r"|返還|固有の領土|不法占拠|我が国の領土"),
    ("treaty_without_preconditions",
     r"without (?:any )?(?:pre-?)?conditions|no preconditions"
     r"|без (?:каких-либо |всяких )?(?:предварительных )?условий|前提条件なし|前提条件を付けず|無条件"),
    ("1956_basis",
     r"(?:basis|based on|on the ground\w* of|proceed\w* from|foundation)\W+(?:\w+\W+){0,5}(?:1956|joint declaration)"
     r"|(?:1956|joint declaration)\W+(?:\w+\W+){0,5}(?:basis|as a foundation)"
     r"|на основ\w* (?:\w+ ){0,3}декларац\w* 1956|на базе (?:\w+ ){0,3}декларац\w*|декларац\w* 1956 года\W+(?:\w+\W+){0,4}основ\w*"
     r"|1956年の日ソ共同宣言を基礎|日ソ共同宣言を基礎|共同宣言を基礎"),
    ("ready_to_negotiate",
     r"ready to (?:sign|continue|resume|negotiate|work|hold|talk|discuss|conclude|return to)|willing\w* to (?:sign|negotiate|continue|talk|conclude)"
     r"|(?:continue|resume|accelerate|intensify|activate|advance|step up|push forward|persistently)\W+(?:\w+\W+){0,3}(?:talks|negotiations|dialogue)"
     r"|готов\w* (?:к |продолжать |подписать |работать |вести |вернуться к (?:\w+ )?(?:переговор|диалог))|продолж\w* (?:\w+ )?(?:переговор|диалог)\w*|ускор\w* переговор\w*"
     r"|交渉を(?:継続|加速|進め|前進)|粘り強く交渉|交渉を続け|対話を続け|(?:交渉|対話)に戻る用意"
     # the door held open ("open to dialogue", "never closed the door", «дверь для диалога открыта», 「扉は開かれている」)
     r"|open to (?:\w+ )?(?:talks|negotiations|dialogue|dialog)|(?:never|not) (?:\w+ )?(?:closed?|shut) the door"
     r"|door (?:\w+ ){0,3}(?:remains |is |stays )open|не закрыва\w* двер\w*|двер\w* (?:\w+ ){0,3}открыт\w*"
     r"|открыт\w* (?:к|для) (?:\w+ )?(?:диалог|переговор)\w*|扉は(?:常に)?開かれ|門戸を閉ざしていない"),
    ("resolve_then_sign",
     r"(?:resolv|solv|solution|resolution|settl)\w*\W+(?:\w+\W+){0,9}(?:and|before|then)\W+(?:\w+\W+){0,2}(?:conclu\w*|sign\w*)"
     r"(?: of)? (?:a |the )?peace (?:treaty|pact)"
     # …and the other way round: "conclude a peace treaty after resolving the territorial row"
     r"|(?:conclud|sign)\w* (?:a |the )?peace (?:treaty|pact)\W+(?:\w+\W+){0,3}(?:after|by|once) (?:first )?(?:resolv|solv|settl)\w*"
     r"|разреш\w* территориальн\w+ (?:вопрос|проблем|спор)\w*\W+(?:\w+\W+){0,4}заключ\w* мирн\w+ договор\w*"
     r"|領土問題を解決して平和条約を締結"),
]
_LEFT = r"(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF-])"  # a word boundary for alphabetic scripts only: Japanese has no spaces
_COMPILED = [(name, prefiltered(_LEFT + f"(?:{pattern})", re.IGNORECASE)) for name, pattern in STANCES]


@dataclass
class Stance:
    name: str
    cue: str  # the words that decided, for `statements explain`


def classify(text: str) -> Stance | None:
    """The position a statement takes on the treaty, or None."""
    for name, rx in _COMPILED:
        m = rx.search(text or "")
        if m:
            return Stance(name, m.group(0))
    return None


def is_shift(stance: str | None, previous: str | None) -> bool:
    """A position that differs from the speaker's latest earlier one (the first known position is no shift)."""
    return stance is not None and previous is not None and stance != previous


def latest_stance(session, speaker: str, before_id: int | None = None,
                  before_article_id: int | None = None) -> str | None:
    """The speaker's latest stored treaty position (an indexed lookup on statements.speaker); before a statement
    id, or in an article before `before_article_id` (a shift is against earlier articles)."""
    from sqlalchemy import select

    from treatywatch.store.models import Statement

    if session.get_bind().dialect.name == "sqlite":
        # SQLite (no statistics) walks the (speaker, id) index instead of this partial one: every statement of
        # a speaker whose latest ones carry no stance (52 ms against 40 µs for a speaker of 33,000 statements)
        from sqlalchemy import text

        before = "" if before_id is None else " AND id < :before_id"
        before += "" if before_article_id is None else " AND article_id < :before_article_id"
        return session.scalar(text("SELECT stance FROM statements INDEXED BY ix_statements_speaker_stance "
                                   "WHERE speaker = :speaker AND peace_treaty IS 1 AND stance IS NOT NULL"
                                   f"{before} ORDER BY id DESC LIMIT 1"),
                              {"speaker": speaker, "before_id": before_id, "before_article_id": before_article_id})
    query = (select(Statement.stance).where(Statement.speaker == speaker, Statement.peace_treaty.is_(True),
                                            Statement.stance.is_not(None))
             .order_by(Statement.id.desc()).limit(1))
    if before_id is not None:
        query = query.where(Statement.id < before_id)
    if before_article_id is not None:
        query = query.where(Statement.article_id < before_article_id)
    return session.scalar(query)


def timeline(session, speaker: str) -> list[dict]:
    """A speaker's treaty statements with a position, in processing order: published, stance, shift, quote."""
    from sqlalchemy import select

    from treatywatch.store.models import Article, Statement

    rows = session.execute(select(Statement, Article).join(Article, Statement.article_id == Article.id)
                           .where(Statement.speaker == speaker, Statement.peace_treaty.is_(True),
                                  Statement.stance.is_not(None)).order_by(Article.seq, Statement.position))
    return [{"statement_id": st.id, "published": a.published, "stance": st.stance, "shift": bool(st.shift),
             "new": bool(st.new), "url": a.source_url or a.url, "quote": st.quote} for st, a in rows]
