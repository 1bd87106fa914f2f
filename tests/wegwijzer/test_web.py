"""Shared web helpers (wegwijzer/web.py)."""
import pytest

from wegwijzer.web import safe_cell


@pytest.mark.parametrize("value, cell", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+31 6 1234", "'+31 6 1234"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"), ("gewoon tekst", "gewoon tekst"), (None, ""), (42, "42"),
])
def test_csv_cells_never_become_spreadsheet_formulas(value, cell):
    # one rule for every CSV download: staff API, console exports, batch results
    assert safe_cell(value) == cell
