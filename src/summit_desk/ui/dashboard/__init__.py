"""The dashboard page: arrivals per country, delegation, category and day, kept up to date."""

from summit_desk.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
