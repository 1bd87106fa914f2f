"""Rasa input channels of Wegwijzer (switched on in credentials.yml)."""
