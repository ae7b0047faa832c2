// Response schemas for organisations and members (the OpenAPI document is built from these).
import { z } from 'zod';

export const organisationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['authority', 'ngo', 'platform']),
  competentAuthority: z.boolean(),
  country: z.string().nullable(),
  createdAt: z.string(),
});

/** An entry of the organisation directory: all that other organisations see of one. */
export const directoryEntrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['authority', 'ngo', 'platform']),
  country: z.string().nullable(),
});

export const memberSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
