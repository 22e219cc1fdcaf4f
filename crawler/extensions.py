"""Write a crawl's final stats as JSON (TREATYWATCH_STATS_FILE), for the runner and health reports."""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured


def summarize(stats: dict, failures: list[dict]) -> dict:
    """The figures treatywatch keeps per crawl run, from Scrapy's stats and the spider's failure log."""
    errors_by_type = {k.rsplit("/", 1)[-1]: v for k, v in stats.items()
                      if k.startswith("treatywatch/errors/")}
    return {
        "pages": stats.get("treatywatch/article_pages", 0),
        "responses": stats.get("response_received_count", 0),
        "items": stats.get("item_scraped_count", 0),
        "errors": sum(f["urls"] for f in failures) + stats.get("treatywatch/extraction_failed", 0),
        "errors_by_type": errors_by_type,
        "extraction_failures": stats.get("treatywatch/extraction_failed", 0),
        "links_found": stats.get("treatywatch/links_found", 0),
        "skipped_known": stats.get("treatywatch/skipped_known", 0),
        "skipped_out_of_interval": stats.get("treatywatch/skipped_out_of_interval", 0),
        "sources_used": stats.get("treatywatch/sources_used"),
        "failures": failures,
        "finish_reason": stats.get("finish_reason"),
    }


class StatsFile:
    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.path = Path(path)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("TREATYWATCH_STATS_FILE")
        if not path:
            raise NotConfigured("TREATYWATCH_STATS_FILE not set")
        ext = cls(crawler, path)
        # spider_closed runs before the stats are final; engine_stopped runs after they are
        crawler.signals.connect(ext.write, signal=signals.engine_stopped)
        return ext

    def write(self) -> None:
        stats = {k: (v.isoformat() if isinstance(v, datetime) else v)
                 for k, v in self.crawler.stats.get_stats().items()}
        spider = getattr(self.crawler, "spider", None)
        failures = spider.failure_report() if hasattr(spider, "failure_report") else []
        payload = {"summary": summarize(stats, failures), "stats": stats}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, self.path)
