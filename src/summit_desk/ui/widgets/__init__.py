"""Widgets and drawings used by more than one page: the progress bar in a cell, the icons, and
the scaffolding of a page that shows one day of the event (``day_page``)."""
