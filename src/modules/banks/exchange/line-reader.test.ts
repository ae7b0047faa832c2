import { describe, expect, it } from 'vitest';
import { readLines, type SourceLine } from './line-reader.ts';
import { chunked, collect, CHUNK_SIZES } from './test-helpers.ts';

async function lines(input: string | Uint8Array, options: Parameters<typeof readLines>[1] = {}, size = 1 << 20): Promise<SourceLine[]> {
  return collect(readLines(chunked(input, size), options));
}

describe('readLines', () => {
  it('numbers lines from 1 and handles LF, CRLF and a missing final newline, in any chunking', async () => {
    for (const size of CHUNK_SIZES) {
      expect(await lines('a\r\nb\n\nc', {}, size)).toEqual([
        { line: 1, text: 'a' },
        { line: 2, text: 'b' },
        { line: 3, text: '' },
        { line: 4, text: 'c' },
      ]);
    }
  });

  it('strips a UTF-8 byte order mark at the start only, even when it is split across chunks', async () => {
    for (const size of CHUNK_SIZES) {
      expect(await lines('\uFEFFa\n\uFEFFb\n', {}, size)).toEqual([
        { line: 1, text: 'a' },
        { line: 2, text: '\uFEFFb' },
      ]);
    }
    expect(await lines('\xEF')).toEqual([{ line: 1, text: 'ï' }]);
  });

  it('keeps multi-byte characters split across chunks', async () => {
    for (const size of CHUNK_SIZES) {
      expect(await lines('héllo ☃ 𝄞\nمرحبا', {}, size)).toEqual([
        { line: 1, text: 'héllo ☃ 𝄞' },
        { line: 2, text: 'مرحبا' },
      ]);
    }
  });

  it('accepts string chunks', async () => {
    expect(await collect(readLines(['a\nb', 'c\n', 'd']))).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'bc' },
      { line: 3, text: 'd' },
    ]);
  });

  it('turns a line over the limit into one error and carries on counting', async () => {
    const input = `ok\n${'x'.repeat(100)}\nnext\n${'y'.repeat(100)}`;
    for (const size of CHUNK_SIZES) {
      expect(await lines(input, { maxLineBytes: 50 }, size)).toEqual([
        { line: 1, text: 'ok' },
        { line: 2, error: { code: 'VALIDATION_FAILED', message: 'the line is longer than 50 bytes' } },
        { line: 3, text: 'next' },
        { line: 4, error: { code: 'VALIDATION_FAILED', message: 'the line is longer than 50 bytes' } },
      ]);
    }
    const exact = await lines(`${'z'.repeat(50)}\n`, { maxLineBytes: 50 });
    expect(exact).toEqual([{ line: 1, text: 'z'.repeat(50) }]);
  });

  it('never buffers a huge line whole', async () => {
    let held = 0;
    async function* huge(): AsyncGenerator<Uint8Array> {
      const block = Buffer.alloc(1 << 20, 0x61);
      for (let i = 0; i < 64; i++) {
        held = Math.max(held, process.memoryUsage().arrayBuffers);
        yield block;
      }
      yield Buffer.from('\nafter\n');
    }
    const before = process.memoryUsage().arrayBuffers;
    const result = await collect(readLines(huge()));
    expect(result).toEqual([
      { line: 1, error: { code: 'VALIDATION_FAILED', message: 'the line is longer than 65536 bytes' } },
      { line: 2, text: 'after' },
    ]);
    expect(held - before).toBeLessThan(32 << 20);
  });

  it('reports invalid UTF-8 on its own line only', async () => {
    const input = Buffer.concat([Buffer.from('good\n'), Buffer.from([0x62, 0xff, 0xfe, 0x0a]), Buffer.from('also good\n'), Buffer.from([0xc3])]);
    for (const size of CHUNK_SIZES) {
      expect(await lines(input, {}, size)).toEqual([
        { line: 1, text: 'good' },
        { line: 2, error: { code: 'VALIDATION_FAILED', message: 'the line is not valid UTF-8' } },
        { line: 3, text: 'also good' },
        { line: 4, error: { code: 'VALIDATION_FAILED', message: 'the line is not valid UTF-8' } },
      ]);
    }
  });

  it('copes with a caller that reuses its chunk buffer', async () => {
    async function* reusing(): AsyncGenerator<Uint8Array> {
      const buffer = Buffer.alloc(4);
      for (const piece of ['abcd', 'ef\ngh', 'ij\n']) {
        const bytes = Buffer.from(piece);
        for (let i = 0; i < bytes.length; i += 4) {
          const n = bytes.copy(buffer, 0, i, i + 4);
          yield buffer.subarray(0, n);
        }
      }
    }
    expect(await collect(readLines(reusing()))).toEqual([
      { line: 1, text: 'abcdef' },
      { line: 2, text: 'ghij' },
    ]);
  });

  describe('CSV mode', () => {
    it('keeps line feeds inside quoted fields and numbers records by their first line', async () => {
      const input = 'a,"b\nc",d\r\n"x""\n""y",z\nlast';
      for (const size of CHUNK_SIZES) {
        expect(await lines(input, { csvQuotes: true }, size)).toEqual([
          { line: 1, text: 'a,"b\nc",d' },
          { line: 3, text: '"x""\n""y",z' },
          { line: 5, text: 'last' },
        ]);
      }
    });

    it('does not treat a quote inside an unquoted field as opening one', async () => {
      for (const size of CHUNK_SIZES) {
        expect(await lines('a,b"c\nd,e\n', { csvQuotes: true }, size)).toEqual([
          { line: 1, text: 'a,b"c' },
          { line: 2, text: 'd,e' },
        ]);
      }
    });

    it('opens a quote at the start of a field that begins a chunk', async () => {
      expect(await collect(readLines(['a,', '"b\nc"\n', 'd'], { csvQuotes: true }))).toEqual([
        { line: 1, text: 'a,"b\nc"' },
        { line: 3, text: 'd' },
      ]);
    });

    it('caps a runaway quote and resynchronises at the next line feed after the cap', async () => {
      const input = `"open\n${'x\n'.repeat(40)}ok,1\n`;
      for (const size of CHUNK_SIZES) {
        const result = await lines(input, { csvQuotes: true, maxLineBytes: 20 }, size);
        expect(result[0]).toEqual({ line: 1, error: { code: 'VALIDATION_FAILED', message: 'the line is longer than 20 bytes' } });
        // The record had to swallow lines until the cap; everything after is read normally.
        const last = result.at(-1);
        expect(last).toEqual({ line: 42, text: 'ok,1' });
        expect(result.slice(1, -1).every((r) => 'text' in r && r.text === 'x')).toBe(true);
      }
    });
  });
});

describe('readLines in CSV mode with a reused buffer', () => {
  it('does not remember quote positions from the buffer’s previous contents', async () => {
    async function* reusing(): AsyncGenerator<Uint8Array> {
      const buffer = Buffer.alloc(8); // the same object every time, as some readers do
      for (const piece of ['a,b\nc,d\n', 'e,"f\ng"\n']) {
        buffer.write(piece);
        yield buffer;
      }
    }
    expect(await collect(readLines(reusing(), { csvQuotes: true }))).toEqual([
      { line: 1, text: 'a,b' },
      { line: 2, text: 'c,d' },
      { line: 3, text: 'e,"f\ng"' },
    ]);
  });
});
