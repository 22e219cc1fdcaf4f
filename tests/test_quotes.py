"""`find_quotes` jumps from mark to mark; it must pair marks exactly as a walk over every character does."""
import random

from treatywatch.statements.quotes import MAX_QUOTE, PAIRED, TOGGLE, _opens_inside, find_quotes


def _walk(text, start=0, end=None):
    """The reference: every character in turn, the runaway check after each."""
    end = len(text) if end is None else end
    out, stack = [], []
    for i in range(start, end):
        ch = text[i]
        if stack and ch == stack[-1][0]:
            _, at = stack.pop()
            if not stack:
                out.append((at, i + 1))
        elif ch in PAIRED:
            stack.append((PAIRED[ch], i))
        elif ch in TOGGLE:
            if stack and stack[-1][0] == "\x00" and ch == '"' and _opens_inside(text, i, end, stack[-1][1]):
                stack.append(("\x00", i))
            elif stack and stack[-1][0] == "\x00":
                _, at = stack.pop()
                if not stack:
                    out.append((at, i + 1))
            else:
                stack.append(("\x00", i))
        if stack and i - stack[0][1] > MAX_QUOTE:
            stack.clear()
    return out


def test_marks_pair_as_a_walk_over_every_character_pairs_them():
    rng = random.Random(11)
    marks = list("«»„“「」『』”\"\x00") + ["a", " ", ".", ' "a', 'a" ']
    texts = ["«Курилы, — сказал Лавров, — это российская территория»", "He said: “ready to sign“ and ”no deadlines”.",
             "「交渉を終了させたのも日本だ」と述べた『平和条約』"]
    texts += ["".join(rng.choice(marks) if rng.random() < 0.3 else "x" for _ in range(rng.randint(0, 120)))
              for _ in range(2000)]
    # long texts with few marks: openers that run away past MAX_QUOTE characters
    texts += ["".join(rng.choice(marks) if rng.random() < 0.002 else "y" for _ in range(rng.randint(3000, 9000)))
              for _ in range(100)]
    for text in texts:
        for start, end in ((0, None), (3, max(3, len(text) - 2)), (len(text) // 3, len(text) // 2)):
            assert [(q.start, q.end) for q in find_quotes(text, start, end)] == _walk(text, start, end), text[:60]


def test_sentence_end_matches_as_its_plain_form_does():
    """SENTENCE_END is SENTENCE_END_PLAIN rewritten for speed: the same matches on every corpus text and on the
    cases each alternative is there for."""
    import json
    import re
    from pathlib import Path

    from treatywatch.statements.quotes import SENTENCE_END, SENTENCE_END_PLAIN

    plain = re.compile(SENTENCE_END_PLAIN)
    texts = ["He said so. Then he left!", "U.S.Army and ТАСС.Глава МИД", "交渉だ。次に", "«Да.» Нет?! Ну…\nДа",
             "Asked “why?” he said: “No.”", "Mr. Abe", "end.", "abc.Def ab.Cde abc.D"]
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert [m.span() for m in SENTENCE_END.finditer(text, start, end)] == \
                [m.span() for m in plain.finditer(text, start, end)], text[:80]


def test_a_full_stop_inside_the_closing_mark_ends_the_sentence_before_a_new_one():
    from treatywatch.statements.quotes import find_quotes, split_sentences

    def sentences(text):
        return [text[a:b] for a, b in split_sentences(text, find_quotes(text, 0, len(text)))]

    text = ('The daily wrote that Abe would "steadily advance negotiations." Asahi wrote that an official called the '
            'talks "extremely difficult."')
    assert sentences(text) == ['The daily wrote that Abe would "steadily advance negotiations."',
                               'Asahi wrote that an official called the talks "extremely difficult."']
    # a stop inside a multi-sentence quote, and a stop where the comma belongs before its attribution, do not
    assert len(sentences('"We agreed on a plan. We will meet again," Lavrov said.')) == 1
    assert len(sentences('"The islands are ours." Foreign Minister Lavrov said on Monday.')) == 1


def test_a_straight_quote_inside_a_straight_quote_nests():
    """'"Никаких "северных территорий" нет, есть российские Курилы", - написал он': one quote, the inner pair in
    it; two quotes one after the other stay two."""
    text = '"Никаких "северных территорий" нет, есть российские Курилы", - написал он.'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.index(", - ") + 0)]
    text = '"We are ready," he said. "The talks must resume," he added.'
    assert len(find_quotes(text)) == 2


def test_a_page_of_unclosed_straight_marks_is_searched_once_not_once_per_mark(monkeypatch):
    """Each straight mark inside an open quote asks whether a nested quote closes ahead; on a page of marks that
    never close, asking from each mark to the end of the outer quote read the page again per mark (180 KB: 30 s).
    The searches now cover each stretch once: their lengths add up to about the text's length."""
    from treatywatch.statements import quotes

    scanned = []

    class Counting:
        def search(self, text, start, end):
            scanned.append(end - start)
            return quotes.NESTED_CLOSER_PATTERN.search(text, start, end)

    monkeypatch.setattr(quotes, "NESTED_CLOSER_PATTERN", quotes.NESTED_CLOSER, raising=False)
    monkeypatch.setattr(quotes, "NESTED_CLOSER", Counting())
    text = '"start ' + ' "word' * 3000
    find_quotes(text)
    assert 0 < sum(scanned) <= 2 * len(text)
