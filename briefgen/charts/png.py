"""A chart's picture as PNG bytes, written here rather than by Pillow through matplotlib.

Pillow tries five filters on every row of pixels to pick the one that compresses best: at a
chart's size (670 x 430 pixels at 200 dpi) that took longer than drawing the chart. A chart is
mostly flat colour on a white ground, which deflate packs well unfiltered: the rows go in as
matplotlib drew them (filter 0), at deflate's fastest level, in about two thirds of the time,
and the file is smaller than Pillow's. Same pixels; the same pixels give the same bytes.
"""

from __future__ import annotations

import struct
import zlib

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_RGBA = 6  # PNG colour type: red, green, blue and alpha, eight bits each
_INCH = 0.0254  # metres


def png_bytes(rgba, width: int, height: int, dpi: float) -> bytes:
    """The PNG of a `width` x `height` RGBA buffer (rows from the top), marked `dpi`."""
    import numpy

    rows = numpy.zeros((height, 1 + width * 4), dtype=numpy.uint8)  # a row: filter 0, pixels
    rows[:, 1:] = numpy.frombuffer(rgba, dtype=numpy.uint8).reshape(height, width * 4)
    per_metre = int(dpi / _INCH + 0.5)
    return b"".join((
        _SIGNATURE,
        _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, _RGBA, 0, 0, 0)),
        _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),  # unit 1: the metre
        _chunk(b"IDAT", zlib.compress(rows, 1)),  # the rows as they lie in memory, not copied
        _chunk(b"IEND", b"")))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
