"""File system and process plumbing for the bundle build: hashes, one lock, tools run with their
output kept for the error message, folders swapped into place whole."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


class RuntimeBuildError(RuntimeError):
    """A build failure with a message that says what to do; the CLI prints it without a traceback."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def exclusive(lock_path: Path) -> Iterator[None]:
    """Serialise builds that share a cache (several `mkdocs build`/`serve` at once)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no concurrent builds expected
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, what: str) -> str:
    """Run a tool and return what it printed; on failure, raise with its output (the interesting
    part is at the end)."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise RuntimeBuildError(f"{what}: {exc.filename} not found (run scripts/setup)") from None
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip().splitlines()
        tail = "\n".join(output[-25:])
        raise RuntimeBuildError(f"{what} failed (exit {proc.returncode}):\n  $ {' '.join(cmd)}\n{tail}")
    return proc.stdout


def replace_dir(new: Path, out_dir: Path, marker: str) -> None:
    """Swap a fully written folder into place: readers see the old folder or the new, never a mix.
    `out_dir` is only replaced when it is empty or holds `marker`, the file every build writes."""
    if out_dir.exists() and not (out_dir / marker).is_file() and any(out_dir.iterdir()):
        raise RuntimeBuildError(f"{out_dir} is not empty and holds no {marker}: refusing to replace it")
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        os.rename(out_dir, old)
    os.rename(new, out_dir)
    shutil.rmtree(old, ignore_errors=True)

