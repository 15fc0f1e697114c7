"""-Filter patterns that end in literal text are narrowed in SQL by that ending; the answers must
be those of matching every Identity in Python, whatever the case or the characters."""
from __future__ import annotations

import pytest

from cmdlets.lync.models import DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore
from cmdlets.lync.wildcard import wildcard_match

IDENTITIES = ["a.example.org", "B.EXAMPLE.ORG", "c.example.com", "d.org", "e.Org.net", "f.\u212aorg",
              "xn--r.\u00e9xample.org", "g.organ", "h.or", "i.ORG", "jorg", "k.o-rg", "l.example.o_g",
              "m.ex]ample.org", "ſ.org", "n.ſorg", "o.SORG"]
PATTERNS = ["*.org", "*.ORG", "*org", "x*.org", "*.o?g", "*.or[gn]", "*[.]org", "?.org", "*.", "*",
            "*.o_g", "*]ample.org", "*sorg", "*korg", "*`*org", "d.org", "*.Org.net"]


@pytest.fixture(scope="module")
def store():
    seed = [(DOC_XMPP_PARTNER, name, {"Identity": name}) for name in IDENTITIES]
    with ManagementStore(":memory:", seed=seed) as s:
        yield s


@pytest.mark.parametrize("pattern", PATTERNS)
def test_narrowed_filter_finds_what_matching_every_identity_finds(store, pattern):
    found = [d.identity for d in store.find(DOC_XMPP_PARTNER, pattern)]
    assert found == [i for i in IDENTITIES if wildcard_match(pattern, i)]
