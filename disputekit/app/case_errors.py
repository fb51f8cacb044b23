"""A stored case a window asked for that cannot be had, in the app's own terms: it is not
there (deleted meanwhile, a wrong id), or its stored row cannot be read back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from disputekit.messages import Msg
from disputekit.store import CaseDamaged, CaseNotFound


class NoSuchCase(KeyError):
    """No stored case `case_id`; `text` says so (a `Msg`, Chinese as a `str`)."""

    def __init__(self, case_id: int, text: Msg) -> None:
        super().__init__(case_id)
        self.case_id, self.text = case_id, text

    def __str__(self) -> str:
        return str(self.text)


class CaseUnreadable(NoSuchCase):
    """The case's stored row cannot be read back (a damaged database page, an edit outside
    DisputeKit); the other cases are not affected."""


@contextmanager
def cases_in_app_terms() -> Iterator[None]:
    """The store's `CaseDamaged` / `CaseNotFound` as `CaseUnreadable` / `NoSuchCase`."""
    try:
        yield
    except CaseDamaged as exc:
        raise CaseUnreadable(exc.case_id, exc.text) from None
    except CaseNotFound as exc:
        raise NoSuchCase(exc.case_id, exc.text) from None
