// RFC 4180 fields: splitting one CSV record (already cut from the file by the line reader) into
// fields, and writing fields the way Python's csv module does with its default dialect (quote
// only when needed, double embedded quotes). Parsing is strict: a stray quote is an error, not
// data, because a file with one is corrupt and guessing would import a wrong signal.

export type CsvFields = { ok: true; fields: string[] } | { ok: false; message: string };

export function parseCsvRecord(text: string): CsvFields {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) return { ok: false, message: `quoted field ${fields.length + 1} is not closed` };
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return { ok: true, fields };
      if (text[i] !== ',') return { ok: false, message: `field ${fields.length} has text after its closing quote` };
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const value = text.slice(i, comma === -1 ? text.length : comma);
      if (value.includes('"')) return { ok: false, message: `field ${fields.length + 1} has a quote but is not quoted` };
      fields.push(value);
      if (comma === -1) return { ok: true, fields };
      i = comma + 1;
    }
  }
}

const NEEDS_QUOTES = /[",\r\n]/;

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with Python's csv line terminator, \r\n. */
export function formatCsvRecord(fields: readonly string[]): string {
  return `${fields.map(formatCsvField).join(',')}\r\n`;
}
