import { describe, expect, it } from 'vitest';
import type { MatchableBank, SignalChange } from './bank.model.ts';
import { MatchDirectory } from './match-directory.ts';

const OWNER = 1;
const PLATFORM = 2;
const STRANGER = 3;
const NOW = Date.parse('2026-03-01T10:00:00Z');

let seq = 0;
function change(signalId: number, contentId: number, extra: Partial<SignalChange> = {}): SignalChange {
  return { seq: ++seq, signalId, contentId, bankId: 10, signalType: 'md5', value: 'x', quality: null, deleted: false, contentDeleted: false, enabled: true, disabledUntil: null, quarantined: false, ...extra };
}
const bank = (extra: Partial<MatchableBank> = {}): MatchableBank => ({ id: 10, organisationId: OWNER, name: 'TVEC', enabled: true, isNegative: false, pdqThreshold: null, sharedWith: [PLATFORM], ...extra });

describe('MatchDirectory', () => {
  it('answers the owner and the organisations a bank is shared with, nobody else', () => {
    const d = new MatchDirectory();
    expect(d.apply(change(100, 50))).toBe('added');
    d.setBanks([bank()]);
    expect(d.resolve(100, OWNER, NOW)).toEqual({ contentId: 50, bankId: 10, bankName: 'TVEC', isNegative: false, pdqThreshold: null });
    expect(d.resolve(100, PLATFORM, NOW)?.contentId).toBe(50);
    expect(d.resolve(100, STRANGER, NOW)).toBeNull();
    d.setBanks([bank({ sharedWith: [] })]); // unshared
    expect(d.resolve(100, PLATFORM, NOW)).toBeNull();
    d.setBanks([bank({ enabled: false })]);
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    d.setBanks([]); // deleted
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
  });

  it('follows the state of entries: disabled, disabled until a time, quarantined, released, deleted', () => {
    const d = new MatchDirectory();
    d.setBanks([bank()]);
    d.apply(change(100, 50));
    expect(d.apply(change(100, 50, { enabled: false }))).toBe('state');
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    d.apply(change(100, 50, { enabled: false, disabledUntil: new Date(NOW + 1000) }));
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    expect(d.resolve(100, OWNER, NOW + 1000)?.contentId).toBe(50); // the disable lapsed
    d.apply(change(100, 50, { quarantined: true }));
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    d.apply(change(100, 50));
    expect(d.resolve(100, OWNER, NOW)?.contentId).toBe(50);
    d.quarantine(50);
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    expect(d.apply(change(100, 50, { deleted: true, contentDeleted: true }))).toBe('removed');
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    expect(d.signals).toBe(0);
  });

  it('knows no bank it has not read yet, and takes the largest PDQ threshold of enabled banks', () => {
    const d = new MatchDirectory();
    d.apply(change(100, 50, { bankId: 11 }));
    d.setBanks([bank()]);
    expect(d.resolve(100, OWNER, NOW)).toBeNull();
    expect(d.maxPdqThreshold(31)).toBe(31);
    d.setBanks([bank({ pdqThreshold: 10 }), bank({ id: 11, pdqThreshold: 40, enabled: false })]);
    expect(d.maxPdqThreshold(31)).toBe(10);
    d.setBanks([]);
    expect(d.maxPdqThreshold(31)).toBe(31);
  });
});
