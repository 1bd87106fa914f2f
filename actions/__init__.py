"""Custom actions of the Wegwijzer assistant (run by `rasa run actions`)."""
