"""The advice tab: the channel to use now, its reasons, steps and the customer-service message."""
