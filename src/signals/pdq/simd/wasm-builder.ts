// A minimal WebAssembly binary writer: just enough (i32/f32 scalars, 128-bit SIMD, loops,
// one exported memory) for the PDQ kernels in kernels.ts. Writing the few instructions we need
// keeps the hot path readable in TypeScript and avoids shipping an opaque .wasm blob.

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
export const ValType = { i32: I32, f32: F32, v128: V128 } as const;
export type ValType = (typeof ValType)[keyof typeof ValType];

function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const utf8 = (text: string): number[] => [...uleb(text.length), ...new TextEncoder().encode(text)];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** Emits the body of one function; locals are declared up front and referred to by index. */
export class FunctionBody {
  readonly code: number[] = [];
  private readonly localTypes: ValType[] = [];

  constructor(readonly params: readonly ValType[]) {}

  local(type: ValType): number {
    this.localTypes.push(type);
    return this.params.length + this.localTypes.length - 1;
  }

  private op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }

  private simd(opcode: number, ...rest: number[]): this {
    return this.op(0xfd, ...uleb(opcode), ...rest);
  }

  get(index: number): this { return this.op(0x20, ...uleb(index)); }
  set(index: number): this { return this.op(0x21, ...uleb(index)); }
  tee(index: number): this { return this.op(0x22, ...uleb(index)); }
  i32(value: number): this { return this.op(0x41, ...sleb(value | 0)); }
  f32(value: number): this {
    const bytes = new Uint8Array(new Float32Array([value]).buffer);
    return this.op(0x43, ...bytes);
  }
  add(): this { return this.op(0x6a); }
  sub(): this { return this.op(0x6b); }
  mul(): this { return this.op(0x6c); }
  divU(): this { return this.op(0x6e); }
  shl(): this { return this.op(0x74); }
  shrS(): this { return this.op(0x75); }
  ltS(): this { return this.op(0x48); }
  geS(): this { return this.op(0x4e); }
  eqz(): this { return this.op(0x45); }
  f32Load(offset = 0): this { return this.op(0x2a, 2, ...uleb(offset)); }
  i32Load(offset = 0): this { return this.op(0x28, 2, ...uleb(offset)); }
  eq(): this { return this.op(0x46); }
  and(): this { return this.op(0x71); }
  f32Add(): this { return this.op(0x92); }
  f32Sub(): this { return this.op(0x93); }

  v128Load(offset = 0): this { return this.simd(0x00, 0, ...uleb(offset)); }
  v128Store(offset = 0): this { return this.simd(0x0b, 0, ...uleb(offset)); }
  v128Const(bytes: readonly number[]): this { return this.simd(0x0c, ...bytes); }
  swizzle(): this { return this.simd(0x0e); }
  /** i8x16.shuffle of the two vectors on the stack, with 4 float-lane indices (0-3 first, 4-7 second). */
  shuffleLanes(lanes: readonly [number, number, number, number]): this {
    return this.simd(0x0d, ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]));
  }
  f32x4Splat(): this { return this.simd(0x13); }
  f32x4Add(): this { return this.simd(0xe4); }
  f32x4Sub(): this { return this.simd(0xe5); }
  f32x4Mul(): this { return this.simd(0xe6); }
  f32x4Div(): this { return this.simd(0xe7); }
  f32x4ConvertI32x4S(): this { return this.simd(0xfa); }
  /** i8x16.shuffle with 16 byte indices (0-15 first vector, 16-31 second). */
  shuffleBytes(indices: readonly number[]): this {
    return this.simd(0x0d, ...indices);
  }
  i32x4TruncSatF32x4S(): this { return this.simd(0xf8); }
  i32x4Abs(): this { return this.simd(0xa0); }
  i32x4Add(): this { return this.simd(0xae); }
  i32x4ExtractLane(lane: number): this { return this.simd(0x1b, lane); }
  f32x4ExtractLane(lane: number): this { return this.simd(0x1f, lane); }
  v128And(): this { return this.simd(0x4e); }
  v128Or(): this { return this.simd(0x50); }
  v128Xor(): this { return this.simd(0x51); }
  v128AnyTrue(): this { return this.simd(0x53); }
  i32Store(offset = 0): this { return this.op(0x36, 2, ...uleb(offset)); }
  f32Store(offset = 0): this { return this.op(0x38, 2, ...uleb(offset)); }
  /** `if (cond on stack) { body }` */
  when(body: () => void): this {
    this.op(0x04, 0x40);
    body();
    return this.op(0x0b);
  }
  ret(): this { return this.op(0x0f); }

  /** `while (a < b) { body }` on i32 locals a, b (signed compare). */
  whileLess(a: number, b: number, body: () => void): this {
    this.op(0x02, 0x40); // block
    this.get(a).get(b).geS().op(0x0d, 0); // br_if 0 (exit) when a >= b
    this.op(0x03, 0x40); // loop
    body();
    this.get(a).get(b).ltS().op(0x0d, 0); // br_if 0 (continue) when a < b
    this.op(0x0b, 0x0b); // end loop, end block
    return this;
  }

  /** `while (cond()) { body }`, where cond leaves an i32 on the stack. */
  whileTrue(cond: () => void, body: () => void): this {
    this.op(0x02, 0x40, 0x03, 0x40); // block, loop
    cond();
    this.eqz().op(0x0d, 1); // br_if 1: leave the block when the condition is false
    body();
    this.op(0x0c, 0, 0x0b, 0x0b); // br 0 (loop again), end loop, end block
    return this;
  }

  encode(): number[] {
    const groups: number[][] = this.localTypes.map((type) => [...uleb(1), type]);
    const body = [...vec(groups), ...this.code, 0x0b];
    return [...uleb(body.length), ...body];
  }
}

export interface ExportedFunction {
  readonly name: string;
  readonly body: FunctionBody;
}

/** A module with one exported memory ("memory") and the given exported functions (no results). */
export function buildModule(functions: readonly ExportedFunction[], initialPages: number): Uint8Array {
  const types = functions.map((f) => [0x60, ...vec(f.body.params.map((t) => [t])), ...vec([])]);
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, i) => uleb(i)))),
    ...section(5, vec([[0x00, ...uleb(initialPages)]])),
    ...section(7, vec([[...utf8('memory'), 0x02, 0x00], ...functions.map((f, i) => [...utf8(f.name), 0x00, ...uleb(i)])])),
    ...section(10, vec(functions.map((f) => f.body.encode()))),
  ];
  return Uint8Array.from(bytes);
}
