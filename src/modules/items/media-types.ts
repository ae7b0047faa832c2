// The MIME type a stored media file is served with, from the format the hashing pool detected
// (sniffed from the bytes, never from the uploader's file name or header). Unknown formats are
// served as opaque bytes.

const TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heif: 'image/heif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  matroska: 'video/x-matroska',
  avi: 'video/x-msvideo',
  flv: 'video/x-flv',
  ogg: 'video/ogg',
  mpeg: 'video/mpeg',
  mpegts: 'video/mp2t',
};

export function mimeTypeOf(format: string | null): string {
  return (format && TYPES[format]) || 'application/octet-stream';
}

/** The file name extension for a format ("bin" when unknown). */
export function extensionOf(format: string | null): string {
  return format && TYPES[format] ? format.replace('jpeg', 'jpg').replace('matroska', 'mkv') : 'bin';
}
