"""Where urgency is decided: every inbound message is assessed here, before and independent of Rasa."""
