"""What every feature stands on: the services a widget is given, the current case's session,
the task runner, widgets, form binding, palette, fonts, vocabulary labels and language
helpers."""
