// Where the release's files are, and what is in its archives (read with Debian's python, which has tar
// and zip readers: node has neither).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const RELEASE_DIR = path.join(ROOT, 'build/release');
export const TARBALL = path.join(RELEASE_DIR, `${MANIFEST.name}-${MANIFEST.version}.tgz`);
export const ZIP = path.join(RELEASE_DIR, `${MANIFEST.name}-${MANIFEST.version}.zip`);
export const SNIPPET = path.join(RELEASE_DIR, 'snippet.html');

// { 'dist/campaign-widget.js': '<sha256 hex>', ... } for the files of a .tgz (under package/) or a .zip
// (under its one top folder), paths relative to that folder.
export function archiveDigests(archive) {
  const program = `
import hashlib, json, sys, tarfile, zipfile
archive = sys.argv[1]
digests = {}
if archive.endswith(".zip"):
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            if not name.endswith("/"):
                digests[name] = hashlib.sha256(z.read(name)).hexdigest()
else:
    with tarfile.open(archive, "r:gz") as t:
        for m in t.getmembers():
            if m.isfile():
                digests[m.name] = hashlib.sha256(t.extractfile(m).read()).hexdigest()
print(json.dumps(digests))
`;
  const digests = JSON.parse(execFileSync('/usr/bin/python3', ['-c', program, archive], { encoding: 'utf8' }));
  const inFolder = {};
  for (const [name, digest] of Object.entries(digests)) inFolder[name.slice(name.indexOf('/') + 1)] = digest;
  return { folders: [...new Set(Object.keys(digests).map((name) => name.split('/')[0]))], files: inFolder };
}
