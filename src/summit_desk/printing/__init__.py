"""ReportLab renderers: data in, PDF bytes out. No Qt, no database."""
