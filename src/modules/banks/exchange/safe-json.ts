// JSON from outside (JSON lines, TCAP pages) is parsed here, so no `__proto__` key survives into
// objects that later code might merge into others and so reach Object.prototype.

export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
}
