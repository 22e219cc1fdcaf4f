"""One spider class per registry entry, so `scrapy list` shows the outlets and `scrapy crawl tass` works.

The registry read here is TREATYWATCH_OUTLETS_FILE or the bundled one; editing the YAML adds a spider.
"""
from crawler.spiders.outlet import OutletSpider
from treatywatch.outlets import load_outlets


def _spider_class(name: str) -> type[OutletSpider]:
    class_name = "".join(part.title() for part in name.split("_")) + "Spider"
    return type(class_name, (OutletSpider,), {"name": name, "__module__": __name__,
                                               "__doc__": f"Crawls the {name!r} outlet."})


for _outlet in load_outlets():
    _cls = _spider_class(_outlet.name)
    globals()[_cls.__name__] = _cls
del _outlet, _cls  # keep each class under one module-level name only (the loader warns on duplicates)
