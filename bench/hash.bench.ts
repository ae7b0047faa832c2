// Hashing benchmark (`npm run bench:hash`): decode-only against decode + PDQ on one thread, the
// PDQ step's share, and the all-core pool. Every speed is also given as a ratio against the
// decode-only baseline measured in the same run (see docs/benchmarks.md).
//
// Corpus: the sample images of testdata/pdq plus synthetic uploads generated here at typical
// sizes (phone photos, 1600×1000 JPEGs, screenshots as PNG, WebP), written to a temp folder.

import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createHashPool, PdqHasher, resolveLimits } from '../src/signals/index.ts';
import { decodeImage } from '../src/signals/media/image-decode.ts';
import { referenceDataDir } from '../src/signals/reference-data.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function listImages(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listImages(path)));
    else if (/\.(jpe?g|png|webp)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

/** A photo-like picture: smooth gradients, a few soft shapes and sensor-like noise. */
function syntheticPixels(width: number, height: number, seed: number): Buffer {
  let s = seed;
  const random = (): number => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const blobs = Array.from({ length: 12 }, () => ({ x: random() * width, y: random() * height, r: (0.05 + random() * 0.25) * width, c: [random() * 255, random() * 255, random() * 255] }));
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = (x / width) * 160 + 40;
      let g = (y / height) * 140 + 50;
      let b = ((x + y) / (width + height)) * 120 + 60;
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y);
        if (d < blob.r) {
          const w = 1 - d / blob.r;
          r += (blob.c[0]! - r) * w;
          g += (blob.c[1]! - g) * w;
          b += (blob.c[2]! - b) * w;
        }
      }
      const noise = (random() - 0.5) * 12;
      const i = (y * width + x) * 3;
      data[i] = Math.max(0, Math.min(255, r + noise));
      data[i + 1] = Math.max(0, Math.min(255, g + noise));
      data[i + 2] = Math.max(0, Math.min(255, b + noise));
    }
  }
  return data;
}

async function syntheticCorpus(dir: string): Promise<string[]> {
  const specs: [number, number, 'jpeg' | 'png' | 'webp', number][] = [
    [1600, 1000, 'jpeg', 6],
    [1080, 1350, 'jpeg', 4],
    [4032, 3024, 'jpeg', 2],
    [1280, 720, 'png', 2],
    [1200, 800, 'webp', 2],
    [640, 640, 'jpeg', 4],
  ];
  const files: string[] = [];
  let seed = 1;
  for (const [width, height, format, count] of specs) {
    for (let k = 0; k < count; k++) {
      const path = join(dir, `synthetic-${width}x${height}-${k}.${format === 'jpeg' ? 'jpg' : format}`);
      await sharp(syntheticPixels(width, height, seed++), { raw: { width, height, channels: 3 } })[format]({ quality: 85 }).toFile(path);
      files.push(path);
    }
  }
  return files;
}

function rate(count: number, ms: number): number {
  return (count * 1000) / ms;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!;
  const tmp = await mkdtemp(join(tmpdir(), 'vigil-bench-hash-'));
  try {
    const samples = await listImages(join(referenceDataDir(), 'pdq', 'images'));
    const synthetic = await syntheticCorpus(tmp);
    const corpus = [...samples, ...synthetic];
    const limits = resolveLimits();
    let pixels = 0;
    for (const path of corpus) {
      const m = await sharp(path).metadata();
      pixels += (m.width ?? 0) * (m.height ?? 0);
    }
    const bytes = (await Promise.all(corpus.map((p) => stat(p)))).reduce((n, s) => n + s.size, 0);
    console.log(`corpus: ${corpus.length} images (${samples.length} samples + ${synthetic.length} synthetic), ${(pixels / 1e6).toFixed(1)} MP, ${(bytes / 1e6).toFixed(1)} MB`);
    console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${ROUNDS} rounds\n`);

    // One thread, as a pool worker runs: sharp single-threaded, file read included.
    sharp.concurrency(1);
    sharp.cache(false);
    const hasher = new PdqHasher();
    let decodeMs = 0;
    let decodeAndPdqMs = 0;
    let pdqMs = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      // Round 0 warms up the JIT and the file cache and is not counted.
      let d = 0;
      let dp = 0;
      let p = 0;
      for (const path of corpus) {
        let t = performance.now();
        await decodeImage({ path: path }, limits);
        d += performance.now() - t;
        t = performance.now();
        const image = await decodeImage({ path: path }, limits);
        const t2 = performance.now();
        hasher.hashPixels(image);
        const t3 = performance.now();
        p += t3 - t2;
        dp += t3 - t;
      }
      if (round > 0) {
        decodeMs += d;
        decodeAndPdqMs += dp;
        pdqMs += p;
      }
    }
    const n = corpus.length * ROUNDS;
    const decodeRate = rate(n, decodeMs);
    const oneThreadRate = rate(n, decodeAndPdqMs);

    const threads = availableParallelism();
    const poolRate = async (count: number, files: string[]): Promise<number> => {
      const pool = createHashPool({ threads: count, limits });
      try {
        await Promise.all(files.map((path) => pool.hashFile(path, ['pdq'])));
        const t = performance.now();
        for (let round = 0; round < ROUNDS; round++) await Promise.all(files.map((path) => pool.hashFile(path, ['pdq'])));
        return rate(files.length * ROUNDS, performance.now() - t);
      } finally {
        await pool.close();
      }
    };
    const pool1 = await poolRate(1, corpus);
    const poolAll = await poolRate(threads, corpus);
    // The size the reference C++ CLI was timed on (≈ 17.6 images/s on this machine, decode included).
    const typical = synthetic.filter((path) => path.includes('1600x1000'));
    const typicalAll = await poolRate(threads, [...typical, ...typical, ...typical]);

    const rows: [string, number][] = [
      ['decode only, 1 thread (baseline)', decodeRate],
      ['decode + PDQ, 1 thread', oneThreadRate],
      ['decode + PDQ, pool of 1 worker', pool1],
      [`decode + PDQ, pool of ${threads} workers (all cores)`, poolAll],
    ];
    console.log('| measurement | images/s | × baseline |');
    console.log('| --- | ---: | ---: |');
    for (const [name, value] of rows) console.log(`| ${name} | ${value.toFixed(1)} | ${(value / decodeRate).toFixed(2)} |`);
    console.log(`\nPDQ step (luma, blur, DCT, bits) adds ${((pdqMs / decodeMs) * 100).toFixed(1)} % to decoding time ` +
      `(${(pdqMs / n).toFixed(2)} ms per image against ${(decodeMs / n).toFixed(2)} ms to decode); ` +
      `share of decode + PDQ: ${((pdqMs / (decodeMs + pdqMs)) * 100).toFixed(1)} %.`);
    console.log(`All-core scaling: ${(poolAll / pool1).toFixed(2)}× a 1-worker pool on ${threads} cores.`);
    console.log(`1600×1000 JPEGs, decode + PDQ on all cores: ${typicalAll.toFixed(1)} images/s.`);
    // Other processes on the machine slow the pool figures most; report the load with the result.
    console.log(`Load average (1 min) at the start and end of the run: ${loadAtStart.toFixed(2)}, ${loadavg()[0]!.toFixed(2)} (${threads} cores).`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
