"""Readers, one per source layout. Each turns raw rows into observation rows."""
