// What a platform, its domains and its infrastructure providers are, as the rest of Vigil sees them.

export const PLATFORM_CATEGORIES = ['video', 'messaging', 'file_share', 'forum', 'microblog', 'social_network', 'archive', 'website', 'paste', 'audio', 'other'] as const;
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number];

export const DELIVERY_CHANNELS = ['portal', 'webhook', 'api_polling', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const COOPERATION_STATUSES = ['cooperative', 'unresponsive', 'hostile'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

export const PROVIDER_KINDS = ['hosting', 'cdn', 'registrar', 'dns', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The fields a platform is created with or changed by (domains are managed separately). */
export interface PlatformFields {
  name: string;
  category: PlatformCategory;
  contactPoint: string | null;
  deliveryChannel: DeliveryChannel;
  contactEmail: string | null;
  language: string | null;
  tcoLegalRepresentative: string | null;
  cooperationStatus: CooperationStatus;
  operatorOrganisationId: number | null;
  notes: string;
}

export interface Platform extends PlatformFields {
  id: number;
  /** Registered domains and full hosts, sorted. */
  domains: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface PlatformFilter {
  category?: PlatformCategory;
  cooperationStatus?: CooperationStatus;
  /** Part of a name or a domain, case-insensitive. */
  search?: string;
}

export interface InfrastructureProvider {
  id: number;
  name: string;
  kind: ProviderKind;
  contactEmail: string | null;
  abuseUrl: string | null;
  /** The platform organisation that operates the provider in Vigil: its liaisons answer referrals addressed to it. */
  operatorOrganisationId: number | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ProviderFields = Omit<InfrastructureProvider, 'id' | 'createdAt' | 'updatedAt'>;

/** A provider behind a platform, in one role. */
export interface PlatformInfrastructure {
  platformId: number;
  provider: InfrastructureProvider;
  role: ProviderKind;
  createdAt: Date;
}
