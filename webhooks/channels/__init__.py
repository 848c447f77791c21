"""Where messages enter: SMS (Twilio's webhook) and the anonymous web chat."""
