"""Language: which language a message is in, and which one a conversation speaks."""
