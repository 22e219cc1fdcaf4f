"""Crawl throughput: the full spiders against a bare Scrapy fetch + bare trafilatura over the same pages.

    .venv/bin/python benchmarks/crawl_bench.py [--pages 2000] [--repeat 3]

Starts the mock outlet web with --bench N generated article pages (split between TASS and Xinhua) and,
in each round:
  (a) full:     treatywatch.crawl.crawl_outlets(["tass", "xinhua"]) - subprocess per outlet, robots.txt,
                AutoThrottle, discovery from the feeds, extraction, feed export, run rows in SQLite;
  (b) baseline: per outlet a bare `scrapy runspider` fetching exactly the article URLs the full crawl
                fetched (Scrapy defaults, no robots/AutoThrottle, bodies kept in memory), plus
                trafilatura.bare_extraction(with_metadata=True) over the same pages, timed on its own.
Both are wall-clock times including process start-up. Prints pages/s for each, the ratio full/baseline
per round, and the medians.
"""
from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import trafilatura

from treatywatch.config import load_settings
from treatywatch.crawl import crawl_outlets, read_feed
from treatywatch.mockweb.server import MockWeb, default_day
from treatywatch.store import upgrade

OUTLETS = ["tass", "xinhua"]

BARE_SPIDER = '''
import pickle, scrapy

class BareSpider(scrapy.Spider):
    name = "bare"
    custom_settings = {"LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False}

    def __init__(self, urls, out, **kw):
        super().__init__(**kw)
        self.urls = open(urls).read().split()
        self.out = out
        self.pages = []

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url)

    def parse(self, response):
        self.pages.append((response.url, response.body))

    def closed(self, reason):
        with open(self.out, "wb") as fh:
            pickle.dump(self.pages, fh)
'''


def run_full(base_url: str, day, work: Path, round_no: int) -> tuple[float, int, dict[str, list[str]]]:
    settings = load_settings(data_dir=work / f"full{round_no}", outlets_base_url=base_url)
    upgrade(settings.db_url)
    since = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    started = time.perf_counter()
    results = crawl_outlets(OUTLETS, run_key=f"bench{round_no}", since=since, until=since + timedelta(days=1),
                            settings=settings)
    elapsed = time.perf_counter() - started
    for r in results:
        if r.status != "ok":
            raise SystemExit(f"full crawl of {r.outlet} did not succeed: {r.status}: {r.message}")
    fetched = {r.outlet: [item["source_url"] for item in read_feed(r.feed_path)] for r in results}
    return elapsed, sum(r.pages for r in results), fetched


def run_baseline(fetched: dict[str, list[str]], work: Path, round_no: int) -> tuple[float, float, int]:
    spider_file = work / "bare_spider.py"
    spider_file.write_text(BARE_SPIDER)
    env = dict(os.environ)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    fetch_time, pages = 0.0, []
    for outlet, urls in fetched.items():
        url_file = work / f"urls-{outlet}-{round_no}.txt"
        url_file.write_text("\n".join(urls))
        out = work / f"bare-{outlet}-{round_no}.pickle"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider_file), "-a", f"urls={url_file}",
                        "-a", f"out={out}"], cwd=work, env=env, check=True, capture_output=True)
        fetch_time += time.perf_counter() - started
        pages += pickle.loads(out.read_bytes())
    started = time.perf_counter()
    extracted = sum(1 for url, body in pages
                    if trafilatura.bare_extraction(body, url=url, with_metadata=True) is not None)
    extract_time = time.perf_counter() - started
    if extracted < len(pages) * 0.95:
        raise SystemExit(f"bare trafilatura extracted only {extracted} of {len(pages)} pages")
    return fetch_time, extract_time, len(pages)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    day = default_day()
    full_rates, base_rates, ratios = [], [], []
    with tempfile.TemporaryDirectory(prefix="tw-crawl-bench-") as tmp, MockWeb(day=day, bench=args.pages) as web:
        work = Path(tmp)
        print(f"mock web {web.base_url}: {args.pages} generated article pages (+ the story pages), {os.cpu_count()} cores")
        for i in range(1, args.repeat + 1):
            full_time, full_pages, fetched = run_full(web.base_url, day, work, i)
            fetch_time, extract_time, base_pages = run_baseline(fetched, work, i)
            if base_pages != full_pages:
                raise SystemExit(f"baseline fetched {base_pages} pages, full {full_pages}")
            full_rate = full_pages / full_time
            base_rate = base_pages / (fetch_time + extract_time)
            full_rates.append(full_rate)
            base_rates.append(base_rate)
            ratios.append(full_rate / base_rate)
            print(f"round {i}: full {full_pages} pages in {full_time:.1f}s = {full_rate:.1f} pages/s | baseline "
                  f"fetch {fetch_time:.1f}s + extract {extract_time:.1f}s = {base_rate:.1f} pages/s | "
                  f"ratio {full_rate / base_rate:.2f}", flush=True)
    print(f"median: full {statistics.median(full_rates):.1f} pages/s, baseline {statistics.median(base_rates):.1f} "
          f"pages/s, ratio full/baseline {statistics.median(ratios):.2f} (target >= 0.85)")


if __name__ == "__main__":
    main()
