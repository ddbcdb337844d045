"""Renderers: a Report (or several) in, text out. Each format is one module with ``render``."""
