"""DisputeKit: evidence and dispute assistant for virtual-goods orders."""

__version__ = "0.1.0"
