"""The application shell: the composition root, the main window, its menus and actions, the
tool windows, settings, and compiling the translations."""
