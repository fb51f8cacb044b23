"""Bulk work on cases the user selected: the same event added to each, a packet of one kind
built for each, bundles exported, every deadline in one calendar, the consent flag set; each
case by case, with progress, a cancel check between cases and a result per case."""
