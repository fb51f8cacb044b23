"""Checking a packet PDF against the evidence: what it claims, each hash, each picture."""
