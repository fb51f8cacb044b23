"""Reading order facts off a screenshot's OCR text and proposing them."""
