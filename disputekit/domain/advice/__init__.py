"""Advice: which channel fits now, the steps, warnings, the message to customer service and the
evidence still missing."""
