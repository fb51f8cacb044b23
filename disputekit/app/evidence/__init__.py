"""Evidence into a case and what is done to it: files added as a drop adds them, images read for
OCR, redaction, a recording's key frames, an official bill."""
