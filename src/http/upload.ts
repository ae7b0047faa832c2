// Multipart uploads: one file per request, within the configured size. Routes read it with
// `singleUpload(request)`; a request without a file gets UPLOAD_MISSING.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError } from '../core/errors/app-error.ts';
import type { App } from './types.ts';

export async function registerUploads(app: App, maxBytes: number): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 }, throwFileSizeLimit: true });
}

export async function singleUpload(request: FastifyRequest): Promise<{ stream: Readable; filename: string; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the media as multipart/form-data.');
  const file = await request.file();
  if (!file) throw new AppError('UPLOAD_MISSING');
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    const f = Array.isArray(field) ? field[0] : field;
    if (f && f.type === 'field') fields[name] = String(f.value);
  }
  return { stream: file.file, filename: file.filename, fields };
}
