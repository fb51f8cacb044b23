"""Screenshot OCR in the window: the offer, and confirming what it read."""
