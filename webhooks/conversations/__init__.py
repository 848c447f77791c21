"""Conversations and their messages: storage, the write-ahead log, and each message's path."""
