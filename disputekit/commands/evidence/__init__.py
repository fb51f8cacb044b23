"""Commands on a case's evidence: add, frames, ocr, redact, receive, timestamp, and the vault's
check and gc."""
