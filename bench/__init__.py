"""Benchmarks: run them directly with the venv Python."""
