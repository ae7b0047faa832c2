// Global set-up for the browser tests: makes sure web/dist is a build of the current web/src (it
// builds when the bundle is missing or older than any source file), then migrates the snapshot
// database like the db project does.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import dbSetup from '../global-setup.ts';

const WEB = join(import.meta.dirname, '..', '..', 'web');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.ts')).mtimeMs);
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dbSetup(project);
}
