"""Trusted timestamps (RFC 3161): request, send, attach, and what verify says of them."""
