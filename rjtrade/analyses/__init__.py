"""Analyses: pure functions of tables (series, commodity structure, audit, the official backbone)."""
