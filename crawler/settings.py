"""Scrapy settings for treatywatch's crawler (SCRAPY_SETTINGS_MODULE=crawler.settings).

Polite by default (robots.txt, AutoThrottle, a per-domain limit, an honest User-Agent); the
TREATYWATCH_* values come from the environment, which `treatywatch.crawl` sets for each run.
"""
import os

from treatywatch.config import Settings

BOT_NAME = "treatywatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = os.environ.get("TREATYWATCH_USER_AGENT") or Settings.model_fields["user_agent"].default
ROBOTSTXT_OBEY = True

# politeness: at most 4 parallel requests per site, AutoThrottle adapts the delay to the site's latency
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
DOWNLOAD_DELAY = 0

# items are cheap to process (validation + feed line); the default of 100 parallel items only adds overhead
CONCURRENT_ITEMS = 8

DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
CLOSESPIDER_TIMEOUT = 3000  # a run never outlives its daily slot
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no control port per crawl process

ITEM_PIPELINES = {"crawler.pipelines.ValidateArticle": 100}
EXTENSIONS = {"crawler.extensions.StatsFile": 500}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("TREATYWATCH_CRAWL_LOG_LEVEL", "INFO")

# treatywatch's own settings, read in the components' from_crawler
TREATYWATCH_STATS_FILE = ""  # where StatsFile writes the final stats as JSON (empty: off)
TREATYWATCH_DATABASE_URL = os.environ.get("TREATYWATCH_DATABASE_URL", "")  # known URLs are skipped
TREATYWATCH_OUTLETS_FILE = os.environ.get("TREATYWATCH_OUTLETS_FILE", "")
TREATYWATCH_OUTLETS_BASE_URL = os.environ.get("TREATYWATCH_OUTLETS_BASE_URL", "")
# article extraction runs in this many worker processes, off the reactor (0: inline); see crawler/extraction.py
TREATYWATCH_EXTRACT_WORKERS = int(os.environ.get("TREATYWATCH_EXTRACT_WORKERS", "2"))

# conditional GET of feeds and sitemaps from the store's validators; Retry-After honoured (see crawler/middlewares.py)
DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.ConditionalListings": 580, "crawler.middlewares.RetryAfterBackoff": 560}
TREATYWATCH_MAX_RETRY_AFTER = 120.0
