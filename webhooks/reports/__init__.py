"""Tip reports: the model, the store that writes them, reference codes and the staff API."""
