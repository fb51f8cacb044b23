"""The application shell: the composition root, the main window and its actions, services,
the case session, the task runner, settings and the translation tools."""
