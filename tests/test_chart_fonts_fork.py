"""Chart text is measured with font faces cached per process: forked pack workers measuring at
once never read each other's bytes through a file offset they share with their parent."""

from __future__ import annotations

from multiprocessing import get_context

from briefgen.charts import fonts

CHARS = [chr(c) for c in range(0x21, 0x250) if chr(c).isprintable()]


def _widths(_):
    fonts._advances.cache_clear()
    try:
        return [round(fonts.text_width(c, 10), 6) for c in CHARS]
    except RuntimeError as error:  # FreeType: "invalid outline", "too many hints"
        return repr(error)


def test_forked_workers_measure_text_alike_with_faces_made_before_the_fork():
    fonts.text_width("a", 10)  # the parent makes the faces first, as a pack's binder does
    with get_context("fork").Pool(4) as pool:
        results = pool.map(_widths, range(8))
    assert not [r for r in results if isinstance(r, str)]
    assert len({tuple(r) for r in results}) == 1
