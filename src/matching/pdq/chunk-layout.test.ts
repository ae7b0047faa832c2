import { describe, expect, it } from 'vitest';
import { allocateRadii, binomial, chooseLayout, flipMasks, layoutBytesPerHash, makeLayout } from './chunk-layout.ts';

describe('chunk layout', () => {
  it('covers all 256 bits with chunks whose low bits fit a byte', () => {
    for (const n of [1, 100, 4096, 65536, 1_000_000, 10_000_000, 16_000_000]) {
      const layout = chooseLayout(n);
      let bits = 0;
      for (let i = 0; i < layout.count; i++) {
        expect(layout.start[i]).toBe(bits);
        expect(layout.tableBits[i]! + layout.lowBits[i]!).toBe(layout.width[i]);
        expect(layout.lowBits[i]).toBeLessThanOrEqual(8);
        bits += layout.width[i]!;
      }
      expect(bits).toBe(256);
    }
  });

  it('keeps postings and tables within the memory bound for large segments', () => {
    for (const n of [1_000_000, 10_000_000, 16_000_000]) {
      expect(layoutBytesPerHash(chooseLayout(n), n)).toBeLessThanOrEqual(56);
    }
  });

  it('allocates radii that satisfy the pigeonhole bound at every threshold up to 31', () => {
    for (const n of [10, 4096, 1_000_000, 10_000_000]) {
      const layout = chooseLayout(n);
      for (let t = 0; t <= 31; t++) {
        const radii = allocateRadii(layout, t, n)!;
        let units = 0;
        for (const r of radii) units += r + 1;
        expect(units).toBeGreaterThanOrEqual(t + 1);
      }
    }
  });

  it('enumerates every neighbour mask exactly once', () => {
    for (const [bits, weight] of [[16, 0], [16, 1], [17, 2], [20, 3]] as const) {
      const masks = flipMasks(bits, weight);
      expect(masks.length).toBe(binomial(bits, weight));
      expect(new Set(masks).size).toBe(masks.length);
      for (const m of masks) {
        expect(m < 2 ** bits).toBe(true);
        let c = 0;
        for (let b = 0; b < bits; b++) c += (m >>> b) & 1;
        expect(c).toBe(weight);
      }
    }
  });

  it('splits bits as evenly as possible', () => {
    const layout = makeLayout(11, 21);
    expect(layout.width).toEqual([24, 24, 24, 23, 23, 23, 23, 23, 23, 23, 23]);
    expect(layout.tableBits.every((t) => t === 21)).toBe(true);
  });
});
