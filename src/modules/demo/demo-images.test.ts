import { describe, expect, it } from 'vitest';
import { hashMedia } from '../../signals/hash-media.ts';
import { pdqDistance } from '../../signals/index.ts';
import { baseImagePixels, DemoImageCache, IMAGE_VARIANTS } from './demo-images.ts';

describe('demo images', () => {
  it('draws the same pixels for the same seed and index, and others for others', () => {
    expect(baseImagePixels(1, 0).equals(baseImagePixels(1, 0))).toBe(true);
    expect(baseImagePixels(1, 0).equals(baseImagePixels(1, 1))).toBe(false);
    expect(baseImagePixels(1, 0).equals(baseImagePixels(2, 0))).toBe(false);
  });

  it('keeps every variant of a base within the PDQ match distance, and bases far apart', async () => {
    const cache = new DemoImageCache(1);
    const bases: string[] = [];
    for (let base = 0; base < 12; base++) {
      const pdq = async (bytes: Uint8Array) => (await hashMedia({ bytes }, ['pdq'])).signals.pdq!;
      const original = await pdq(await cache.base(base));
      expect(original.quality).toBeGreaterThanOrEqual(50);
      bases.push(original.value);
      for (const variant of IMAGE_VARIANTS) {
        const hashed = await pdq((await cache.variant(base, variant)).bytes);
        expect(pdqDistance(original.value, hashed.value), `${base} ${variant}`).toBeLessThanOrEqual(31);
        expect(hashed.quality).toBeGreaterThanOrEqual(50);
      }
    }
    for (let i = 0; i < bases.length; i++) for (let j = i + 1; j < bases.length; j++) expect(pdqDistance(bases[i]!, bases[j]!)).toBeGreaterThan(31);
  });
});
