"""Case → complaint packet PDF (reportlab, no Qt) and the 12315 web form's fields as text."""
