"""What the benchmarks run against: a private home folder, the demo store, a store of 100,000
XMPP partners, and a million partner objects in memory. Everything lives in one temporary folder
that is removed when the suite ends; nothing of the person running it is read or written."""
from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any, Iterator

BIG_STORE_PARTNERS = 100_000
SASL = ("Required", "Optional", "NotSupported", "Required")
TLS_FOR_SASL = {"Required": "Required", "Optional": "Required", "NotSupported": "Optional"}
TLDS = ("com", "org", "net", "de")


def partner_settings(i: int) -> dict[str, Any]:
    """The settings of generated partner number i: every SASL value (half of them Required), a
    quarter of the identities in .org, all combinations valid ones."""
    sasl = SASL[i % len(SASL)]
    return {"identity": f"xmpp{i:06d}.partner{i % 97}.{TLDS[i % len(TLDS)]}",
            "partner_type": ("Federated", "PublicVerified", "PublicUnverified")[i % 3],
            "tls_negotiation": TLS_FOR_SASL[sasl], "sasl_negotiation": sasl,
            "support_dialback_negotiation": True}


def partner_objects(n: int) -> list[Any]:
    from cmdlets.lync.models import xmpp_partner
    out = []
    for i in range(n):
        s = partner_settings(i)
        out.append(xmpp_partner(s.pop("identity"), **s))
    return out


class Fixtures:
    def __init__(self) -> None:
        self.root = tempfile.mkdtemp(prefix="pyshell-bench-")
        self.home = os.path.join(self.root, "home")
        os.makedirs(self.home)
        self._demo: str | None = None
        self._big: str | None = None
        self._objects: dict[int, list[Any]] = {}

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "Fixtures":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def demo_store(self) -> str:
        """A store file seeded with the demo organisation, created once."""
        if self._demo is None:
            from cmdlets.lync.store import ManagementStore
            path = os.path.join(self.root, "demo.db")
            with ManagementStore(path) as store:
                store.replicate()
            self._demo = path
        return self._demo

    def big_store(self) -> str:
        """A store with the demo organisation's roles and 100,000 XMPP partners (the demo partners
        among them, so that the documented identities exist)."""
        if self._big is None:
            from cmdlets.lync.store import ManagementStore
            path = os.path.join(self.root, "big.db")
            with ManagementStore(path, seed=self._big_seed()) as store:
                store.replicate()
            self._big = path
        return self._big

    @staticmethod
    def _big_seed() -> Iterator[tuple[str, str, dict]]:
        from cmdlets.lync.demo_org import demo_documents
        from cmdlets.lync.models import DOC_XMPP_PARTNER, partner_to_document, xmpp_partner
        partners = 0
        for doc in demo_documents():
            partners += doc[0] == DOC_XMPP_PARTNER
            yield doc
        for i in range(BIG_STORE_PARTNERS - partners):
            s = partner_settings(i)
            identity = s.pop("identity")
            yield DOC_XMPP_PARTNER, identity, partner_to_document(xmpp_partner(identity, **s))

    def objects(self, n: int) -> list[Any]:
        """n partner objects, built once and shared by the benchmarks that read them."""
        if n not in self._objects:
            bigger = [k for k in self._objects if k > n]
            self._objects[n] = self._objects[min(bigger)][:n] if bigger else partner_objects(n)
        return self._objects[n]
