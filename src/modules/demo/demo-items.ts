// The items of the demo action day, planned before anything is stored: which URL on which platform,
// in which language, from which organisation, with which picture (a base image and a variant) or
// text. About 60 % carry a picture: ~8 re-uploads per base image on different platforms, a few bases
// far more popular than the rest. The rest are text posts, a third of them repeating a "campaign"
// text across platforms. A few percent sit on unregistered domains, which the emerging-platforms
// view should surface.
import type { ItemTier } from '../items/item.model.ts';
import type { DemoCatalogue } from './demo-catalogue.ts';
import { VARIANT_WEIGHTS, type ImageVariant } from './demo-images.ts';
import { DEMO_LANGUAGES, LANGUAGE_WEIGHTS, demoText, type DemoLanguage } from './demo-text.ts';
import { Prng } from './prng.ts';

export interface DemoItem {
  url: string;
  /** Index into the catalogue's platforms, or null for an unregistered domain. */
  platform: number | null;
  /** Key of the submitting organisation. */
  submitter: string;
  language: DemoLanguage;
  groupName: string | null;
  category: string;
  tier: ItemTier;
  text: string | null;
  image: { base: number; variant: ImageVariant } | null;
  capturedAt: Date;
  /** When the analyst submits it (within the window): a few minutes after the capture. */
  submittedAt: Date;
}

export interface DemoItemPlan {
  items: DemoItem[];
  /** Number of base images. */
  bases: number;
  /** Base images whose hashes go into the demo bank. */
  bankedBases: number[];
}

export const DEMO_GROUPS = ['Fictional Group A', 'Fictional Group B', 'Fictional Group C'] as const;

const GROUP_WEIGHTS: ReadonlyArray<readonly [string | null, number]> = [
  [DEMO_GROUPS[0], 45],
  [DEMO_GROUPS[1], 30],
  [DEMO_GROUPS[2], 15],
  [null, 10],
];

const TIER_WEIGHTS: ReadonlyArray<readonly [ItemTier, number]> = [
  ['designated_group_propaganda', 70],
  ['promotional', 22],
  ['crisis', 6],
  ['threat_to_life', 2],
];

/** The referring organisations submit; the coordinator's unit the most. */
const SUBMITTER_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['eu-iru', 30],
  ['unit-xa', 15],
  ['unit-xb', 15],
  ['unit-xc', 15],
  ['unit-xd', 15],
  ['ngo', 10],
];

export const IMAGE_SHARE = 0.6;
export const ITEMS_PER_BASE = 8;
export const UNKNOWN_DOMAIN_SHARE = 0.03;
export const OUT_LINK_SHARE = 0.05;
/** Minutes from capture to submission (less at the window's start). */
export const SUBMISSION_DELAY_MINUTES = [1, 20] as const;

interface Piece {
  language: DemoLanguage;
  groupName: string | null;
  tier: ItemTier;
  text: string | null;
}

function piece(rng: Prng, forcedLanguage?: DemoLanguage, withText = true): Piece {
  const language = forcedLanguage ?? rng.weighted(LANGUAGE_WEIGHTS);
  return { language, groupName: rng.weighted(GROUP_WEIGHTS), tier: rng.weighted(TIER_WEIGHTS), text: withText ? demoText(rng, language) : null };
}

/** How many items each of `groups` gets: at least two each when there is room, then Zipf-like. */
function spread(rng: Prng, total: number, groups: number): number[] {
  const counts = new Array<number>(groups).fill(0);
  let left = total;
  for (let round = 0; round < 2 && left >= groups; round++, left -= groups) counts.forEach((_, i) => (counts[i]! += 1));
  const weights = counts.map((_, i) => [i, 1 / (i + 1) ** 0.9] as const);
  for (; left > 0; left--) counts[rng.weighted(weights)]! += 1;
  return counts;
}

function path(rng: Prng, category: string): string {
  switch (category) {
    case 'video':
      return `/watch?v=${rng.token(11)}`;
    case 'forum':
      return `/thread/${rng.between(1000, 99999)}-${rng.token(6)}`;
    case 'microblog':
      return `/${rng.token(8)}/status/${rng.between(10 ** 8, 10 ** 9)}`;
    case 'messaging':
      return `/c/${rng.token(7)}/${rng.between(1, 9999)}`;
    case 'file_share':
      return `/f/${rng.token(12)}`;
    case 'paste':
      return `/${rng.token(8)}`;
    default:
      return `/p/${rng.token(10)}`;
  }
}

export function planItems(seed: number, count: number, catalogue: DemoCatalogue, window: { start: Date; end: Date }): DemoItemPlan {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('The demo needs at least one item.');
  const rng = Prng.of(seed, 'items');
  const imageCount = Math.round(count * IMAGE_SHARE);
  const bases = imageCount === 0 ? 0 : Math.max(1, Math.round(imageCount / ITEMS_PER_BASE));
  const textCount = count - imageCount;
  const campaignItems = Math.round(textCount / 3);
  const campaigns = campaignItems >= 2 ? Math.max(1, Math.round(campaignItems / 6)) : 0;
  const used = new Set<string>();
  const platformCount = catalogue.platforms.length;

  const location = (preferNot: Set<number>): { platform: number | null; url: string } => {
    for (;;) {
      let platform: number | null = null;
      let host: string;
      let category = 'other';
      if (rng.chance(UNKNOWN_DOMAIN_SHARE)) host = rng.pick(catalogue.unknownDomains);
      else {
        // Re-uploads land on platforms the piece is not on yet, while there are some left.
        platform = rng.int(platformCount);
        for (let tries = 0; preferNot.has(platform) && tries < 8; tries++) platform = rng.int(platformCount);
        const p = catalogue.platforms[platform]!;
        host = rng.chance(0.1) && p.domains.length > 1 ? p.domains[1]! : p.domains[0]!;
        category = p.category;
      }
      // A few URLs arrive with tracking parameters, which canonicalisation removes.
      const url = `https://${rng.chance(0.1) ? 'www.' : ''}${host}${path(rng, category)}${rng.chance(0.08) ? `${category === 'video' ? '&' : '?'}utm_source=share` : ''}`;
      const key = url.replace('://www.', '://').replace(/[?&]utm_source=share$/, '');
      if (used.has(key)) continue;
      used.add(key);
      return { platform, url };
    }
  };
  // Some posts point to the unregistered domains too: out-links feed the emerging-platforms view.
  const withLink = (text: string | null) => (text !== null && rng.chance(OUT_LINK_SHARE) ? `${text} https://${rng.pick(catalogue.unknownDomains)}/p/${rng.token(8)}` : text);
  const at = () => new Date(window.start.getTime() + rng.int(Math.max(1, window.end.getTime() - window.start.getTime())));
  const submitter = () => rng.weighted(SUBMITTER_WEIGHTS);
  const items: DemoItem[] = [];

  // Pictures: the first six bases cover the six languages, so even a small demo has them all.
  spread(rng, imageCount, bases).forEach((n, base) => {
    const p = piece(rng, base < DEMO_LANGUAGES.length ? DEMO_LANGUAGES[base] : undefined, false);
    const caption = rng.chance(0.5) ? demoText(rng, p.language) : null;
    const category = rng.chance(0.85) ? 'image' : 'magazine';
    const seen = new Set<number>();
    for (let k = 0; k < n; k++) {
      const where = location(seen);
      if (where.platform !== null) seen.add(where.platform);
      items.push({ ...where, submitter: submitter(), language: p.language, groupName: p.groupName, category, tier: p.tier, text: caption, image: { base, variant: rng.weighted(VARIANT_WEIGHTS) }, capturedAt: at(), submittedAt: window.end });
    }
  });

  // Text posts: campaign texts repeated across platforms, then one-off posts.
  spread(rng, campaigns > 0 ? campaignItems : 0, campaigns).forEach((n) => {
    const p = piece(rng);
    p.text = withLink(p.text);
    const seen = new Set<number>();
    for (let k = 0; k < n; k++) {
      const where = location(seen);
      if (where.platform !== null) seen.add(where.platform);
      items.push({ ...where, submitter: submitter(), language: p.language, groupName: p.groupName, category: 'text_post', tier: p.tier, text: p.text, image: null, capturedAt: at(), submittedAt: window.end });
    }
  });
  const oneOff = textCount - (campaigns > 0 ? campaignItems : 0);
  for (let k = 0; k < oneOff; k++) {
    const p = piece(rng, k < DEMO_LANGUAGES.length ? DEMO_LANGUAGES[k] : undefined);
    p.text = withLink(p.text);
    items.push({ ...location(new Set()), submitter: submitter(), language: p.language, groupName: p.groupName, category: 'text_post', tier: p.tier, text: p.text, image: null, capturedAt: at(), submittedAt: window.end });
  }

  // Recurring unknown domains: make sure each one turns up at least twice even in a small demo.
  const unknownNeeded = count >= 40 ? catalogue.unknownDomains.flatMap((d) => [d, d]) : [];
  for (const domain of unknownNeeded) {
    if (items.filter((i) => i.url.includes(`//${domain}/`) || i.url.includes(`.${domain}/`)).length >= 2) continue;
    // One-off posts come last in the list: take one of those, never a re-upload.
    const victim = items.findLastIndex((i) => i.platform !== null && i.image === null);
    if (victim < 0) break;
    const url = `https://${domain}/p/${rng.token(10)}`;
    used.add(url);
    items[victim] = { ...items[victim]!, platform: null, url };
  }

  // The times drawn above are the submissions, spread evenly over the window; each capture came a
  // few minutes before (not before the window's start). Its own stream: the URLs above stay as they were.
  const delays = Prng.of(seed, 'submissions');
  const [minDelay, maxDelay] = SUBMISSION_DELAY_MINUTES;
  for (const item of items) {
    const submitted = item.capturedAt.getTime();
    item.submittedAt = new Date(submitted);
    item.capturedAt = new Date(Math.max(window.start.getTime(), submitted - delays.between(minDelay * 60, maxDelay * 60) * 1000));
  }
  items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const bankedBases = Array.from({ length: bases }, (_, i) => i).filter((i) => i % 3 === 0);
  return { items, bases, bankedBases };
}
