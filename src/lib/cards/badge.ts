// The card's label: "Claim" and its verdict, or the kind of a note or correction, in its tone's colours with an icon.
import { annotationLabel, KIND_LABELS } from '../vocabulary.ts';
import { cardPalette, type Tone, type ToneClass } from './palette.ts';
import type { CardInput } from './types.ts';

/**
 * A small line drawing per tone (a 24×24 path), so the label has a shape as well as a colour and a word:
 * the shapes of the site's badges (site.css `.badge…::before`), drawn as lines. A claim without a verdict
 * (which the schema does not let through) has no shape, as on the site.
 */
const ICONS: Partial<Record<ToneClass, string>> = {
  'verdict-supported': 'M6.5 12.5l3.7 3.7L17.5 8',
  'verdict-mostly-supported': 'M6 10c2-1.8 4-1.8 6 0s4 1.8 6 0M6 15c2-1.8 4-1.8 6 0s4 1.8 6 0',
  'verdict-mixed': 'M12 6.5v7M8.5 10h7M8.5 17.5h7',
  'verdict-misleading': 'M12 6.5v6.5M12 17v.5',
  'verdict-contradicted': 'M8 8l8 8M16 8l-8 8',
  'verdict-unverifiable': 'M9.2 9.5a2.9 2.9 0 1 1 4.3 2.5c-.9.5-1.5 1.1-1.5 2.2M12 17.5v.2',
  'kind-note': 'M12 11v6M12 7.2v.3',
  'kind-correction': 'M14.5 6.5l3 3L10 17l-3.8.8L7 14z',
};

export interface Badge {
  tone: Tone & { icon: string | null };
  /** "Claim" before a verdict; null for a note or a correction, whose kind is the label. */
  kicker: string | null;
  text: string;
}

/** The label's words and its tone class, as the site's badge of the same annotation has them (no colours: the alt text needs none). */
export function cardLabel(annotation: CardInput['annotation']['annotation']): { tone: ToneClass; kicker: string | null; text: string } {
  const { label: text, verdict, tone } = annotationLabel(annotation);
  return { tone: tone as ToneClass, kicker: verdict ? KIND_LABELS.claim.label : null, text };
}

/** The label with its tone's colours, from the site's tokens, and its icon. */
export function badge(annotation: CardInput['annotation']['annotation']): Badge {
  const { tone, kicker, text } = cardLabel(annotation);
  const colours = cardPalette().tones[tone];
  if (!colours) throw new Error(`no card colours for the badge class ${tone}`);
  return { tone: { ...colours, icon: ICONS[tone] ?? null }, kicker, text };
}
