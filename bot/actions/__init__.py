"""Custom actions of the tip bot, served by rasa-sdk's action server (`tipline up` starts it).

Actions are thin: they read the tracker and call the project's services (the report store)."""
