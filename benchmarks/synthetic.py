"""Synthetic articles for the scale benchmarks, built at run time from the corpus in ../shared (never stored).

Originals are corpus sentences re-mixed with a quarter of their words swapped for corpus vocabulary, so two
originals share little text; copies are made from originals the way the web makes them: light edits,
truncations (aggregator excerpts), extensions, re-ordered paragraphs, boilerplate wrappers, shuffled copies.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
COPY_KINDS = ("edit", "truncate", "extend", "reorder", "wrap", "exact")
SPEAKERS = ["Sergei Lavrov", "Vladimir Putin", "Dmitry Peskov", "Maria Zakharova", "Fumio Kishida",
            "Shigeru Ishiba", "Sanae Takaichi", "Yoshimasa Hayashi", "Toshimitsu Motegi", "Mikhail Galuzin"]
JUNK_TOP = ["Home | World | Politics", "Share this article", "Posted by admin"]
JUNK_BOTTOM = ["Leave A Reply", "Related posts", "Tags: Russia, Japan", "Source link"]


@dataclass
class Pool:
    sentences: list[str]
    vocabulary: list[str]


def load_pool(corpus: Path | None = None, language: str = "en") -> Pool:
    corpus = corpus or SHARED / "corpus" / "dev.jsonl"
    sentences, vocab = [], set()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("language") != language:
            continue
        for s in re.split(r"(?<=[.!?])\s+", row["text"]):
            s = " ".join(s.split())
            if 60 <= len(s) <= 400:
                sentences.append(s)
                vocab.update(w for w in re.findall(r"[A-Za-z]{3,}", s))
    return Pool(sentences, sorted(vocab))


class Generator:
    def __init__(self, pool: Pool, seed: int):
        self.pool = pool
        self.rng = random.Random(seed)

    def _mutate(self, sentence: str, share: float) -> str:
        words = sentence.split()
        for i in range(len(words)):
            if self.rng.random() < share:
                words[i] = self.rng.choice(self.pool.vocabulary)
        return " ".join(words)

    def original(self, n: int) -> dict:
        paragraphs = []
        for _ in range(self.rng.randint(4, 8)):
            k = self.rng.randint(1, 3)
            paragraphs.append(" ".join(self._mutate(self.rng.choice(self.pool.sentences), 0.25) for _ in range(k)))
        paragraphs[0] = f"MOSCOW, report {n}. " + paragraphs[0]
        return self._record(n, "\n\n".join(paragraphs), f"origin{n % 17}")

    def copy(self, n: int, source: dict, kind: str | None = None) -> dict:
        kind = kind or self.rng.choice(COPY_KINDS)
        paras = source["text"].split("\n\n")
        if kind == "edit":
            paras = [self._mutate(p, 0.03) for p in paras]
        elif kind == "truncate":
            text = source["text"]
            paras = [text[: max(400, int(len(text) * self.rng.uniform(0.3, 0.8)))]]
        elif kind == "extend":
            paras = paras + [self._mutate(self.rng.choice(self.pool.sentences), 0.25)]
        elif kind == "reorder":
            self.rng.shuffle(paras[1:]) if len(paras) > 2 else None
            paras = [paras[0]] + sorted(paras[1:], key=lambda _: self.rng.random())
        elif kind == "wrap":
            paras = [self.rng.choice(JUNK_TOP)] + paras + self.rng.sample(JUNK_BOTTOM, 2)
        record = self._record(n, "\n\n".join(paras), f"mirror{n % 23}")
        record["copy_of"], record["copy_kind"] = source["url"], kind
        return record

    def _record(self, n: int, text: str, outlet: str) -> dict:
        # ~300 articles a day, so a million articles span nine years of news, as a real store would
        day = date(2016, 1, 1) + timedelta(days=(n % 1_000_000) // 300)
        return {"url": f"https://{outlet}.example/news/{n}", "outlet": outlet, "language": "en",
                "published": day.isoformat(), "title": None, "text": text}

    def stream(self, count: int, start: int = 0, copy_share: float = 0.3):
        """`count` records numbered from `start`: originals, and copies of originals made before them."""
        originals: list[dict] = []
        for n in range(start, start + count):
            if originals and self.rng.random() < copy_share:
                yield self.copy(n, self.rng.choice(originals))
            else:
                record = self.original(n)
                originals.append(record)
                if len(originals) > 5000:  # copies follow their source within days, not years
                    originals.pop(0)
                yield record

    def statement(self, text: str) -> tuple[str, str]:
        sentence = self.rng.choice(re.split(r"(?<=[.!?])\s+", text))
        return self.rng.choice(SPEAKERS), sentence
