// Signal type names across the field. python-threatexchange (and so HMA) derives a type's name
// from its class: VideoMD5Signal is `video_md5`, TextTLSHSignal `text_tlsh`, VPDQSignal `vpdq`.
// Vigil's md5 and sha256 hash any file, not only videos, so the video-only names map onto them on
// import; export can write them back when the reader is python-threatexchange or HMA.

/** Names other tools write, mapped to Vigil's. Names not listed are used as they are. */
export const SIGNAL_TYPE_ALIASES: Readonly<Record<string, string>> = {
  video_md5: 'md5', // VideoMD5Signal (python-threatexchange, HMA)
  photo_md5: 'md5', // PhotoMD5Signal (early python-threatexchange)
  video_sha256: 'sha256', // VideoSHA256Signal
  video_vpdq: 'vpdq', // VideoVPDQSignal (the vpdq extension before its rename to VPDQSignal)
  tlsh: 'text_tlsh', // TLSHSignal: the same TLSH of the text's UTF-8 bytes as TextTLSHSignal
};

/** Vigil's names as python-threatexchange and HMA spell them, for export to those tools. */
export const PYTHON_THREATEXCHANGE_NAMES: Readonly<Record<string, string>> = {
  md5: 'video_md5',
  sha256: 'video_sha256',
};

export type SignalTypeNaming = 'vigil' | 'python-threatexchange';

/** Trims and lower-cases a name from a file and maps aliases onto Vigil's name. */
export function toVigilSignalType(name: string): string {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(SIGNAL_TYPE_ALIASES, key) ? SIGNAL_TYPE_ALIASES[key]! : key;
}

export function exportSignalType(name: string, naming: SignalTypeNaming = 'vigil'): string {
  if (naming === 'python-threatexchange' && Object.hasOwn(PYTHON_THREATEXCHANGE_NAMES, name)) {
    return PYTHON_THREATEXCHANGE_NAMES[name]!;
  }
  return name;
}
