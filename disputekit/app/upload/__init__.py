"""Receiving files from a phone over the local network: the session, its one-time address, the
page, batches waiting for the desktop, and intake."""
