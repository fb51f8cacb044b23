"""The evidence tab: intake, the detail editor, the image viewer with redaction, screenshot
OCR, official bill import and the vault check."""
