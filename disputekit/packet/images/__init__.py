"""Exhibit pictures: choosing, sizing, caching and their provenance."""
