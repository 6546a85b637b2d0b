import type { FigureSeed } from '@/lib/seed/seed-schema';

type Kind = FigureSeed['kind'];

// The first cue that matches decides: a demand or a proposal is said too, so "said" comes last.
const cues: readonly [RegExp, Kind][] = [
  [
    /\b(?:demand(?:s|ed|ing)?|asked for|asks for|asking for|call(?:s|ed)? for|insist(?:s|ed)? on)\b/i,
    'demand',
  ],
  [/\b(?:propos(?:e|es|ed|al)|offer(?:s|ed)?|suggest(?:s|ed)?)\b/i, 'proposal'],
  [/\b(?:plan(?:s|ned)?|target(?:s|ed)?|aim(?:s|ed)? to|goal|pledg(?:e|es|ed) to)\b/i, 'target'],
  [
    /\b(?:expect(?:s|ed)?|forecast(?:s)?|project(?:s|ed|ion)|could (?:rise|reach|grow|fall)|will (?:reach|rise|grow|be))\b/i,
    'projection',
  ],
  [/\b(?:capacity|(?:can|could) (?:produce|make|build))\b/i, 'capacity'],
  [/\b(?:estimat(?:e|es|ed|ing)|roughly|an estimated)\b/i, 'estimate'],
  [/\b(?:said|says|say|claim(?:s|ed)?|told|according to|stated|insisted|boasted)\b/i, 'claim'],
];

/** A figure's kind from the cue words of its sentence: "estimated" is an estimate, "demanded" a demand, none actual. */
export function guessKind(sentence: string): Kind {
  return cues.find(([cue]) => cue.test(sentence))?.[1] ?? 'actual';
}
