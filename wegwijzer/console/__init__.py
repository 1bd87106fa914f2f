"""The staff console: sign-in, "Probeer een vraag", inbox, conversation review and callback requests,
served by the Rasa server as an input channel (wegwijzer/console/channel.py, switched on in credentials.yml)."""
