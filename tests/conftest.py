"""Suite-wide guard: the app and the command line never open a network socket."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


class NetworkUsed(AssertionError):
    """Raised when code under test tries to open an internet socket."""


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Make every AF_INET/AF_INET6 socket creation fail for the whole suite.

    Local (AF_UNIX) sockets stay allowed: the display server connection of a real desktop uses one.
    """
    original = socket.socket.__init__

    def guarded(self: socket.socket, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise NetworkUsed("bouncegui must not open network sockets")
        original(self, family, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket.__init__ = guarded  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.__init__ = original  # type: ignore[method-assign]
