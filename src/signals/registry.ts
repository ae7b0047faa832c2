// The signal types Vigil knows, by name. A new signal type is one folder exporting a SignalType
// plus one line here; everything else (CLI, pool, API) looks types up through this registry.

import { SignalError } from './errors.ts';
import { md5Signal } from './md5/md5.signal.ts';
import { pdqSignal } from './pdq/pdq.signal.ts';
import { sha256Signal } from './sha256/sha256.signal.ts';
import type { ContentType, SignalType } from './signal-type.ts';
import { textSha256Signal } from './text/text-sha256.signal.ts';
import { textTlshSignal } from './text/text-tlsh.signal.ts';
import { vpdqSignal } from './vpdq/vpdq.signal.ts';

export const BUILT_IN_SIGNAL_TYPES: readonly SignalType[] = [
  pdqSignal,
  vpdqSignal,
  md5Signal,
  sha256Signal,
  textSha256Signal,
  textTlshSignal,
];

export class SignalRegistry {
  private readonly byName = new Map<string, SignalType>();

  constructor(types: readonly SignalType[] = BUILT_IN_SIGNAL_TYPES) {
    for (const type of types) {
      if (this.byName.has(type.name)) throw new Error(`signal type ${type.name} registered twice`);
      this.byName.set(type.name, type);
    }
  }

  get(name: string): SignalType {
    const type = this.byName.get(name);
    if (!type) throw new SignalError('SIGNAL_TYPE_UNKNOWN', `unknown signal type ${JSON.stringify(name)}`);
    return type;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  all(): SignalType[] {
    return [...this.byName.values()];
  }

  forContent(contentType: ContentType): SignalType[] {
    return this.all().filter((type) => type.contentTypes.includes(contentType));
  }

  /** Validates a value of the named type, returning its canonical form. */
  validate(name: string, value: string): string {
    return this.get(name).validate(value);
  }
}

export const defaultRegistry = new SignalRegistry();
