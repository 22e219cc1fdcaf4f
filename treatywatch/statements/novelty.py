"""New or already reported? The same words of the same speaker, re-reported by another outlet.

`NoveltyIndex` keeps, per speaker, an inverted index of word shingles (character shingles for Japanese),
so a lookup touches only statements that share a shingle with the query. Similarity is containment
(shared shingles over the smaller set): a shortened or merged quote still matches its source. Across
languages words cannot be compared, so a statement in another language matches when the same speaker,
within a few days, talks about the same things (treaty, 1956 declaration, sovereignty, numbers…).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date

from treatywatch.statements.speakers import canonical

THRESHOLD = 0.5
CROSS_LANGUAGE_THRESHOLD = 0.6
CROSS_LANGUAGE_DAYS = 3
PARAPHRASE_DAYS = 3
RECENT = 60  # paraphrase and cross-language checks look at the speaker's latest statements only
PARAPHRASE_THRESHOLD = 0.5
MAX_POSTINGS = 5000  # shingles shared by more statements say nothing about identity
QUOTES = str.maketrans({c: " " for c in "“”„«»「」『』‘’'`\"()[]"})
STOP = set("the a an of to and in on for that this is are was were be been with as at by it its from he she they we "
           "has have had will would not but or our their his her which who also said says".split())
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

CONCEPTS = {
    "treaty": r"treaty|pact|peace deal|peace agreement|договор|条約|tratado|trattato|traktat|vertrag|abkommen|معاهدة|संधि",
    "islands": r"island|isle|kuril|territor|остров|курил|территор|島|領土|isla|isol|wysp|ilha|insel|جزر|द्वीप",
    "declaration": r"1956|declaration|декларац|宣言|declaraci|dichiaraz|deklarac|erklärung|إعلان|घोषणा",
    "sovereignty": r"sovereign|суверен|主権|帰属|soberan|sovran|suweren|souverän|سيادة|संप्रभु",
    "talks": r"talk|negotiat|dialog|переговор|диалог|交渉|対話|negoci|negozi|negocj|verhandl|مفاوض|वार्ता|बातचीत",
    "wwii": r"world war|wwii|второй мировой|大戦|guerra mundial|wojn\w* światow|weltkrieg|الحرب العالمية|विश्व युद्ध",
    "charter": r"charter|устав|憲章|carta|karta|charta|ميثاق|चार्टर",
    "sanctions": r"sanction|санкц|制裁|sanzion|sankcj|sanktion|عقوبات|प्रतिबंध",
    "preconditions": r"precondition|предварительных условий|前提条件|condiciones previas|warunków wstępnych",
    "security": r"security|alliance|безопасност|союз|安全保障|同盟|segurid|sicurezz|bezpiecz|sicherheit|أمن|सुरक्षा",
    "generations": r"generation|поколени|世代|generaci|generazi|pokoleni|generation|أجيال|पीढ़",
    "impossible": r"impossible|unfeasible|невозможн|不可能|imposible|impossibil|niemożliw|unmöglich|مستحيل|असंभव",
    "unacceptable": r"unacceptable|неприемлем|受け入れ|inaceptable|inaccettabil|nie do przyjęcia|inakzeptabel|غير مقبول|अस्वीकार्य",
}
_CONCEPTS = {k: re.compile(v, re.IGNORECASE) for k, v in CONCEPTS.items()}


@dataclass
class _Item:
    id: int
    language: str
    day: date | None
    shingles: frozenset
    concepts: frozenset
    words: frozenset = frozenset()


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES).lower().replace("ё", "е")
    return re.sub(r"\s+", " ", text).strip()


def shingles(text: str) -> frozenset:
    t = normalise(text)
    if CJK.search(t):
        chars = re.sub(r"[\s\W]+", "", t)
        return frozenset(chars[i:i + 3] for i in range(max(1, len(chars) - 2)))
    words = [w[:6] for w in re.findall(r"\w+", t) if w not in STOP]  # a crude stem absorbs inflection
    if len(words) < 3:
        return frozenset(words)
    return frozenset(" ".join(words[i:i + 2]) for i in range(len(words) - 1))


def content_words(text: str) -> frozenset:
    """Stemmed content words (character bigrams for Japanese): what a paraphrase keeps of its source."""
    t = normalise(text)
    if CJK.search(t):
        chars = re.sub(r"[\s\W]+", "", t)
        return frozenset(chars[i:i + 2] for i in range(max(1, len(chars) - 1)))
    return frozenset(w[:5] for w in re.findall(r"\w+", t) if w not in STOP and len(w) > 2)


def concepts(text: str) -> frozenset:
    found = {k for k, rx in _CONCEPTS.items() if rx.search(text or "")}
    found |= {f"n:{n}" for n in re.findall(r"\b(?:19|20)\d\d\b|\b\d{2,}\b", text or "")}
    return frozenset(found)


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _language(quote: str, language: str | None) -> str:
    if CJK.search(quote or ""):
        return "ja"
    if re.search(r"[\u0400-\u04ff]", quote or ""):
        return "ru"
    return language or "en"


class NoveltyIndex:
    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._items: dict[str, list[_Item]] = {}  # speaker → items, in insertion order
        self._postings: dict[str, dict[str, list[int]]] = {}  # speaker → shingle → positions in _items
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @staticmethod
    def _key(speaker: str) -> str:
        return canonical(speaker or "").lower()

    def add(self, statement_id: int, speaker: str, quote: str, language: str | None, published: str | None) -> None:
        key = self._key(speaker)
        items = self._items.setdefault(key, [])
        postings = self._postings.setdefault(key, {})
        item = _Item(statement_id, _language(quote, language), _day(published), shingles(quote), concepts(quote),
                     content_words(quote))
        for sh in item.shingles:
            postings.setdefault(sh, []).append(len(items))
        items.append(item)
        self._count += 1

    def match(self, speaker: str, quote: str, language: str | None, published: str | None) -> tuple[int | None, float]:
        """Nearest earlier statement that is the same utterance, and its similarity; (None, best) when new."""
        key = self._key(speaker)
        items = self._items.get(key)
        if not items:
            return None, 0.0
        lang = _language(quote, language)
        query = shingles(quote)
        best_id, best = None, 0.0
        counts: Counter = Counter()
        postings = self._postings[key]
        for sh in query:
            hits = postings.get(sh)
            if hits and len(hits) <= MAX_POSTINGS:
                counts.update(hits)
        for pos, shared in counts.most_common(50):
            item = items[pos]
            sim = shared / max(1, min(len(query), len(item.shingles)))
            if sim > best or (sim == best and best_id is not None):
                best_id, best = item.id, sim
        if best >= self.threshold:
            return best_id, round(best, 3)
        # a paraphrase of the same occasion: same speaker, same days, most content words shared
        day, words = _day(published), content_words(quote)
        if day is not None and len(words) >= 4:
            for item in reversed(items[-RECENT:]):
                if item.day is None or abs((item.day - day).days) > PARAPHRASE_DAYS or item.language != lang:
                    continue
                shared = len(words & item.words) / max(1, min(len(words), len(item.words)))
                if shared >= PARAPHRASE_THRESHOLD:
                    return item.id, round(shared, 3)
        # another language: same speaker, same days, same subject matter
        cq = concepts(quote)
        topical = {c for c in cq if not c.startswith("n:")}
        if day is not None and len(topical) >= 2:
            for item in reversed(items[-RECENT:]):
                if item.language == lang or item.day is None or abs((item.day - day).days) > CROSS_LANGUAGE_DAYS:
                    continue
                union = cq | item.concepts
                sim = len(cq & item.concepts) / len(union) if union else 0.0
                if sim >= CROSS_LANGUAGE_THRESHOLD:
                    return item.id, round(sim, 3)
                best = max(best, sim)
        return None, round(best, 3)
