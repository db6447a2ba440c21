"""--scheduler runs the same per-document task on a Dask cluster and
exports exactly what the local workers export."""

from __future__ import annotations

from pathlib import Path

import dask
import pytest
from distributed import LocalCluster

from schemas.records import RECORD_MODELS

from .conftest import documents_by_name, pdf_bytes, run_extract


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as running:
        yield running


def test_dask_cluster_gives_the_same_exports_as_local_workers(tmp_path: Path, good_files: Path, cluster) -> None:
    (good_files / "empty.pdf").write_bytes(b"")
    local, remote = tmp_path / "local", tmp_path / "dask"
    assert run_extract(good_files, "--out", local, "--no-cache", "--workers", "2", "--quiet") == 3
    assert run_extract(good_files, "--out", remote, "--no-cache", "--scheduler", cluster.scheduler_address,
                       "--quiet") == 3
    for record_type in RECORD_MODELS:
        assert (remote / f"{record_type}.csv").read_bytes() == (local / f"{record_type}.csv").read_bytes()
    assert documents_by_name(remote)["empty.pdf"]["status"] == "failed"


def test_dask_results_fill_the_cache(tmp_path: Path, cluster) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pack.pdf").write_bytes(pdf_bytes("Pack"))
    for out in ("first", "second"):
        assert run_extract(tmp_path / "in", "--out", tmp_path / out, "--cache-dir", tmp_path / "cache",
                           "--scheduler", cluster.scheduler_address, "--quiet") == 0
    assert documents_by_name(tmp_path / "second")["pack.pdf"]["status"] == "ok"
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 1


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, good_files: Path, capsys) -> None:
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = run_extract(good_files, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9", "--quiet")
    assert code == 2
    assert "could not connect to the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
