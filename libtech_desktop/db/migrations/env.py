"""Alembic environment: run from the program (``db.engine.migrate``) or the alembic CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from libtech_desktop.db.models import Base
from libtech_desktop.db.search_schema import include_name

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from pathlib import Path

        from libtech_desktop.db.engine import make_engine  # alembic CLI: -x db=PATH

        engine = make_engine(Path(context.get_x_argument(as_dictionary=True)["db"]))
    assert isinstance(engine, Engine)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER much: let Alembic copy tables
            compare_type=True,
            include_name=include_name,  # the FTS5 index is not in the models
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
