"""The mock outlet web: every bundled outlet's feeds, sitemaps, sections and articles on one local server.

`python -m treatywatch.mockweb.server` runs it; `treatywatch.mockweb.server.MockWeb` starts and stops it
around a block.
"""
