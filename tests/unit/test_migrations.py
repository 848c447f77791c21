"""Several processes migrating one fresh database at once (replicas starting together, or `tipline up`
beside `tipline staff add`): all succeed and the schema is created once."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_migrations_all_succeed(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.db'}"
    else:
        from tests.support.servers import fresh_postgres_database

        context = fresh_postgres_database()
        url = context.__enter__()
        request.addfinalizer(lambda: context.__exit__(None, None, None))
    tipline = Path(sys.executable).parent / "tipline"
    env = {**os.environ, "DATABASE_URL": url, "TIPLINE_DATA_DIR": str(tmp_path)}
    runs = [subprocess.Popen([str(tipline), "migrate"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(4)]
    results = [(r.wait(timeout=120), r.stderr.read()) for r in runs]
    assert all(code == 0 for code, _ in results), results
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        assert {"conversations", "messages", "reports", "escalations", "staff_users"} <= set(
            inspect(engine).get_table_names())
    finally:
        engine.dispose()
