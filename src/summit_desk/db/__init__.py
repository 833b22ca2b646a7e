"""SQLAlchemy models, engine set-up, Alembic migrations, and every query the services run.

The query modules (``people``, ``badges``, ``checkins``, ``event``, ``roster``, ``stats``,
``exports``, ``operators``) hold functions that take a ``Session`` and plain arguments and return
ORM rows or rows of plain columns; the services own the transaction and turn rows into domain
values. Rows of plain columns are typed loosely (``Sequence[Any]``) because SQLAlchemy 2.0 and
2.1 type ``Row`` differently; each function's docstring names the columns.
"""
