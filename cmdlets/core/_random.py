"""The random numbers behind Get-Random, one generator per session.

Unseeded, Get-Random draws from the operating system's cryptographic source, as Windows PowerShell
does. After -SetSeed it uses a pseudo-random generator that reproduces .NET Framework's
System.Random (a subtractive generator seeded the way .NET seeds it), read four bytes at a time as
PowerShell's own generator wrapper does, so a seed gives the same numbers Windows PowerShell 5.1
gives.
"""
from __future__ import annotations

import os

INT32_MAX = 2 ** 31 - 1
_SEED = 161803398


class DotNetRandom:
    """System.Random(seed) of .NET Framework."""

    def __init__(self, seed: int):
        table = [0] * 56
        subtraction = INT32_MAX if seed == -(2 ** 31) else abs(seed)
        mj = _SEED - subtraction
        table[55] = mj
        mk = 1
        for i in range(1, 55):
            ii = (21 * i) % 55
            table[ii] = mk
            mk = mj - mk
            if mk < 0:
                mk += INT32_MAX
            mj = table[ii]
        for _ in range(4):
            for i in range(1, 56):
                table[i] -= table[1 + (i + 30) % 55]
                table[i] = _wrap32(table[i])
                if table[i] < 0:
                    table[i] += INT32_MAX
        self._table = table
        self._next = 0
        self._nextp = 21

    def sample(self) -> int:
        loc_next = self._next + 1
        if loc_next >= 56:
            loc_next = 1
        loc_nextp = self._nextp + 1
        if loc_nextp >= 56:
            loc_nextp = 1
        value = _wrap32(self._table[loc_next] - self._table[loc_nextp])
        if value == INT32_MAX:
            value -= 1
        if value < 0:
            value += INT32_MAX
        self._table[loc_next] = value
        self._next, self._nextp = loc_next, loc_nextp
        return value

    def next_bytes(self, count: int) -> bytes:
        return bytes(self.sample() % 256 for _ in range(count))


def _wrap32(value: int) -> int:
    """Int32 arithmetic: wrap into [-2^31, 2^31)."""
    return (value + 2 ** 31) % 2 ** 32 - 2 ** 31


class SessionRandom:
    """PowerShell's PolymorphicRandomNumberGenerator: cryptographic until seeded."""

    def __init__(self, seed: int | None = None):
        self._pseudo = DotNetRandom(seed) if seed is not None else None

    def next_bytes(self, count: int) -> bytes:
        if self._pseudo is not None:
            return self._pseudo.next_bytes(count)
        return os.urandom(count)

    def _sample(self) -> int:
        return int.from_bytes(self.next_bytes(4), "little", signed=True)

    def next(self) -> int:
        """A number in [0, Int32.MaxValue)."""
        while True:
            value = self._sample()
            if value != INT32_MAX:
                break
        return value + INT32_MAX if value < 0 else value

    def next_double(self) -> float:
        return self.next() * (1.0 / INT32_MAX)

    def next_range(self, low: int, high: int) -> int:
        """A number in [low, high)."""
        span = high - low
        if span <= INT32_MAX:
            return int(self.next_double() * span) + low
        while True:
            value = self._sample()
            if value != INT32_MAX:
                break
        large = (value + INT32_MAX) * (1.0 / (2 * INT32_MAX))
        return int(large * span) + low

    def next_int64(self, low: int, high: int) -> int:
        span = high - low
        if span <= INT32_MAX:
            return low + self.next_range(0, span)
        bits = span.bit_length()
        mask = (1 << bits) - 1
        while True:
            value = int.from_bytes(self.next_bytes(8), "little") & mask
            if value < span:
                return int(float(low) + float(value))

    def next_float(self, low: float, high: float) -> float:
        diff = high - low
        while True:
            r = self.next_double()
            if diff == float("inf") or diff == float("-inf"):
                value = low + r * high - r * low
            else:
                value = low + r * diff
                diff = diff * r
            if value < high:
                return value

