"""A TCP relay between the desks and the shared test server, that a test cuts and restores.

The shared PostgreSQL server must never be stopped (other tests use it), so an outage is this
relay going away: every relayed connection is closed and the port refuses new ones, as a desk
sees a server whose LAN cable was pulled and whose port is closed. ``restore`` listens again on
the same port. ``cut_after_answering`` is the worst moment of an outage: the server has done
what the desk asked (a COMMIT) and the line goes down before its answer reaches the desk.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class TcpProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = 0
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._request = b""  # armed by cut_after_answering: the request whose answer is lost
        self._answering: socket.socket | None = None  # the server socket that answers it
        self.answer_lost = threading.Event()

    def __enter__(self) -> TcpProxy:
        self.restore()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cut()

    def restore(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Close the port and every connection through it."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, set()
        for s in [listener, *sockets]:
            if s is not None:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def cut_after_answering(self, request: bytes) -> None:
        """The next time a desk sends ``request`` (bytes of its wire message, such as
        ``b"COMMIT\\x00"``), relay it, let the server answer, swallow the answer and cut."""
        with self._lock:
            self._request, self._answering = request, None
            self.answer_lost.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:  # cut while connecting
                    client.close()
                    server.close()
                    return
                self._sockets.update((client, server))
            for a, b, up in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._pump, args=(a, b, up), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, upstream: bool) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    if upstream and self._request and self._request in data:
                        self._request, self._answering = b"", target
                    swallowed = not upstream and source is self._answering
                if swallowed:  # the server has answered: the desk never hears it
                    self.cut()
                    self.answer_lost.set()
                    return
                target.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._sockets.difference_update((source, target))
            for s in (source, target):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
