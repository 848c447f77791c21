"""Escalations: urgent conversations queued for a person, claimed atomically, released or closed."""
