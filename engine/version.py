"""normgap's version, in a module of its own so `normgap --version` imports nothing heavy."""
__version__ = "0.1.0"
