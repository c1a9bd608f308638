#!/usr/bin/python3
"""Writes the release's .zip, for people without npm: the npm package's files, the same bytes.

    make_release_zip.py PACKAGE.tgz OUT.zip

The files are read from the package npm pack made, so the two can never differ. npm's tarball keeps them
under package/; the zip keeps them under a folder named like the tarball (campaign-widget-1.0.0/), so
unpacked on a site they sit under a versioned path that can be cached for a year.
"""
import pathlib
import sys
import tarfile
import time
import zipfile


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    package, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    folder = package.name.removesuffix(".tgz")
    with tarfile.open(package, "r:gz") as tar, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zip_file:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.isfile():
                continue
            name = folder + "/" + member.name.removeprefix("package/")
            # npm stamps every file with one fixed time; the zip keeps it, so it is the same on every build.
            info = zipfile.ZipInfo(name, time.gmtime(max(member.mtime, 315532800))[:6])
            info.external_attr = (member.mode & 0o777) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zip_file.writestr(info, tar.extractfile(member).read())


if __name__ == "__main__":
    main()
