"""Many buyers, one seller: the groups of cases and the report a consumer association or a
regulator reads."""
