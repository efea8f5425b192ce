"""A pack changes Python's garbage collector only while it runs (briefgen/pack.py,
_collected_seldom): the program that builds it gets its settings back, and what it froze itself
stays frozen."""

from __future__ import annotations

import gc


def test_the_collector_is_left_as_found():
    from briefgen.pack import _collected_seldom
    threshold = gc.get_threshold()
    with _collected_seldom():
        gc.freeze()  # as the pack does before forking its workers
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0


def test_objects_the_program_froze_stay_frozen():
    from briefgen.pack import _collected_seldom
    gc.freeze()
    try:
        kept = gc.get_freeze_count()
        with _collected_seldom():
            gc.freeze()
        assert gc.get_freeze_count() >= kept > 0
    finally:
        gc.unfreeze()
