"""Atomic export folders: a run writes everything into a hidden folder beside
the target and swaps it into place only when complete, so a run killed
midway leaves the previous export whole.

On Linux the swap is a single renameat2(RENAME_EXCHANGE): there is no moment
without a complete export folder. Elsewhere the old folder is moved aside
first, and a later run puts it back if the swap was interrupted between the
two renames.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MANIFEST_FILE = "manifest.json"  # its presence marks a folder as an export, safe to replace
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class ExportFolderError(Exception):
    """An output folder that must not be replaced; the message says why."""


def check_out_dir(out_dir: Path) -> None:
    """Raise ExportFolderError unless ``out_dir`` is new, empty or a previous
    export: replacing it must never delete a person's other files."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise ExportFolderError(f"{out_dir} is a file, not a folder; choose a folder for the export.")
    if any(out_dir.iterdir()) and not (out_dir / MANIFEST_FILE).is_file():
        raise ExportFolderError(f"{out_dir} already holds files and no {MANIFEST_FILE} from an earlier export; "
                                "choose a new or empty folder, since the export replaces the whole folder.")


@contextmanager
def staged_folder(out_dir: Path) -> Iterator[Path]:
    """A fresh folder to write the export into; on success it becomes
    ``out_dir``, on any error (or a kill) ``out_dir`` is left as it was."""
    out_dir = out_dir.resolve()  # through a symlink: replace the folder it points at, not the link
    check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(out_dir)
    # Not tempfile.mkdtemp: its private mode would stick to the published folder.
    staging = out_dir.with_name(f"{_hidden_prefix(out_dir, 'tmp')}{os.getpid()}-{secrets.token_hex(4)}")
    staging.mkdir()
    try:
        yield staging
        _sync_folder(staging)
        _publish(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _hidden_prefix(out_dir: Path, role: str) -> str:
    return f".{out_dir.name}.{role}-"


def _publish(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        return  # staging now holds the previous export, removed by the caller
    aside = out_dir.with_name(f"{_hidden_prefix(out_dir, 'old')}{os.getpid()}")
    os.rename(out_dir, aside)
    os.rename(staging, out_dir)
    shutil.rmtree(aside, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step where the system can; False where it can't."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # a file system without exchange
        return False
    raise OSError(code, os.strerror(code), str(second))


def _recover(out_dir: Path) -> None:
    """Tidy what killed runs left: put back a folder moved aside by an
    interrupted swap, and remove staging folders of processes now gone."""
    for leftover in sorted(out_dir.parent.glob(_hidden_prefix(out_dir, "old") + "*")):
        if _alive(leftover.name.rsplit("-", 1)[-1]):
            continue  # another run is mid-swap
        if not out_dir.exists():
            os.rename(leftover, out_dir)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in out_dir.parent.glob(_hidden_prefix(out_dir, "tmp") + "*"):
        if not _alive(leftover.name.removeprefix(_hidden_prefix(out_dir, "tmp")).split("-", 1)[0]):
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid_text: str) -> bool:
    if not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Flush the files to disk before the swap, so a power cut cannot
    publish a folder of empty files."""
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
