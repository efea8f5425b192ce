"""The proof-reader: `briefgen audit` reads the composed briefs as a careful reader does.

Every sentence, key figure and chart caption a brief prints is held against the quotes it cites
(`reading`: a document's claims with their full quotes and facts), one rule family per module:
`numbers` (each number is in a cited quote, or is a documented conversion of one), `dates`
(each year and month is in the quote or the cited fact's period), `scope` (rank and scope words),
`tense` (plans said as plans, past dates not as future), `speaker` (a remark says whose it is),
`lists` (names listed have their evidence and agree across briefs), `events` (event free text
that claims a result cites a fact; contacts can be reached). `run` composes what to read and
collects the `Finding`s.
"""

from .finding import SEVERITIES, Finding
from .run import audit_project

__all__ = ["SEVERITIES", "Finding", "audit_project"]
