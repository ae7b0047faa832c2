// Checking and normalising signal values during import. The application passes the signal
// registry's validate; this default knows the built-in types' textual forms, so the exchange layer
// works (and is tested) on its own. It also accepts `sha512`, which TCAP lists carry: Vigil can
// store those values even though no matcher uses them yet.

export type SignalValidation =
  | { ok: true; normalised: string }
  | { ok: false; code: 'SIGNAL_INVALID' | 'SIGNAL_TYPE_UNKNOWN'; message: string };

/** Takes Vigil's signal type name (aliases already mapped) and the value as found in the file. */
export type SignalValidator = (signalType: string, value: string) => SignalValidation;

const HEX_LENGTHS: Readonly<Record<string, number>> = {
  pdq: 64,
  md5: 32,
  sha256: 64,
  sha512: 128,
  text_sha256: 64,
};

/** The types basicSignalValidator knows. */
export const BASIC_SIGNAL_TYPES: readonly string[] = [...Object.keys(HEX_LENGTHS), 'vpdq', 'text_tlsh'];

const HEX_ONLY = /^[0-9a-f]+$/;
const TLSH_WITH_VERSION = /^T1[0-9A-F]{70}$/;
const TLSH_WITHOUT_VERSION = /^[0-9A-F]{70}$/;
const VPDQ_QUALITY = /^\d{1,3}$/;
const VPDQ_TIMESTAMP = /^\d+(\.\d+)?([eE][+-]?\d+)?$/;

function invalid(message: string): SignalValidation {
  return { ok: false, code: 'SIGNAL_INVALID', message };
}

function validateHex(value: string, length: number, type: string): SignalValidation {
  const canonical = value.trim().toLowerCase();
  if (canonical.length !== length || !HEX_ONLY.test(canonical)) {
    return invalid(`a ${type} signal is ${length} hex digits`);
  }
  return { ok: true, normalised: canonical };
}

/**
 * TLSH strings from tlsh 4 and later start with the version "T1"; older ones are the same 70 hex
 * digits without it. Both become Vigil's form, "T1" and upper-case hex.
 */
function validateTlsh(value: string): SignalValidation {
  const canonical = value.trim().toUpperCase();
  if (TLSH_WITH_VERSION.test(canonical)) return { ok: true, normalised: canonical };
  if (TLSH_WITHOUT_VERSION.test(canonical)) return { ok: true, normalised: `T1${canonical}` };
  return invalid('a text_tlsh signal is "T1" and 70 hex digits (or the 70 digits alone)');
}

/**
 * vPDQ travels as python-threatexchange writes it: a JSON array of "<pdq hex>,<quality>,<seconds>"
 * strings (json.dumps puts ", " between items, Vigil writes none). The canonical form is Vigil's:
 * lower-case hex, seconds with 3 decimals, no spaces.
 */
function validateVpdq(value: string): SignalValidation {
  let items: unknown;
  try {
    items = JSON.parse(value);
  } catch {
    return invalid('a vpdq signal is a JSON array of "hex,quality,timestamp" strings');
  }
  if (!Array.isArray(items) || items.length === 0) return invalid('a vpdq signal is a non-empty JSON array');
  const features: string[] = [];
  for (const item of items) {
    const parts = typeof item === 'string' ? item.split(',') : [];
    const [hex = '', quality = '', timestamp = ''] = parts.map((p) => p.trim());
    const pdq = hex.toLowerCase();
    if (parts.length !== 3 || pdq.length !== 64 || !HEX_ONLY.test(pdq)) return invalid('a vpdq feature is "<64 hex>,<quality>,<timestamp>"');
    if (!VPDQ_QUALITY.test(quality) || Number(quality) > 100) return invalid('a vpdq quality is an integer 0..100');
    const seconds = Number(timestamp);
    if (!VPDQ_TIMESTAMP.test(timestamp) || !Number.isFinite(seconds)) return invalid('a vpdq timestamp is a number of seconds ≥ 0');
    features.push(`${pdq},${Number(quality)},${seconds.toFixed(3)}`);
  }
  return { ok: true, normalised: JSON.stringify(features) };
}

export const basicSignalValidator: SignalValidator = (signalType, value) => {
  const hexLength = Object.hasOwn(HEX_LENGTHS, signalType) ? HEX_LENGTHS[signalType] : undefined;
  if (hexLength !== undefined) return validateHex(value, hexLength, signalType);
  if (signalType === 'text_tlsh') return validateTlsh(value);
  if (signalType === 'vpdq') return validateVpdq(value);
  return { ok: false, code: 'SIGNAL_TYPE_UNKNOWN', message: `unknown signal type ${JSON.stringify(signalType.slice(0, 48))}` };
};
