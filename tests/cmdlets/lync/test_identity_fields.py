"""Store.identity_fields reads a few properties of many documents through SQLite's JSON functions;
it must give what decoding each whole document gives."""
from __future__ import annotations

import pytest

from cmdlets.lync.models import DOC_ROLE, DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore

ODD = [
    (DOC_XMPP_PARTNER, "odd.example", {"Identity": "odd.example", "PartnerType": None, "Flag": True,
                                       "Off": False, "List": ["a", 1], "Map": {"k": 2.5}, "Num": 3}),
    (DOC_XMPP_PARTNER, "Bare.Example", {"Identity": "Bare.Example"}),
    (DOC_XMPP_PARTNER, "\u00e9t\u00e9.example", {"Identity": "\u00e9t\u00e9.example", "PartnerType": "Federated"}),
]
FIELDS = ("PartnerType", "SaslNegotiation", "Flag", "Off", "List", "Map", "Num", "Missing")


@pytest.fixture(scope="module")
def store():
    with ManagementStore(":memory:") as s:
        for doc_type, identity, props in ODD:
            s.add(doc_type, identity, props)
        yield s


@pytest.mark.parametrize("prefix", ["", "x", "XMPP.", "odd", "bare", "\u00c9T", "zzz", "gmail.com"])
@pytest.mark.parametrize("doc_type", [DOC_XMPP_PARTNER, DOC_ROLE])
def test_identity_fields_agree_with_whole_documents(store, doc_type, prefix):
    expected = [(d.identity, {n: d.properties[n] for n in FIELDS if n in d.properties})
                for d in store.find(doc_type) if d.identity.lower().startswith(prefix.lower())]
    assert store.identity_fields(doc_type, prefix, FIELDS) == expected


@pytest.fixture()
def many():
    """A store with 20 partners created in an order that is not the alphabetical one."""
    names = [f"p{(i * 7) % 20:02d}.example" for i in range(20)]
    with ManagementStore(":memory:", seed=[]) as s:
        for name in names:
            s.add(DOC_XMPP_PARTNER, name, {"Identity": name, "PartnerType": "Federated"})
        yield s, names


def test_a_limit_that_all_fit_keeps_the_order_of_creation(many):
    store, names = many
    assert store.identity_fields(DOC_XMPP_PARTNER, "", ("PartnerType",), limit=20) == \
        store.identity_fields(DOC_XMPP_PARTNER, "", ("PartnerType",))
    assert [i for i, _ in store.identity_fields(DOC_XMPP_PARTNER, "P1", (), limit=10)] == \
        [n for n in names if n.startswith("p1")]


def test_more_than_the_limit_gives_the_first_by_identity_and_a_count(many):
    store, names = many
    found = store.identity_fields(DOC_XMPP_PARTNER, "", ("PartnerType",), limit=5)
    assert found == [(n, {"PartnerType": "Federated"}) for n in sorted(names)[:5]]
    assert [i for i, _ in store.identity_fields(DOC_XMPP_PARTNER, "p1", (), limit=3)] == sorted(names)[10:13]
    assert store.count_identities(DOC_XMPP_PARTNER) == 20
    assert store.count_identities(DOC_XMPP_PARTNER, "P1") == 10
    assert store.count_identities(DOC_XMPP_PARTNER, "\u00e9") == 0
    assert store.count_identities(DOC_ROLE, "zzz") == 0


def test_prefixes_beyond_ascii_are_found_through_the_index(store):
    assert store.count_identities(DOC_XMPP_PARTNER, "\u00c9T") == 1
    assert store.identity_fields(DOC_XMPP_PARTNER, "\u00c9T\u00c9", ("PartnerType",), limit=1) == \
        [("\u00e9t\u00e9.example", {"PartnerType": "Federated"})]
    everything = [identity for identity, _ in store.identity_fields(DOC_XMPP_PARTNER, "", ())]
    assert [identity for identity, _ in store.identity_fields(DOC_XMPP_PARTNER, "", (), limit=2)] == \
        sorted(everything, key=str.lower)[:2]
