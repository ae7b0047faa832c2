// Every registered signal type honours the contract with its own example values.

import { describe, expect, it } from 'vitest';
import { SignalError } from './errors.ts';
import { BUILT_IN_SIGNAL_TYPES, SignalRegistry, defaultRegistry } from './registry.ts';

describe('registry', () => {
  it('knows the built-in types by name', () => {
    expect(defaultRegistry.names()).toEqual(['pdq', 'vpdq', 'md5', 'sha256', 'text_sha256', 'text_tlsh']);
    expect(defaultRegistry.forContent('photo').map((t) => t.name)).toEqual(['pdq', 'md5', 'sha256']);
    expect(defaultRegistry.forContent('video').map((t) => t.name)).toEqual(['vpdq', 'md5', 'sha256']);
    expect(defaultRegistry.forContent('text').map((t) => t.name)).toEqual(['text_sha256', 'text_tlsh']);
  });

  it('refuses duplicate names and unknown lookups', () => {
    expect(() => new SignalRegistry([...BUILT_IN_SIGNAL_TYPES, BUILT_IN_SIGNAL_TYPES[0]!])).toThrow(/twice/);
    expect(() => defaultRegistry.get('photodna')).toThrow(expect.objectContaining({ code: 'SIGNAL_TYPE_UNKNOWN' }));
  });
});

describe.each(BUILT_IN_SIGNAL_TYPES.map((t) => [t.name, t] as const))('%s', (_, type) => {
  it('declares content types and thresholds', () => {
    expect(type.contentTypes.length).toBeGreaterThan(0);
    expect(type.thresholds.matchDistance).toBeGreaterThanOrEqual(0);
    expect(type.examples.length).toBeGreaterThan(0);
    expect(type.invalidExamples.length).toBeGreaterThan(0);
  });

  it.each(type.examples.map((e) => [e]))('accepts example %s, at distance 0 from itself', (example) => {
    const canonical = type.validate(example);
    expect(type.validate(canonical)).toBe(canonical);
    expect(type.distance(canonical, canonical)).toBe(0);
    expect(type.matches(canonical, canonical)).toBe(true);
  });

  it.each(type.invalidExamples.map((e) => [e]))('rejects %j with SIGNAL_INVALID', (value) => {
    let thrown: unknown;
    try {
      type.validate(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SignalError);
    expect((thrown as SignalError).code).toBe('SIGNAL_INVALID');
  });
});
