"""Importing an official Alipay/WeChat Pay bill from a window."""
