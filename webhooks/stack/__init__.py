"""Running the whole system: the trained model cache, a private Redis, and the process supervisor
behind `tipline up` (also used by the end-to-end tests, so they start exactly what users start)."""
