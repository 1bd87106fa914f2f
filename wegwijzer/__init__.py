"""Shared code of the Wegwijzer assistant: used by the actions, the NLU components and the staff channel."""
