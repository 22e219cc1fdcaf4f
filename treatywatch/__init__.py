"""treatywatch: monitor Russia–Japan peace-treaty statements in the news."""

__version__ = "0.1.0"
