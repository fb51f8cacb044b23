"""Stored cases: rows, the case list, search and the figures it shows."""
