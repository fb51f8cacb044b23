"""The packet tab: pre-check blockers, exhibit choice, options, the build run, the PDF preview
and the 12315 fill sheet."""
