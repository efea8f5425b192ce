"""The review page: a local web application over the functions the CLI uses (inbox, store,
build). `briefgen review` serves it; app.py wires the views, one module per page does its work.
"""
