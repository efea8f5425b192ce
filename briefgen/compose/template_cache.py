"""Compiled templates kept between runs: Jinja2 parses and compiles a brief's templates on every
start, a fifth of a warm one-off build. Jinja2's bytecode cache keeps the compiled code; here
each entry is a sealed cache file (briefgen/safety/cache_files.py), because loading one runs it:
a planted or foreign file reads as missing. Jinja2 itself refuses an entry whose template source
changed or that another Jinja2 or Python made; the key also covers briefgen's code (its sandbox
and extension shape the compiled code)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from ..safety.cache_files import read_bytes, write_bytes

KIND = "template"


class SealedTemplateCache(BytecodeCache):
    def __init__(self, folder: Path, code: str):
        self.folder, self.code = folder, code

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        plain = super().get_cache_key(name, filename)
        return hashlib.sha256(f"{plain}|{self.code}".encode()).hexdigest()[:40]

    def load_bytecode(self, bucket: Bucket) -> None:
        data = read_bytes(self.folder / f"{bucket.key}.jinja", KIND)
        if data is not None:
            bucket.bytecode_from_string(bytes(data))

    def dump_bytecode(self, bucket: Bucket) -> None:
        write_bytes(self.folder / f"{bucket.key}.jinja", KIND, bucket.bytecode_to_string())
