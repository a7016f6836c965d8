"""Editors' data files under ``data/`` (corrections, timeline events, chart data),
read with the line of each entry and field so a mistake names its place.

Read before any page is written: may import text and errors only.
"""
