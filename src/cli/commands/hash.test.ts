// `vigil hash` in-process: output lines, errors per file, exit behaviour.

import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDataDir } from '../../signals/reference-data.ts';
import { hashCommand } from './hash.ts';

const images = join(referenceDataDir(), 'pdq', 'images');
const WEE_PDQ = '6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d';
let dir: string;

async function run(args: string[], tty = false): Promise<{ stdout: string; stderr: string; error?: CommanderError }> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const command = hashCommand({ stdout, stderr })
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
  try {
    await command.parseAsync(args, { from: 'user' });
    return { stdout: out, stderr: err };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout: out, stderr: err, error };
    throw error;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-cli-hash-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await copyFile(join(images, 'misc-images', 'wee.jpg'), join(dir, 'a-wee.jpg'));
  await copyFile(join(images, 'reg-test-input', 'labelme-subset', 'q0122.jpg'), join(dir, 'nested', 'deeper', 'photo.bin'));
  await copyFile(join(referenceDataDir(), 'vpdq', 'videos', 'test-padded-dimensions.mp4'), join(dir, 'nested', 'clip.mp4'));
  await writeFile(join(dir, 'nested', 'notes.jpg'), 'not a picture at all, just words\n');
  await writeFile(join(dir, 'empty.png'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('vigil hash --json', () => {
  it('prints one JSON object per file, recursing into folders, and goes on after errors', async () => {
    const { stdout, error } = await run(['--json', '--threads', '2', dir]);
    expect(error).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON output under test
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.path)).toEqual([
      join(dir, 'a-wee.jpg'),
      join(dir, 'empty.png'),
      join(dir, 'nested', 'clip.mp4'),
      join(dir, 'nested', 'deeper', 'photo.bin'),
      join(dir, 'nested', 'notes.jpg'),
    ]);
    const [wee, empty, clip, photo, notes] = lines;
    expect(wee!.signals.pdq).toEqual({ value: WEE_PDQ, quality: 100 });
    expect(wee!.signals.md5.value).toMatch(/^[0-9a-f]{32}$/);
    expect(wee!.signals.vpdq).toBeUndefined();
    expect(empty!.error.code).toBe('MEDIA_EMPTY');
    expect(clip!.signals.vpdq.frames[0]).toEqual({
      frame: 0,
      quality: 100,
      value: 'e6cf059c4c6696362cc9d6663cd9c263714169d98327399993363d9c3d9cc666',
      timestamp: 0,
    });
    expect(clip!.signals.vpdq.frames.map((f: { frame: number }) => f.frame)).toEqual([0, 30, 60, 90, 120]);
    // A photo is recognised by its bytes, whatever its name.
    expect(photo!.signals.pdq.value).toBe('cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940');
    expect(notes!.error).toEqual({ code: 'MEDIA_UNSUPPORTED', message: expect.any(String) });
  });

  it('honours --signals and the vPDQ options', async () => {
    const { stdout } = await run(['--json', '--signals', 'sha256,vpdq', '--vpdq-seconds', '0', '--vpdq-size', '128', join(dir, 'nested', 'clip.mp4')]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON output under test
    const line = JSON.parse(stdout) as Record<string, any>;
    expect(Object.keys(line.signals).sort()).toEqual(['sha256', 'vpdq']);
    expect(line.signals.vpdq.frames).toHaveLength(150);
  });
});

describe('vigil hash (text)', () => {
  it('prints readable lines', async () => {
    const { stdout } = await run(['--signals', 'pdq', join(dir, 'a-wee.jpg'), join(dir, 'empty.png')]);
    expect(stdout).toBe(`${join(dir, 'a-wee.jpg')}\tpdq=${WEE_PDQ} (quality 100)\n${join(dir, 'empty.png')}\terror MEDIA_EMPTY: the file is empty\n`);
  });
});

describe('progress', () => {
  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    expect((await run([join(dir, 'a-wee.jpg')])).stderr).toBe('');
    expect((await run([join(dir, 'a-wee.jpg')], true)).stderr).toMatch(/hashing \[.*\] 1\/1 files/);
  });
});

describe('exit status', () => {
  it('fails when no file could be hashed', async () => {
    const { error, stdout } = await run(['--json', join(dir, 'empty.png'), join(dir, 'missing.jpg')]);
    expect(error?.exitCode).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('fails on a usage error', async () => {
    const { error, stderr } = await run(['--signals', 'pdq,photodna', dir]);
    expect(error?.exitCode).toBe(1);
    expect(stderr).toMatch(/unknown signal type "photodna"/);
    expect((await run(['--json'])).error?.code).toBe('commander.missingArgument');
  });
});
