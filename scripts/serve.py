#!/usr/bin/python3
"""Serves a directory on http://127.0.0.1:PORT, as `make serve` does with dist/.

    serve.py --port PORT --directory DIR

A port that is taken (another server, an earlier `make serve` still running) is said in one line with
how to choose another, instead of Python's traceback.
"""
import argparse
import errno
import functools
import http.server
import sys


def main():
    parser = argparse.ArgumentParser(description="Serve a directory on loopback.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--directory", required=True)
    options = parser.parse_args()

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=options.directory)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", options.port), handler)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            sys.exit(f"serve: port {options.port} is already in use (another server, or an earlier `make serve` "
                     f"still running). Stop it, or choose another port: make serve PORT=8081")
        if error.errno == errno.EACCES:
            sys.exit(f"serve: port {options.port} needs privileges; choose a port above 1023: make serve PORT=8081")
        sys.exit(f"serve: cannot serve on port {options.port}: {error.strerror}")

    print(f"Serving {options.directory} on http://127.0.0.1:{options.port}/ (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
