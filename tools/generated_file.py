"""The command line the build's generators share: `gen_X.py OUTPUT` writes one
generated file, ASCII only, so a stray character of the oracle's data shows up
as a build error instead of a silently re-encoded table."""

import sys


def write_from_command_line(text):
    """Writes text() to the file named by the only argument."""
    if len(sys.argv) != 2:
        sys.exit('usage: %s OUTPUT' % sys.argv[0])
    with open(sys.argv[1], 'w', encoding='ascii') as f:
        f.write(text())
