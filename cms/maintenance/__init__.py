"""Site-wide upkeep jobs (base layer): the purge of expired personal data."""
