// TLSH (Trend Micro Locality Sensitive Hash), the default variant that py-tlsh 4.x computes and
// python-threatexchange's `text_tlsh` exchanges: 128 buckets, 1-byte checksum, sliding window
// of 5, "T1" version prefix, at least 50 bytes of input. Written from the algorithm's published
// description and the reference's constants (Apache-2.0 / BSD, Trend Micro); no maintained npm
// port produces version-4 hashes (see docs/adr/0002-signals.md).

// Pearson's sample permutation table, as used by TLSH.
const V = Uint8Array.from([
  1, 87, 49, 12, 176, 178, 102, 166, 121, 193, 6, 84, 249, 230, 44, 163, 14, 197, 213, 181, 161, 85, 218, 80, 64, 239, 24,
  226, 236, 142, 38, 200, 110, 177, 104, 103, 141, 253, 255, 50, 77, 101, 81, 18, 45, 96, 31, 222, 25, 107, 190, 70, 86,
  237, 240, 34, 72, 242, 20, 214, 244, 227, 149, 235, 97, 234, 57, 22, 60, 250, 82, 175, 208, 5, 127, 199, 111, 62, 135,
  248, 174, 169, 211, 58, 66, 154, 106, 195, 245, 171, 17, 187, 182, 179, 0, 243, 132, 56, 148, 75, 128, 133, 158, 100, 130,
  126, 91, 13, 153, 246, 216, 219, 119, 68, 223, 78, 83, 88, 201, 99, 122, 11, 92, 32, 136, 114, 52, 10, 138, 30, 48, 183,
  156, 35, 61, 26, 143, 74, 251, 94, 129, 162, 63, 152, 170, 7, 115, 167, 241, 206, 3, 150, 55, 59, 151, 220, 90, 53, 23,
  131, 125, 173, 15, 238, 79, 95, 89, 16, 105, 137, 225, 224, 217, 160, 37, 123, 118, 73, 2, 157, 46, 116, 9, 145, 134,
  228, 207, 212, 202, 215, 69, 229, 27, 188, 67, 124, 168, 252, 42, 4, 29, 108, 21, 247, 19, 205, 39, 203, 233, 40, 186,
  147, 198, 192, 155, 33, 164, 191, 98, 204, 165, 180, 117, 76, 140, 36, 210, 172, 41, 54, 159, 8, 185, 232, 113, 196, 231,
  47, 146, 120, 51, 65, 28, 144, 254, 221, 93, 189, 194, 139, 112, 43, 71, 109, 184, 209,
]);

export const TLSH_MIN_BYTES = 50;
const BUCKETS = 128;
const CODE_BYTES = 32;

/** Pearson hash of (salt, i, j, k); the salt is pre-mapped through the table as the reference does. */
const mix = (salt: number, i: number, j: number, k: number): number => V[V[V[salt ^ i]! ^ j]! ^ k]!;

function lengthCode(length: number): number {
  const log = Math.log(Math.fround(length));
  let i: number;
  if (length <= 656) i = Math.floor(log / 0.4054651);
  else if (length <= 3199) i = Math.floor(log / 0.26236426 - 8.72777);
  else i = Math.floor(log / 0.09531018 - 62.5472);
  return i & 0xff;
}

/** The value at `rank` (0-based) of the first 128 buckets in ascending order. */
function rankValue(buckets: Uint32Array, rank: number): number {
  return Uint32Array.from(buckets.subarray(0, BUCKETS)).sort()[rank]!;
}

const swapNibbles = (b: number): number => ((b & 0x0f) << 4) | ((b & 0xf0) >> 4);
const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

/** TLSH of `data` as "T1" + 70 uppercase hex digits, or undefined when the input is too short or too uniform. */
export function tlshHash(data: Uint8Array): string | undefined {
  if (data.length < TLSH_MIN_BYTES) return undefined;
  const buckets = new Uint32Array(256);
  let checksum = 0;
  for (let i = 4; i < data.length; i++) {
    const a4 = data[i]!;
    const a3 = data[i - 1]!;
    const a2 = data[i - 2]!;
    const a1 = data[i - 3]!;
    const a0 = data[i - 4]!;
    checksum = mix(1, a4, a3, checksum);
    buckets[mix(49, a4, a3, a2)]!++;
    buckets[mix(12, a4, a3, a1)]!++;
    buckets[mix(178, a4, a2, a1)]!++;
    buckets[mix(166, a4, a2, a0)]!++;
    buckets[mix(84, a4, a3, a0)]!++;
    buckets[mix(230, a4, a1, a0)]!++;
  }
  let nonZero = 0;
  for (let b = 0; b < BUCKETS; b++) if (buckets[b]! > 0) nonZero++;
  if (nonZero <= BUCKETS / 2) return undefined;
  const q1 = rankValue(buckets, BUCKETS / 4 - 1);
  const q2 = rankValue(buckets, BUCKETS / 2 - 1);
  const q3 = rankValue(buckets, BUCKETS - BUCKETS / 4 - 1);
  if (q3 === 0) return undefined;
  const code = new Uint8Array(CODE_BYTES);
  for (let i = 0; i < CODE_BYTES; i++) {
    let h = 0;
    for (let j = 0; j < 4; j++) {
      const k = buckets[4 * i + j]!;
      if (q3 < k) h += 3 << (j * 2);
      else if (q2 < k) h += 2 << (j * 2);
      else if (q1 < k) h += 1 << (j * 2);
    }
    code[i] = h;
  }
  // The ratios are computed in float32 in the reference.
  const q1ratio = Math.trunc(Math.fround(Math.fround(q1 * 100) / Math.fround(q3))) % 16;
  const q2ratio = Math.trunc(Math.fround(Math.fround(q2 * 100) / Math.fround(q3))) % 16;
  let out = 'T1' + hex2(swapNibbles(checksum)) + hex2(swapNibbles(lengthCode(data.length))) + hex2(swapNibbles(q1ratio | (q2ratio << 4)));
  for (let i = CODE_BYTES - 1; i >= 0; i--) out += hex2(code[i]!);
  return out;
}

export const TLSH_PATTERN = /^T1[0-9A-F]{70}$/;

interface ParsedTlsh {
  checksum: number;
  q1ratio: number;
  q2ratio: number;
  code: Uint8Array;
}

function parse(hash: string): ParsedTlsh {
  const byte = (i: number): number => Number.parseInt(hash.slice(2 + 2 * i, 4 + 2 * i), 16);
  const q = swapNibbles(byte(2));
  const code = new Uint8Array(CODE_BYTES);
  for (let i = 0; i < CODE_BYTES; i++) code[i] = byte(3 + CODE_BYTES - 1 - i);
  return { checksum: swapNibbles(byte(0)), q1ratio: q & 0x0f, q2ratio: q >> 4, code };
}

const modDiff = (x: number, y: number, range: number): number => {
  const d = Math.abs(x - y);
  return Math.min(d, range - d);
};

// Per 2-bit bucket code: a difference of 3 (lowest against highest quartile) weighs 6.
const PAIR_WEIGHT = [0, 1, 2, 6];

/** py-tlsh diffxlen: the TLSH distance ignoring the length component (python-threatexchange's choice). */
export function tlshDistanceNoLength(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  let diff = 0;
  const q1 = modDiff(x.q1ratio, y.q1ratio, 16);
  diff += q1 <= 1 ? q1 : (q1 - 1) * 12;
  const q2 = modDiff(x.q2ratio, y.q2ratio, 16);
  diff += q2 <= 1 ? q2 : (q2 - 1) * 12;
  if (x.checksum !== y.checksum) diff += 1;
  for (let i = 0; i < CODE_BYTES; i++) {
    const u = x.code[i]!;
    const v = y.code[i]!;
    for (let shift = 0; shift < 8; shift += 2) diff += PAIR_WEIGHT[Math.abs(((u >> shift) & 3) - ((v >> shift) & 3))]!;
  }
  return diff;
}
