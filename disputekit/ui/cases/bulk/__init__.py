"""批量操作 on the cases selected in the list: the menu, the questions each action asks, the
run behind a cancellable progress dialog, and the summary of what happened to each case."""
