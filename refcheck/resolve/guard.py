"""Never fetch a private, loopback, link-local or metadata-service address.

Why at connection time: a check of the URL's host before the request can be fooled by a redirect
or by DNS that answers differently the second time. Here the connection itself resolves the
name, refuses forbidden addresses and connects to the very address it checked (the Host header
and TLS name stay the URL's). Names are resolved once per run (a small cache) so that fifty
links to one dead domain cost one lookup. Tests inject a resolver to map names to loopback.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

AddrInfo = tuple[Any, ...]  # (family, type, proto, canonname, sockaddr) as getaddrinfo gives it
Resolve = Callable[[str, int], Sequence[AddrInfo]]


class BlockedAddressError(Exception):
    """The name resolves to an address refcheck does not fetch (not an OSError on purpose, so
    that urllib3 and requests let it through unwrapped)."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}, a private or local address")
        self.host = host
        self.address = address


def system_resolve(host: str, port: int) -> Sequence[AddrInfo]:
    return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)


def is_public_address(text: str) -> bool:
    """True for a globally routable unicast address; False for private, loopback, link-local
    (including 169.254.169.254, the cloud metadata service), shared, reserved and multicast."""
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class AddressGuard:
    """Resolves names (cached for the run) and refuses forbidden addresses."""

    def __init__(
        self,
        allow_private: bool = False,
        trusted_hosts: frozenset[str] = frozenset(),
        resolve: Resolve | None = None,
        ttl: float = 300.0,
    ) -> None:
        self.allow_private = allow_private
        self.trusted_hosts = trusted_hosts
        self._resolve = resolve
        self._ttl = ttl
        self._cache: dict[tuple[str, int], tuple[float, Sequence[AddrInfo] | socket.gaierror]] = {}
        self._lock = threading.Lock()

    def addresses(self, host: str, port: int) -> Sequence[AddrInfo]:
        """The addresses to connect to; raises socket.gaierror or BlockedAddressError."""
        host = host.strip("[]").rstrip(".").lower()
        key = (host, port)
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and cached[0] > now:
            found = cached[1]
        else:
            resolve = self._resolve or system_resolve
            try:
                found = list(resolve(host, port))
            except socket.gaierror as error:
                found = error
            with self._lock:
                self._cache[key] = (now + self._ttl, found)
        if isinstance(found, socket.gaierror):
            raise found
        if not found:
            raise socket.gaierror(socket.EAI_NONAME, "no address")
        if self.allow_private or host in self.trusted_hosts:
            return found
        for info in found:
            address = str(info[4][0])
            if not is_public_address(address):
                raise BlockedAddressError(host, address)
        return found

    def check_host(self, host: str, port: int) -> None:
        """Raise BlockedAddressError (or gaierror) before a request is even queued."""
        self.addresses(host, port)

    def connect(self, connection: HTTPConnection) -> socket.socket:
        """urllib3's ``_new_conn`` with the address check; same exceptions as urllib3 raises."""
        host = connection._dns_host
        try:
            infos = self.addresses(host, connection.port)
        except socket.gaierror as error:
            raise NameResolutionError(connection.host, connection, error) from error
        last: OSError | None = None
        for family, kind, proto, _name, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            try:
                for option in connection.socket_options or ():
                    sock.setsockopt(*option)
                timeout = connection.timeout
                if isinstance(timeout, (int, float)):
                    sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except TimeoutError as error:
                sock.close()
                raise ConnectTimeoutError(
                    connection,
                    f"Connection to {connection.host} timed out. (connect timeout={timeout})",
                ) from error
            except OSError as error:
                sock.close()
                last = error
            except BaseException:
                sock.close()
                raise
        raise NewConnectionError(
            connection, f"Failed to establish a new connection: {last}"
        ) from last


def pool_classes(guard: AddressGuard) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pool classes whose connections go through ``guard``."""

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return guard.connect(self)

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return guard.connect(self)

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}
