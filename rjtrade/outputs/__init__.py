"""Outputs: tables (CSV, Parquet, workbook), charts and notebooks, written whole or not at all."""
