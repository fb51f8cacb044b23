"""PDF evidence: page checks, rendering and redaction."""
