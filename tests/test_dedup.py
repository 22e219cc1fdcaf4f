import pytest

from tests.sample_articles import FISHERIES, KYODO_TAKAICHI, LAVROV_TASS, aggregator_copy
from treatywatch import dedup
from treatywatch.text import clean_body


@pytest.mark.parametrize("url, expected", [
    ("https://www.tass.com/politics/1938/amp?utm_source=tg&utm_medium=x#top", "https://tass.com/politics/1938"),
    ("http://tass.com/politics/1938/", "https://tass.com/politics/1938"),
    ("https://m.example.org/news/5?b=2&a=1&fbclid=abc", "https://example.org/news/5?a=1&b=2"),
    ("https://www.asahi.com/ajw/articles/15552/print", "https://asahi.com/ajw/articles/15552"),
    ("https://www.example.com/print/news/7", "https://example.com/news/7"),
])
def test_canonical_url(url, expected):
    assert dedup.canonical_url(url) == expected


def test_declared_canonical_wins_on_the_same_site_only():
    assert dedup.canonical_url("https://tass.com/a?x=1", "https://tass.com/politics/1") == "https://tass.com/politics/1"
    assert dedup.canonical_url("https://tass.com/a", "https://evil.example/b") == "https://tass.com/a"


def test_site_of_uses_the_public_suffix_list():
    assert dedup.site_of("https://www.japantimes.co.jp/news/2026/") == "japantimes.co.jp"


def test_content_hash_ignores_quotes_space_and_wrappers():
    a = dedup.content_hash(clean_body(LAVROV_TASS))
    b = dedup.content_hash(clean_body(aggregator_copy(LAVROV_TASS.replace('"', "“", 1).replace("  ", " "))))
    assert a == b


def _index(*texts):
    index, bodies = dedup.MemoryBandIndex(), {}
    for i, (site, text) in enumerate(texts, 1):
        body = clean_body(text)
        index.add(i, dedup.fingerprint(body, "en").band_keys)
        bodies[i] = (body, site)
    return index, bodies


def _match(idx, text, site):
    index, bodies = idx
    fp = dedup.fingerprint(clean_body(text), "en")
    found = dedup.compare(fp, site, [(i, *bodies[i]) for i in index.query(fp.band_keys)])
    return dedup.first_copy(found)


def test_truncated_copy_on_another_site_is_a_copy():
    idx = _index(("tass", LAVROV_TASS), ("kyodo", KYODO_TAKAICHI))
    truncated = LAVROV_TASS[: len(LAVROV_TASS) // 2]
    m = _match(idx, truncated, "aggregator")
    assert m is not None and m.article_id == 1 and m.containment > 0.9


def test_extension_is_a_copy_and_points_to_the_earliest():
    idx = _index(("tass", LAVROV_TASS), ("mirror", LAVROV_TASS + "\n\nSubscribe to our channel."))
    m = _match(idx, LAVROV_TASS + "\n\nAn editor's note added at the end of the page for readers.", "blog")
    assert m is not None and m.article_id == 1


def test_different_articles_are_not_copies():
    idx = _index(("tass", LAVROV_TASS), ("kyodo", KYODO_TAKAICHI))
    assert _match(idx, FISHERIES, "other") is None


def test_same_outlet_sharing_background_needs_near_complete_overlap():
    background = LAVROV_TASS.split("\n\n", 3)[3]
    lead_a = "MOSCOW, November 21. /TASS/. Deputy foreign minister Andrei Rudenko met the Japanese ambassador on Friday to discuss the safety of Japanese fishing boats near the islands.\n\n"
    lead_b = "MOSCOW, November 22. /TASS/. The Kremlin said on Saturday that the visit of Japanese lawmakers to Moscow was not on the agenda and no invitation had been sent.\n\n"
    sim = dedup.containment(dedup.shingles(lead_a + background), dedup.shingles(lead_b + background))
    assert not dedup.is_copy(sim, 100, 100, same_site=True)


def test_band_keys_depend_on_the_language():
    body = clean_body(LAVROV_TASS)
    assert dedup.fingerprint(body, "en").band_keys == dedup.fingerprint(body, "en").band_keys
    assert not set(dedup.fingerprint(body, "en").band_keys) & set(dedup.fingerprint(body, "ru").band_keys)


def test_short_texts_get_no_band_keys():
    assert dedup.fingerprint("Too short to fingerprint.", "en").band_keys == []


def test_a_short_excerpt_of_a_long_article_is_found_through_the_lead_bands():
    long_text = "\n\n".join([LAVROV_TASS, KYODO_TAKAICHI, FISHERIES, LAVROV_TASS.replace("Lavrov", "Rudenko")])
    excerpt = long_text[:800]  # about a quarter: whole-text Jaccard is too low for the main bands alone
    whole = dedup.fingerprint(clean_body(long_text), "en")
    part = dedup.fingerprint(clean_body(excerpt), "en")
    lead_keys = set(whole.band_keys[dedup.BANDS:])
    assert lead_keys and lead_keys == set(part.band_keys[dedup.BANDS:])
    assert _match(_index(("tass", long_text)), excerpt, "aggregator") is not None


def test_sorted_unique_is_numpy_unique():
    import numpy as np

    from treatywatch.dedup import sorted_unique

    rng = np.random.default_rng(5)
    for size in (0, 1, 2, 7, 3000):
        values = rng.integers(0, 50, size=size).astype(np.uint32)
        assert np.array_equal(sorted_unique(values), np.unique(values))
        assert sorted_unique(values).dtype == np.uint32


def test_band_candidates_all_that_share_two_bands_and_the_nearest_few_that_share_one():
    from treatywatch.dedup import MAX_SINGLE_BAND, SINGLE_BAND_DAYS, select_candidates

    days = {aid: 737_000 + aid for aid in range(1, 41)}  # article n published on day 737,000 + n
    # few single-band candidates: all kept, by id
    assert select_candidates({5: 1, 3: 4, 9: 2, 7: 1}, days, 737_020) == [3, 9, 5, 7]
    # many: the nearest in time to the new article are kept (a syndicated copy follows within days)
    hits = {aid: 1 for aid in range(1, 29)} | {40: 3}
    chosen = select_candidates(hits, days, 737_020)
    assert chosen[0] == 40 and len(chosen) == 1 + MAX_SINGLE_BAND
    assert sorted(chosen[1:]) == list(range(20 - MAX_SINGLE_BAND // 2, 20 + MAX_SINGLE_BAND // 2))
    # no date on the new article: the earliest, as before; a candidate with no date comes after the dated ones
    assert select_candidates(hits, days, None)[1:] == list(range(1, 1 + MAX_SINGLE_BAND))
    assert 20 not in select_candidates(hits, days | {20: None}, 737_020)
    # sharing one band and published more than a month apart: chance, not confirmed even with room left;
    # sharing two: confirmed at any distance; no date on either side: not excluded
    far = days | {50: 737_020 + SINGLE_BAND_DAYS + 1, 51: 737_020 - SINGLE_BAND_DAYS, 52: None, 53: 700_000}
    assert select_candidates({50: 1, 51: 1, 52: 1, 53: 2}, far, 737_020) == [53, 51, 52]
    assert select_candidates({50: 1, 51: 1}, far, None) == [50, 51]


def test_choosing_among_a_workers_choice_of_stored_articles_is_choosing_among_all():
    """What lets the storing process take the workers' choice: the candidates chosen among stored and new
    articles together are those chosen among (the workers' choice of stored ones) and the new ones."""
    import random

    from treatywatch.dedup import select_candidates

    rng = random.Random(3)
    for _ in range(300):
        last_stored = 60
        hits = {aid: rng.choice((1, 1, 1, 2, 3, 7)) for aid in rng.sample(range(1, 100), rng.randint(0, 80))}
        dated = {aid: rng.choice((None, rng.randint(737_000, 737_365))) for aid in hits}
        stored = {aid: n for aid, n in hits.items() if aid <= last_stored}
        chosen_by_worker = select_candidates(stored, dated, 737_180)
        narrowed = {aid: n for aid, n in hits.items() if aid > last_stored or aid in chosen_by_worker}
        assert sorted(select_candidates(narrowed, dated, 737_180)) == \
            sorted(select_candidates(hits, dated, 737_180))


def test_band_hits_read_near_a_day_choose_as_all_hits_do(db_url):
    """What a worker reads with the new article's day (`SqlBandIndex.hits(…, day=)`: the articles it could
    not choose left in the store) gives the same candidates as every article sharing a key."""
    import random

    from sqlalchemy import insert

    from treatywatch.dedup import SINGLE_BAND_DAYS, select_candidates
    from treatywatch.store import Article, LshBand, session_scope
    from treatywatch.store.lsh import SqlBandIndex

    rng = random.Random(11)
    with session_scope(db_url) as s:
        s.execute(insert(Article), [{"id": aid, "url": f"https://x.example/{aid}", "text": "t", "content_hash": "h",
                                     "seq": aid} for aid in range(1, 301)])
        days = {aid: rng.choice((None, 737_000 + rng.randint(-4 * SINGLE_BAND_DAYS, 4 * SINGLE_BAND_DAYS)))
                for aid in range(1, 301)}
        s.execute(insert(LshBand), [{"key": key, "article_id": aid, "day": days[aid]}
                                    for aid in range(1, 301) for key in rng.sample(range(40), 3)])
    with session_scope(db_url) as s:
        index = SqlBandIndex(s)
        for _ in range(60):
            keys, day = rng.sample(range(40), 6), 737_000 + rng.randint(-SINGLE_BAND_DAYS, SINGLE_BAND_DAYS)
            up_to = rng.randint(100, 300)
            everything = index.hits(keys, up_to=up_to)
            near = index.hits(keys, up_to=up_to, day=day)
            assert set(near[0]) <= set(everything[0]) and len(near[0]) < len(everything[0])
            assert select_candidates(*near, day) == select_candidates(*everything, day)


def test_band_hits_through_the_driver_are_sqlalchemys_rows(db_url):
    """`SqlBandIndex.hits` runs SQLAlchemy's own expansion of its queries on the driver's cursor: the rows are
    those `Session.execute` returns for the same query, with and without `up_to` and `day`, on both backends,
    whatever the number of keys (duplicates included)."""
    import random

    from sqlalchemy import insert

    from treatywatch.dedup import SINGLE_BAND_DAYS
    from treatywatch.store import Article, LshBand, session_scope
    from treatywatch.store import lsh

    rng = random.Random(5)
    with session_scope(db_url) as s:
        s.execute(insert(Article), [{"id": aid, "url": f"https://x.example/{aid}", "text": "t", "content_hash": "h",
                                     "seq": aid} for aid in range(1, 201)])
        s.execute(insert(LshBand), [{"key": key, "article_id": aid, "day": rng.choice((None, 737_000 + aid))}
                                    for aid in range(1, 201) for key in rng.sample(range(-30, 30), 4)])
    with session_scope(db_url) as s:
        index = lsh.SqlBandIndex(s)
        for n in (1, 2, 7, 60, 61):
            keys = [rng.randint(-30, 30) for _ in range(n)]
            up_to, day = rng.randint(50, 200), 737_000 + rng.randint(0, 200)
            for args, query, params in (
                    ((), lsh._HITS, {}),
                    ((up_to,), lsh._HITS_UP_TO, {"up_to": up_to}),
                    ((up_to, day), lsh._HITS_NEAR, {"up_to": up_to, "low": day - SINGLE_BAND_DAYS,
                                                    "high": day + SINGLE_BAND_DAYS})):
                rows = s.execute(query, {"keys": sorted(set(keys)), **params}).all()
                expected = ({aid: c for aid, c, _ in rows}, {aid: d for aid, _, d in rows})
                assert index.hits(keys, *args) == expected
                assert rows or n == 1  # the random rows make most lookups find something


@pytest.mark.parametrize("size", [1, 2, 39, 700, 3000])
def test_minhash_values_are_datasketchs_bit_for_bit(size):
    """The band keys of stored articles were made from these values: a faster computation must not move one."""
    import numpy as np

    hashes = np.random.default_rng(size).integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32)
    reference = dedup.minhash_of_hashes(hashes).hashvalues  # datasketch's own update_batch
    for perms in (dedup.LEAD_BANDS * dedup.ROWS, dedup.NUM_PERM):
        assert (dedup.minhash_values(hashes, perms) == reference[:perms]).all()
