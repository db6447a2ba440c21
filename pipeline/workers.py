"""Where documents run: isolated local worker processes, or a Dask cluster.

Both executors take the same tasks and yield the same outcomes, so the batch
does not care where a document ran. Locally, each document runs in a worker
process with an address-space ceiling and a time limit; a worker that
crashes, hangs or runs out of memory costs its document only (reported
failed) and is replaced. Workers are retired after a number of documents so
that leaks in the PDF libraries cannot accumulate.

This module imports the pipeline (``pipeline.runner``) only when documents
are to be run, so that a batch served from the cache never pays for it.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from pathlib import Path

from pipeline.result import DocumentResult

# The fault-isolation tests set this to "crash:NAME" to make the worker that
# gets a file called NAME die as a native library crash would (SIGABRT).
# Hangs and memory blow-ups are tested with real pathological files instead.
TEST_FAULT_ENV = "SCRUTINY_TEST_FAULT"
# What a worker needs imported before its first document, so that none of it
# counts against that document's time limit: the runner, both format
# backends, and spaCy (extractors.vocab imports it on first use).
WORKER_PRELOAD = ("pipeline.runner", "pipeline.ingest.pdf", "pipeline.ingest.docx", "spacy")


@dataclass(frozen=True, slots=True)
class Task:
    """One distinct file to process; ``sha256`` is None when the parent could not read it."""

    path: Path
    sha256: str | None
    size_bytes: int


@dataclass(frozen=True, slots=True)
class Outcome:
    task: Task
    result: DocumentResult
    cacheable: bool  # False when the failure came from the run (time, memory, crash), not from the file


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float | None = 300.0  # seconds per document
    memory_mb: int | None = 2048  # address space per worker process
    tasks_per_worker: int = 50  # documents before a worker is replaced (memory does not grow; see BENCHMARKS.md)


class LocalWorkers:
    """A pool of worker processes with per-document time limits."""

    def __init__(self, workers: int, limits: Limits) -> None:
        self.workers = max(1, workers)
        self.limits = limits
        self.context = worker_context()
        self.started = 0  # worker processes started, replacements included

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        pending = deque(tasks)
        fault = os.environ.get(TEST_FAULT_ENV, "")
        idle: list[_Worker] = []
        busy: dict[_Worker, tuple[Task, float | None]] = {}
        try:
            while pending or busy:
                while pending and len(busy) < self.workers:
                    worker = idle.pop() if idle else self._start_worker(fault)
                    task = pending.popleft()
                    worker.send(task)
                    deadline = time.monotonic() + self.limits.timeout if self.limits.timeout else None
                    busy[worker] = (task, deadline)
                for worker, outcome in self._collect(busy):
                    del busy[worker]
                    if outcome.cacheable and worker.done < self.limits.tasks_per_worker:
                        idle.append(worker)
                    else:
                        worker.stop()
                    yield outcome
        finally:
            for worker in idle:
                worker.stop()
            for worker in busy:  # interrupted mid-document: nothing to wait for
                worker.kill()

    def _start_worker(self, fault: str) -> _Worker:
        self.started += 1
        return _Worker(self.context, self.limits, fault)

    def _collect(self, busy: dict[_Worker, tuple[Task, float | None]]) -> list[tuple[_Worker, Outcome]]:
        """Waits until a worker answers, dies or runs out of time."""
        deadlines = [d for _, d in busy.values() if d is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        by_handle: dict[object, _Worker] = {}
        for worker in busy:
            by_handle[worker.conn] = worker
            by_handle[worker.process.sentinel] = worker
        ready = {by_handle[handle] for handle in wait(list(by_handle), timeout=wait_for)}
        finished: list[tuple[_Worker, Outcome]] = []
        now = time.monotonic()
        for worker, (task, deadline) in busy.items():
            if worker in ready:
                finished.append((worker, worker.receive(task)))
            elif deadline is not None and now >= deadline:
                worker.kill()
                message = (f"{task.path.name} took longer than the {self.limits.timeout:g} s time limit and was "
                           "stopped; raise --timeout if it is simply large, or check the file.")
                finished.append((worker, _failure(task, "timeout", message)))
        return finished


def worker_context() -> BaseContext:
    """How worker processes start. ``fork`` on Linux when this process has a
    single thread: the pipeline, imported here first, is inherited, so a
    worker starts warm at no cost. Forking a process with other threads can
    copy a lock some thread holds, so then ``forkserver`` (a clean server
    that imports the pipeline once), or ``spawn`` where there is no other way."""
    # One BLAS thread per process: the workers are the parallelism, and a BLAS
    # thread pool started on import (numpy, under spaCy) would make this
    # process multi-threaded and rule out fork.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods:
        for module in WORKER_PRELOAD:  # before the thread count: an import may start threads
            importlib.import_module(module)
        if len(os.listdir("/proc/self/task")) == 1:
            return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(WORKER_PRELOAD))
        return context
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, context: BaseContext, limits: Limits, fault: str) -> None:
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child_conn, limits.memory_mb, fault), daemon=True)
        self.process.start()
        child_conn.close()
        self.limits = limits
        self.done = 0

    def send(self, task: Task) -> None:
        self.conn.send(task)

    def receive(self, task: Task) -> Outcome:
        """The worker's answer, or a failure saying how it died."""
        self.done += 1
        try:
            kind, result = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(timeout=5)
            return _failure(task, "worker", _death_message(task, self.process.exitcode, self.limits.memory_mb))
        if kind == "memory":
            return _failure(task, "memory", _memory_message(task, self.limits.memory_mb))
        return Outcome(task, result, cacheable=True)

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()
        self.conn.close()


def _worker_main(conn: Connection, memory_mb: int | None, fault: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_mb:
        ceiling = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    for module in WORKER_PRELOAD:  # imported already, unless the worker was spawned
        importlib.import_module(module)
    from pipeline.runner import process_document

    # What is imported lives as long as the worker: out of the garbage
    # collector's sight, it no longer slows every full collection (8% of
    # pdfplumber's time, which makes many objects, in a process this size).
    gc.freeze()
    while (task := conn.recv()) is not None:
        try:
            _honour_test_fault(fault, task.path)
            conn.send(("ok", process_document(task.path)))
        except MemoryError:
            conn.send(("memory", None))
            return  # a heap that hit the ceiling is not worth reusing


def _honour_test_fault(fault: str, path: Path) -> None:
    kind, _, name = fault.partition(":")
    if kind == "crash" and path.name == name:
        os.abort()


def _failure(task: Task, component: str, message: str) -> Outcome:
    from pipeline.runner import failed_result

    return Outcome(task, failed_result(task.path, task.sha256 or "0" * 64, task.size_bytes, component, message),
                   cacheable=False)


def _memory_message(task: Task, memory_mb: int | None) -> str:
    return (f"{task.path.name} needed more than the {memory_mb} MB memory ceiling and was stopped; raise "
            "--max-memory if the machine has room, or check the file.")


def _death_message(task: Task, exitcode: int | None, memory_mb: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        how = f"was killed by signal {signal.Signals(-exitcode).name}"
    else:
        how = f"exited unexpectedly (exit code {exitcode})"
    ceiling = f" or memory exhaustion past the {memory_mb} MB ceiling" if memory_mb else ""
    return (f"The worker processing {task.path.name} {how}, probably a crash in a PDF or Word library on this "
            f"file{ceiling}; the other documents were not affected. Check or re-save the file.")


class DaskWorkers:
    """The same per-document task on an existing Dask distributed cluster.

    The workers must see the files at the same paths (a shared file system)
    and have the same scrutiny version installed. Time and memory limits are
    the cluster's own (its nanny restarts a worker past its memory limit);
    a document whose worker died or raised is reported failed.
    """

    def __init__(self, address: str) -> None:
        from distributed import Client

        # Connects now, so that a wrong address is a usage error before any work starts
        # (after Dask's distributed.comm.timeouts.connect, 30 s unless configured).
        self.client = Client(address)

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        from distributed import as_completed

        from pipeline.runner import process_document

        client = self.client
        futures = {}
        for task in tasks:
            # pure=False: a re-run must parse again, not reuse the cluster's memory of a result
            futures[client.submit(process_document, task.path, pure=False)] = task
        try:
            for future in as_completed(futures):
                task = futures[future]
                try:
                    yield Outcome(task, future.result(), cacheable=True)
                except Exception as exc:  # the worker died or the task raised: this document only
                    message = (f"The Dask worker processing {task.path.name} failed ({type(exc).__name__}: {exc}); "
                               "the other documents were not affected.")
                    yield _failure(task, "dask", message)
                finally:
                    future.release()
        finally:
            client.close()
