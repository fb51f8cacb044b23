"""Commands on stored cases: list, show, import, export, verify, demo, and the seller groups."""
