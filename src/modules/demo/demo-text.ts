// Synthetic post text for the demo, in the six languages of the 2017 action day. The words are
// harmless everyday vocabulary strung together at random, lorem-ipsum style: the demo must look
// multilingual without containing anything resembling real propaganda.
import type { Prng } from './prng.ts';

export const DEMO_LANGUAGES = ['en', 'ar', 'fr', 'de', 'ru', 'tr'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** Arabic-language media dominated the 2017 action day; the weights echo that mix. */
export const LANGUAGE_WEIGHTS: ReadonlyArray<readonly [DemoLanguage, number]> = [
  ['ar', 34],
  ['en', 24],
  ['fr', 12],
  ['de', 10],
  ['ru', 11],
  ['tr', 9],
];

const WORDS: Record<DemoLanguage, readonly string[]> = {
  en: ['river', 'garden', 'window', 'morning', 'bread', 'table', 'quiet', 'green', 'yellow', 'market', 'letter', 'bridge', 'cloud', 'music', 'train', 'pencil', 'village', 'summer', 'lamp', 'orange', 'paper', 'north', 'little', 'chair'],
  fr: ['rivière', 'jardin', 'fenêtre', 'matin', 'pain', 'table', 'calme', 'vert', 'jaune', 'marché', 'lettre', 'pont', 'nuage', 'musique', 'train', 'crayon', 'village', 'été', 'lampe', 'orange', 'papier', 'nord', 'petit', 'chaise'],
  de: ['Fluss', 'Garten', 'Fenster', 'Morgen', 'Brot', 'Tisch', 'ruhig', 'grün', 'gelb', 'Markt', 'Brief', 'Brücke', 'Wolke', 'Musik', 'Zug', 'Bleistift', 'Dorf', 'Sommer', 'Lampe', 'Papier', 'Norden', 'klein', 'Stuhl', 'Apfel'],
  ru: ['река', 'сад', 'окно', 'утро', 'хлеб', 'стол', 'тихий', 'зелёный', 'жёлтый', 'рынок', 'письмо', 'мост', 'облако', 'музыка', 'поезд', 'карандаш', 'деревня', 'лето', 'лампа', 'бумага', 'север', 'маленький', 'стул', 'яблоко'],
  tr: ['nehir', 'bahçe', 'pencere', 'sabah', 'ekmek', 'masa', 'sakin', 'yeşil', 'sarı', 'pazar', 'mektup', 'köprü', 'bulut', 'müzik', 'tren', 'kalem', 'köy', 'yaz', 'lamba', 'kağıt', 'kuzey', 'küçük', 'sandalye', 'elma'],
  ar: ['نهر', 'حديقة', 'نافذة', 'صباح', 'خبز', 'طاولة', 'هادئ', 'أخضر', 'أصفر', 'سوق', 'رسالة', 'جسر', 'غيمة', 'موسيقى', 'قطار', 'قلم', 'قرية', 'صيف', 'مصباح', 'ورق', 'شمال', 'صغير', 'كرسي', 'تفاحة'],
};

export function vocabulary(language: DemoLanguage): readonly string[] {
  return WORDS[language];
}

function sentence(rng: Prng, language: DemoLanguage): string {
  const words = WORDS[language];
  const n = rng.between(6, 12);
  const picked = Array.from({ length: n }, () => rng.pick(words));
  const first = picked[0]!;
  picked[0] = first.charAt(0).toLocaleUpperCase(language) + first.slice(1);
  return `${picked.join(' ')}.`;
}

/** One to three nonsense sentences in the language. */
export function demoText(rng: Prng, language: DemoLanguage): string {
  return Array.from({ length: rng.between(1, 3) }, () => sentence(rng, language)).join(' ');
}
