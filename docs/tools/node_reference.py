#!/usr/bin/env python3
"""Writes docs/node.md from a running replicadesk-node: the commands it answers (COMMAND) and the
directives it knows (CONFIG GET *), plus the directives it refuses, read from its source. Run it
after a build so the page never drifts from the code:

    python3 docs/tools/node_reference.py build/server/replicadesk-node > docs/node.md
"""
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_reply(f):
    line = f.readline().rstrip(b"\r\n")
    kind, rest = line[:1], line[1:]
    if kind in (b"+", b"-"):
        return rest.decode()
    if kind == b":":
        return int(rest)
    if kind == b"$":
        n = int(rest)
        if n < 0:
            return None
        data = f.read(n + 2)[:-2]
        return data.decode()
    if kind == b"*":
        n = int(rest)
        return None if n < 0 else [read_reply(f) for _ in range(n)]
    raise ValueError("unexpected reply %r" % line)


def command(sock, f, *args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        a = a.encode()
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    sock.sendall(out)
    return read_reply(f)


def refused_directives():
    src = open(os.path.join(ROOT, "server/config/config_file.cpp")).read()
    block = src[src.index("knownUnsupported()"):]
    block = block[:block.index("};")]
    return re.findall(r'"([a-z0-9-]+)"', block)


def main():
    node = sys.argv[1]
    port = free_port()
    with tempfile.TemporaryDirectory() as d:
        proc = subprocess.Popen([node, "--port", str(port), "--dir", d, "--save", ""],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 10
            while True:
                try:
                    sock = socket.create_connection(("127.0.0.1", port))
                    break
                except OSError:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.05)
            f = sock.makefile("rb")
            commands = command(sock, f, "COMMAND")
            config = command(sock, f, "CONFIG", "GET", "*")
            sock.close()
        finally:
            proc.terminate()
            proc.wait(10)

    def subcommands(entry):
        subs = entry[9] if len(entry) > 9 and entry[9] else []
        return sorted(s[0].split("|", 1)[1].upper() for s in subs)

    rows = sorted(commands, key=lambda c: c[0])
    directives = sorted(config[0::2])
    print("# replicadesk-node: supported commands and directives\n")
    print("Generated from a running node by `docs/tools/node_reference.py`; do not edit by hand.")
    print("Replies, arities and error texts follow Redis 7.0; differential test suites compare "
          "them byte for byte with Debian's `redis-server`.\n")
    print("## Commands (%d)\n" % len(rows))
    print("| command | arity | flags | subcommands |")
    print("|---|---|---|---|")
    for c in rows:
        print("| `%s` | %d | %s | %s |" % (c[0].upper(), c[1], " ".join(c[2]),
                                          " ".join(subcommands(c))))
    print("\n## Configuration directives (%d)\n" % len(directives))
    print("Accepted in the config file, as `--name value` on the command line, and by "
          "`CONFIG GET`/`CONFIG SET` (some only at start-up, as in Redis).\n")
    print(", ".join("`%s`" % d for d in directives))
    print("\n## Directives refused on purpose\n")
    print("These exist in Redis but not in the node; a config file that uses one stops start-up "
          "with Redis's fatal config error block and the reason, never silently:\n")
    print(", ".join("`%s`" % d for d in refused_directives()))
    print("\nBeyond Redis: `REPLSTATE` and `REPLSTATE HISTORY [count]` "
          "(see `server/replication/README.md`).")


if __name__ == "__main__":
    main()
