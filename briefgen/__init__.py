"""briefgen: source documents -> verified facts -> one-page briefs and investor packs."""

__version__ = "0.1.0"
