"""The window's languages: installing the translations (ours and Qt's own), switching at run time,
vocabulary labels and times in the language shown, and the bundled CJK font."""
