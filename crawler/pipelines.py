"""Thin: an article without a URL or text is dropped (and counted); the feed export writes the rest."""
from scrapy.exceptions import DropItem


class ValidateArticle:
    REQUIRED = ("url", "outlet", "text")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def __init__(self, stats):
        self.stats = stats

    def process_item(self, item):
        missing = [f for f in self.REQUIRED if not item.get(f)]
        if missing:
            self.stats.inc_value("treatywatch/items_dropped")
            raise DropItem(f"article without {', '.join(missing)}: {item.get('source_url')}")
        return item
