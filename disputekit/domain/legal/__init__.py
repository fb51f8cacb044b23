"""The law as data: citations, 12315 eligibility, courts and jurisdiction."""
