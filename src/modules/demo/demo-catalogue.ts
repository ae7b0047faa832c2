// The cast of the demo action day: the participating organisations and their members, the platform
// registry, the platform organisations that operate some of those platforms, and the infrastructure
// providers behind them. Every name is fictional and every domain is reserved for examples and tests
// (RFC 2606, RFC 6761), so nothing here can point at a real service.
import type { OrganisationKind, Role } from '../../core/auth/permissions.ts';
import type { CooperationStatus, DeliveryChannel, PlatformCategory, ProviderKind } from '../platforms/platform.model.ts';
import { Prng } from './prng.ts';

export const RESERVED_SUFFIXES = ['.example', '.test', '.invalid', '.example.com', '.example.org', '.example.net'] as const;

export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return RESERVED_SUFFIXES.some((s) => d.endsWith(s));
}

export interface DemoMemberSpec {
  email: string;
  displayName: string;
  roles: Role[];
}

export interface DemoOrganisationSpec {
  key: string;
  name: string;
  kind: OrganisationKind;
  competentAuthority: boolean;
  country: string | null;
  members: DemoMemberSpec[];
  /** For platform organisations: indexes into the platform list of the platforms they operate. */
  operates: number[];
}

export interface DemoPlatformSpec {
  name: string;
  category: PlatformCategory;
  domains: string[];
  cooperationStatus: CooperationStatus;
  deliveryChannel: DeliveryChannel;
  contactEmail: string | null;
  contactPoint: string | null;
  language: string | null;
  tcoLegalRepresentative: string | null;
  notes: string;
}

export interface DemoProviderSpec {
  name: string;
  kind: ProviderKind;
  contactEmail: string;
  abuseUrl: string;
  /** [platform index, role] pairs. */
  links: Array<[number, ProviderKind]>;
}

export interface DemoCatalogue {
  organisations: DemoOrganisationSpec[];
  platforms: DemoPlatformSpec[];
  providers: DemoProviderSpec[];
  /** Domains in no platform's registry entry that items keep pointing to (emerging platforms). */
  unknownDomains: string[];
}

/** The key of the coordinating organisation, which owns the operation and the bank. */
export const COORDINATOR_KEY = 'eu-iru';

const member = (email: string, displayName: string, roles: Role[]): DemoMemberSpec => ({ email, displayName, roles });

/** ISO 3166 reserves XA–XZ for private use: the national units' countries are plainly fictional. */
const UNITS = ['XA', 'XB', 'XC', 'XD'] as const;

function referringOrganisations(): DemoOrganisationSpec[] {
  const eu: DemoOrganisationSpec = {
    key: COORDINATOR_KEY,
    name: 'Fictional EU IRU',
    kind: 'authority',
    competentAuthority: true,
    country: null,
    operates: [],
    members: [
      member('admin@eu-iru.example', 'EU IRU administrator', ['admin']),
      member('coordinator@eu-iru.example', 'EU IRU coordinator', ['coordinator']),
      member('supervisor@eu-iru.example', 'EU IRU supervisor', ['supervisor']),
      member('analyst1@eu-iru.example', 'EU IRU analyst 1', ['analyst']),
      member('analyst2@eu-iru.example', 'EU IRU analyst 2', ['analyst']),
      member('auditor@eu-iru.example', 'EU IRU auditor', ['auditor']),
    ],
  };
  const units = UNITS.map((code, i): DemoOrganisationSpec => {
    const domain = `unit-${code.toLowerCase()}.example`;
    return {
      key: `unit-${code.toLowerCase()}`,
      name: `Fictional National Unit ${code}`,
      kind: 'authority',
      competentAuthority: i % 2 === 0,
      country: code,
      operates: [],
      members: [member(`lead@${domain}`, `Unit ${code} lead`, ['admin', 'supervisor']), member(`analyst@${domain}`, `Unit ${code} analyst`, ['analyst'])],
    };
  });
  const ngo: DemoOrganisationSpec = {
    key: 'ngo',
    name: 'Fictional Trusted Flagger NGO',
    kind: 'ngo',
    competentAuthority: false,
    country: null,
    operates: [],
    members: [member('admin@flagger-ngo.example', 'NGO administrator', ['admin']), member('analyst@flagger-ngo.example', 'NGO analyst', ['analyst'])],
  };
  return [eu, ...units, ngo];
}

const PREFIXES = ['Bluefin', 'Copperleaf', 'Driftwood', 'Ember', 'Fernway', 'Glasshouse', 'Harbor', 'Inkwell', 'Juniper', 'Kestrel', 'Lantern', 'Meadow', 'Nimbus', 'Orchard', 'Pebble', 'Quartz', 'Riverstone', 'Saffron', 'Tidewater', 'Umber', 'Velvet', 'Willow', 'Yarrow', 'Zephyr', 'Amberly', 'Birchwood', 'Cobalt', 'Duneview', 'Elmstead', 'Foxglove', 'Granite', 'Heather', 'Ivory', 'Jasper', 'Kelp', 'Linden', 'Maple', 'Nettle', 'Opal', 'Poplar'];

const CATEGORY_WORDS: Record<PlatformCategory, readonly string[]> = {
  video: ['Video', 'Tube', 'Clips'],
  messaging: ['Chat', 'Messenger'],
  file_share: ['Files', 'Drop', 'Share'],
  forum: ['Forum', 'Boards'],
  microblog: ['Posts', 'Micro'],
  social_network: ['Social', 'Circle'],
  archive: ['Archive', 'Vault'],
  website: ['Pages', 'Sites'],
  paste: ['Paste', 'Bin'],
  audio: ['Audio', 'Sound'],
  other: ['Hub'],
};

const CATEGORY_WEIGHTS: ReadonlyArray<readonly [PlatformCategory, number]> = [
  ['video', 8], ['file_share', 8], ['microblog', 6], ['forum', 6], ['messaging', 5], ['social_network', 5], ['archive', 4], ['website', 4], ['paste', 3], ['audio', 3], ['other', 1],
];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function platformCatalogue(rng: Prng, count: number): DemoPlatformSpec[] {
  const prefixes = rng.shuffle(PREFIXES);
  const names = new Set<string>();
  const platforms: DemoPlatformSpec[] = [];
  // The first two are the group's own platforms: hostile, answering nobody.
  const hostile: Array<[string, PlatformCategory]> = [['Fictional Group A Portal', 'social_network'], ['Fictional Group A Files', 'file_share']];
  for (let i = 0; i < count; i++) {
    let name: string;
    let category: PlatformCategory;
    if (i < hostile.length) [name, category] = hostile[i]!;
    else {
      category = rng.weighted(CATEGORY_WEIGHTS);
      name = `${prefixes[i % prefixes.length]} ${rng.pick(CATEGORY_WORDS[category])}`;
      for (let n = 2; names.has(name); n++) name = `${prefixes[i % prefixes.length]} ${CATEGORY_WORDS[category][0]} ${n}`;
    }
    names.add(name);
    const s = slug(name);
    // Most platforms have a domain of their own; a few are sites under a shared example domain,
    // registered as full hosts; some carry a second domain (a mirror or a short link).
    const primary = i >= hostile.length && i % 13 === 5 ? `${s}.${rng.pick(['example.com', 'example.org', 'example.net'])}` : `${s}.${i < hostile.length ? 'example' : rng.weighted([['example', 2], ['test', 1]] as const)}`;
    const domains = [primary];
    if (i < hostile.length || rng.chance(0.2)) domains.push(`${s}-mirror.test`);
    const status: CooperationStatus = i < hostile.length ? 'hostile' : rng.chance(0.15) ? 'unresponsive' : 'cooperative';
    const channel: DeliveryChannel = status === 'cooperative' ? rng.weighted([['portal', 3], ['webhook', 2], ['api_polling', 1], ['email', 3]] as const) : 'email';
    platforms.push({
      name,
      category,
      domains,
      cooperationStatus: status,
      deliveryChannel: channel,
      contactEmail: status === 'hostile' ? null : `abuse@${primary}`,
      contactPoint: status === 'hostile' ? null : `Trust and safety team, ${name}`,
      language: rng.pick(['en', 'en', 'ar', 'fr', 'de', 'ru', 'tr', null]),
      tcoLegalRepresentative: status === 'cooperative' && rng.chance(0.4) ? `${name} EU Representative (fictional)` : null,
      notes: status === 'hostile' ? 'Demo: run by the fictional Group A itself; refer to its infrastructure providers.' : 'Demo platform (fictional).',
    });
  }
  return platforms;
}

function platformOrganisations(platforms: DemoPlatformSpec[]): DemoOrganisationSpec[] {
  // The larger cooperative platforms with a portal or webhook take part in Vigil themselves.
  const candidates = platforms.map((p, i) => ({ p, i })).filter(({ p }) => p.cooperationStatus === 'cooperative' && (p.deliveryChannel === 'portal' || p.deliveryChannel === 'webhook'));
  const orgs: DemoOrganisationSpec[] = [];
  for (const { p, i } of candidates.slice(0, 3)) {
    const domain = p.domains[0]!;
    orgs.push({
      key: `platform-${orgs.length + 1}`,
      name: `${p.name} Ltd (fictional)`,
      kind: 'platform',
      competentAuthority: false,
      country: null,
      operates: [i],
      members: [member(`liaison@${domain}`, `${p.name} liaison`, ['admin', 'liaison'])],
    });
  }
  return orgs;
}

function providers(rng: Prng, platforms: DemoPlatformSpec[]): DemoProviderSpec[] {
  const specs: Array<Omit<DemoProviderSpec, 'links'>> = [
    { name: 'Offshore Hosting (fictional)', kind: 'hosting', contactEmail: 'abuse@offshore-hosting.example', abuseUrl: 'https://offshore-hosting.example/abuse' },
    { name: 'Demo Hosting Co (fictional)', kind: 'hosting', contactEmail: 'abuse@demo-hosting.example', abuseUrl: 'https://demo-hosting.example/abuse' },
    { name: 'Budget VPS (fictional)', kind: 'hosting', contactEmail: 'abuse@budget-vps.test', abuseUrl: 'https://budget-vps.test/report' },
    { name: 'Example Edge CDN (fictional)', kind: 'cdn', contactEmail: 'abuse@edge-cdn.example', abuseUrl: 'https://edge-cdn.example/abuse' },
    { name: 'Test Registrar (fictional)', kind: 'registrar', contactEmail: 'abuse@test-registrar.example', abuseUrl: 'https://test-registrar.example/abuse' },
    { name: 'Sample DNS (fictional)', kind: 'dns', contactEmail: 'abuse@sample-dns.example', abuseUrl: 'https://sample-dns.example/abuse' },
  ];
  const out: DemoProviderSpec[] = specs.map((s) => ({ ...s, links: [] }));
  platforms.forEach((p, i) => {
    if (p.cooperationStatus !== 'cooperative') {
      // Hostile and unresponsive platforms: the escalation path must exist.
      out[0]!.links.push([i, 'hosting']);
      out[3]!.links.push([i, 'cdn']);
      out[4]!.links.push([i, 'registrar']);
      if (p.cooperationStatus === 'hostile') out[5]!.links.push([i, 'dns']);
    } else {
      out[rng.pick([1, 2])]!.links.push([i, 'hosting']);
      if (rng.chance(0.4)) out[3]!.links.push([i, 'cdn']);
    }
  });
  return out;
}

const UNKNOWN_DOMAINS = ['orbit-share.invalid', 'kestrel-mirror.invalid', 'nimbus-posts.invalid', 'quill-board.test'];

export function demoCatalogue(seed: number, platformCount = 52): DemoCatalogue {
  if (!Number.isInteger(platformCount) || platformCount < 2) throw new RangeError('The demo needs at least 2 platforms.');
  const rng = Prng.of(seed, 'catalogue');
  const platforms = platformCatalogue(rng, platformCount);
  return {
    organisations: [...referringOrganisations(), ...platformOrganisations(platforms)],
    platforms,
    providers: providers(rng, platforms),
    unknownDomains: UNKNOWN_DOMAINS,
  };
}
