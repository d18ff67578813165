"""Analyses: pure functions of tables (series, commodity structure, audit, official backbone)."""
