"""The status an update's words give where a tracker prints none: what the
update says 'will' happen is work to come, unless the update opens by
closing the action."""
import pytest

from extractors.action_status import status_from_update


@pytest.mark.parametrize("update, status", [
    ("The contract has been awarded and installation will begin in April 2027.", "outstanding"),
    ("Recruitment is under way; a plan will be brought to the April meeting.", "outstanding"),
    ("Completed. The new process will ensure all victims are contacted within 24 hours.", "complete"),
    ("Action closed - the force will keep this under review through its performance board.", "complete"),
    ("Complete: the panel will now meet quarterly.", "complete"),
])
def test_a_will_is_work_to_come_unless_the_update_closes_the_action(update: str, status: str) -> None:
    found = status_from_update(update)
    assert (found.value, found.source) == (status, "inferred_from_update")
