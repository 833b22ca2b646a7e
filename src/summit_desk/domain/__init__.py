"""Plain-Python rules of the summit: no Qt, no SQLAlchemy, no ReportLab."""
