"""Spiders: crawler/spiders/outlets.py makes one per outlet in the registry."""
