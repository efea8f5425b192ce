"""Images named by a project or a template (logos, figures): checked before any renderer opens
them, so a decompression bomb, a truncated file or a file that only claims to be an image is a
clean error naming the file, never a traceback or gigabytes of memory."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MAX_BYTES = 5_000_000  # of the file
MAX_PIXELS = 4000  # a side
_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF87a": "GIF", b"GIF89a": "GIF"}


def image_problem(path: Path, formats: tuple[str, ...] = ("PNG", "JPEG")) -> str | None:
    """Why the image at `path` cannot be used, or None. The header is read for its size
    before any pixel is decoded; then the whole image is decoded, so a truncated file is
    found here and not by a renderer. Remembered while the file is unchanged."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return _problem(str(path), info.st_size, info.st_mtime_ns, formats)


@lru_cache(maxsize=256)
def _problem(path: str, size: int, mtime_ns: int, formats: tuple[str, ...]) -> str | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    kind = next((name for magic, name in _MAGIC.items() if head.startswith(magic)), None)
    if kind not in formats:
        return f"is not a {' or '.join((', '.join(formats[:-1]), formats[-1]))} image"
    if size > MAX_BYTES:
        return f"is larger than {MAX_BYTES // 1_000_000} MB"
    return _decoding_problem(path)


def _decoding_problem(path: str) -> str | None:
    from PIL import Image
    try:
        with Image.open(path) as image:
            width, height = image.size
            if max(width, height) > MAX_PIXELS:
                return f"is {width}x{height} pixels, larger than {MAX_PIXELS} a side"
            image.load()  # every pixel: a truncated or corrupt file fails here
    except Image.DecompressionBombError:  # Pillow's own limit, met before ours
        return f"is larger than {MAX_PIXELS} pixels a side"
    except Exception as exc:  # noqa: BLE001 - any decoder failure means an unusable image
        reason = str(exc).split(" at 0x")[0] or type(exc).__name__
        return f"cannot be read as an image ({reason})"
    return None
