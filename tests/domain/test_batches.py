from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summit_desk.domain.batches import batched


@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=9))
def test_the_batches_give_back_every_item_once_in_order_none_longer_than_asked(
    items: list[int], size: int
) -> None:
    batches = list(batched(items, size))
    assert [item for batch in batches for item in batch] == items
    assert all(1 <= len(batch) <= size for batch in batches)
    assert all(len(batch) == size for batch in batches[:-1])


def test_a_batch_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError):
        list(batched([1, 2], 0))
