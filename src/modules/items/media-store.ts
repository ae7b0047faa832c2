// Media stored content-addressed: a file's SHA-256 names it, so the same upload is stored once
// however many items carry it, and a stored file can be checked against its name at any time.
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export class MediaStore {
  constructor(private readonly root: string) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Copies a file into the store; returns its SHA-256 and size. */
  async put(path: string): Promise<{ sha256: string; byteSize: number }> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.root, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true, mode: 0o700 });
      await copyFile(path, target);
    }
    return { sha256, byteSize: (await stat(target)).size };
  }

  /** Opens a stored file for reading; null when the store does not have it. */
  async open(sha256: string): Promise<{ stream: ReadStream; byteSize: number } | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const path = this.pathOf(sha256);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(path), byteSize: info.size };
  }
}
