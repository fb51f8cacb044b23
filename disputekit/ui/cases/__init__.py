"""The case list and the order form (the case's order, parties and claims)."""
