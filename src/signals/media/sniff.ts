// Content detection from magic bytes. File names and extensions are attacker-controlled, so the
// decoder is chosen from the bytes alone, and for video the ffmpeg demuxer is forced (`-f`) from
// this table: a playlist (HLS, concat, SDP) can then never be opened, whatever it is called.

export type MediaKind = 'photo' | 'video';

export interface SniffedMedia {
  readonly kind: MediaKind;
  /** Image format as sharp names it, or the container's name for video. */
  readonly format: string;
  /** ffmpeg demuxer to force for video. */
  readonly demuxer?: string;
}

/** Bytes needed by sniffMedia; read this many from the start of the file. */
export const SNIFF_BYTES = 1024;

const ascii = (bytes: Uint8Array, offset: number, text: string): boolean => {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const IMAGE_BRANDS = new Set(['avif', 'avis']);
// ISO-BMFF brands of still-image HEIF that our sharp build cannot decode.
const UNSUPPORTED_IMAGE_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const QUICKTIME_ATOMS = ['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'];

export function sniffMedia(head: Uint8Array): SniffedMedia | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'photo', format: 'jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', format: 'png' };
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return { kind: 'photo', format: 'gif' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return { kind: 'photo', format: 'webp' };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'photo', format: 'tiff' };
  }
  if (ascii(head, 4, 'ftyp')) {
    const brand = String.fromCharCode(...head.subarray(8, 12));
    if (IMAGE_BRANDS.has(brand)) return { kind: 'photo', format: 'heif' };
    if (UNSUPPORTED_IMAGE_BRANDS.has(brand)) return undefined;
    return { kind: 'video', format: 'mp4', demuxer: 'mov' };
  }
  if (QUICKTIME_ATOMS.some((atom) => ascii(head, 4, atom))) return { kind: 'video', format: 'mov', demuxer: 'mov' };
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'video', format: 'matroska', demuxer: 'matroska' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'AVI ')) return { kind: 'video', format: 'avi', demuxer: 'avi' };
  if (ascii(head, 0, 'FLV') && head[3] === 1) return { kind: 'video', format: 'flv', demuxer: 'flv' };
  if (ascii(head, 0, 'OggS')) return { kind: 'video', format: 'ogg', demuxer: 'ogg' };
  if (startsWith(head, [0x00, 0x00, 0x01, 0xba])) return { kind: 'video', format: 'mpeg', demuxer: 'mpeg' };
  if (head.length >= 377 && head[0] === 0x47 && head[188] === 0x47 && head[376] === 0x47) {
    return { kind: 'video', format: 'mpegts', demuxer: 'mpegts' };
  }
  return undefined;
}
