import socket

import pytest

from tests.conftest import NetworkForbidden


def test_inet_socket_creation_fails_the_test() -> None:
    with pytest.raises(NetworkForbidden):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkForbidden):
        socket.create_connection(("127.0.0.1", 9))


def test_local_socketpair_still_works() -> None:
    a, b = socket.socketpair()
    a.close()
    b.close()
