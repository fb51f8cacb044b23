"""`disputekit bill`: reading an official bill and attaching it."""
