// Request and response schemas of the platform registry (the OpenAPI document is built from these),
// and the presenters that turn records into responses.
import { z } from 'zod';
import { COOPERATION_STATUSES, DELIVERY_CHANNELS, PLATFORM_CATEGORIES, PROVIDER_KINDS, type InfrastructureProvider, type Platform, type PlatformInfrastructure } from './platform.model.ts';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const domainInput = z.string().trim().min(1).max(4096).describe('A registrable domain (example.org), a full host for sites under a shared domain (someone.blogspot.com), an IP address, or a URL to take the host from');

export const platformFields = {
  name: z.string().trim().min(1).max(200),
  category: z.enum(PLATFORM_CATEGORIES),
  contactPoint: optionalText(1000).describe("How to reach the platform's trust and safety team"),
  deliveryChannel: z.enum(DELIVERY_CHANNELS).optional().describe('How referrals reach the platform (default email)'),
  contactEmail: z.email().max(320).nullable().optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/)
    .max(35)
    .nullable()
    .optional()
    .describe('BCP 47 tag of the language referrals are written in'),
  tcoLegalRepresentative: optionalText(1000).describe('Legal representative in the EU under the TCO Regulation'),
  cooperationStatus: z.enum(COOPERATION_STATUSES).optional().describe('Default cooperative'),
  operatorOrganisationId: z.number().int().positive().nullable().optional().describe('The platform organisation that operates it in Vigil'),
  notes: z.string().max(10_000).optional(),
};

export const platformSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  category: z.enum(PLATFORM_CATEGORIES),
  contactPoint: z.string().nullable(),
  deliveryChannel: z.enum(DELIVERY_CHANNELS),
  contactEmail: z.string().nullable(),
  language: z.string().nullable(),
  tcoLegalRepresentative: z.string().nullable(),
  cooperationStatus: z.enum(COOPERATION_STATUSES),
  operatorOrganisationId: z.number().int().nullable(),
  notes: z.string(),
  domains: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const resolutionSchema = z.object({
  url: z.string().describe('The canonical URL'),
  host: z.string(),
  registrableDomain: z.string().nullable(),
  matchedDomain: z.string().nullable().describe('The registered domain or host that matched'),
  platform: platformSchema.nullable(),
});

export const providerFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PROVIDER_KINDS),
  contactEmail: z.email().max(320).nullable().optional(),
  abuseUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional().describe('Where abuse reports go'),
  operatorOrganisationId: z.number().int().positive().nullable().optional().describe('The platform organisation that operates the provider in Vigil: its liaisons receive and answer referrals addressed to it'),
  notes: z.string().max(10_000).optional(),
};

export const providerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  contactEmail: z.string().nullable(),
  abuseUrl: z.string().nullable(),
  operatorOrganisationId: z.number().int().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const platformInfrastructureSchema = z.object({ provider: providerSchema, role: z.enum(PROVIDER_KINDS), linkedAt: z.string() });

export function presentPlatform(p: Platform): z.infer<typeof platformSchema> {
  return { ...p, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

export function presentProvider(p: InfrastructureProvider): z.infer<typeof providerSchema> {
  return { ...p, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

export function presentLink(l: PlatformInfrastructure): z.infer<typeof platformInfrastructureSchema> {
  return { provider: presentProvider(l.provider), role: l.role, linkedAt: l.createdAt.toISOString() };
}

/** Drops absent keys, so that a patch changes only what the request names. */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
