"""treatywatch's Scrapy project: one spider per outlet in the registry (treatywatch/outlets.yaml)."""
