"""Widgets and drawings used by more than one page: the progress bar in a cell, the icons, the
scaffolding of a page that shows one day of the event (``day_page``), and a rendered PDF onto
the system's printer (``paper``: badges, seating plans, place cards)."""
