"""The delegations page: countries → delegations → people with their arrival on a chosen day."""

from summit_desk.ui.delegations.page import DelegationsPage

__all__ = ["DelegationsPage"]
