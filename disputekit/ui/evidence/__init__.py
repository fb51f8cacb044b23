"""The evidence tab: intake (drop, paste, files), the detail editor, the image viewer with
redaction, the trusted-timestamp dialog and the vault check. Bills, OCR, recordings and the
phone have folders of their own."""
