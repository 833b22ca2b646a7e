"""Queries about the desk's operators."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from summit_desk.db.models import Operator


def operator_named(session: Session, name: str) -> Operator | None:
    return session.scalars(select(Operator).where(Operator.name == name)).first()


def name_taken(session: Session, name: str) -> bool:
    return session.scalar(select(Operator.id).where(Operator.name == name)) is not None


def operators(session: Session) -> list[Operator]:
    """Every operator by name."""
    return list(session.scalars(select(Operator).order_by(Operator.name)))
