"""The case JSON contract: the field rules, reading a document (every problem listed) and writing
one."""
