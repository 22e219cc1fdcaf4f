"""What a spider yields: one extracted article page."""
import scrapy


class ArticleItem(scrapy.Item):
    url = scrapy.Field()          # canonical URL (rel=canonical, else the fetched URL)
    source_url = scrapy.Field()   # the URL as fetched
    outlet = scrapy.Field()
    language = scrapy.Field()
    title = scrapy.Field()
    published = scrapy.Field()    # ISO date or datetime, or None
    author = scrapy.Field()
    text = scrapy.Field()
    html = scrapy.Field()         # the raw page, decoded, for re-extraction
    fetched = scrapy.Field()      # ISO UTC
