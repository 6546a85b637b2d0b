import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourDistance, contrastRatio, type Vision } from '@/lib/charts/colour-contrast';
import { chartConfigFor } from '@/lib/charts/side-colour';
import { sideLabel } from '@/lib/format/labels';

const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');

function cssVariable(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`--${name} is not set to a #rrggbb colour in app/globals.css`);
  return match[1];
}

const paper = cssVariable('paper');
const paperAlt = cssVariable('paper-alt');
const sides = Object.keys(sideLabel).map((side) => ({ side, colour: cssVariable(`side-${side}`) }));
const statuses = ['attention', 'agreement'].map((name) => ({ name, colour: cssVariable(name) }));
const visions: Vision[] = ['normal', 'protan', 'deutan', 'tritan'];

describe('the palette', () => {
  it('gives every side a mark at least 3:1 against the page and the shaded bands', () => {
    for (const { side, colour } of sides) {
      expect(contrastRatio(colour, paper), side).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, paperAlt), side).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps every two sides apart, also to readers with a colour-vision deficiency', () => {
    for (const [index, a] of sides.entries())
      for (const b of sides.slice(index + 1))
        for (const vision of visions)
          expect(
            colourDistance(a.colour, b.colour, vision),
            `${a.side}/${b.side} (${vision})`,
          ).toBeGreaterThan(vision === 'normal' ? 40 : 20);
  });

  it('gives cross-check verdicts colours no side uses', () => {
    for (const status of statuses)
      for (const { side, colour } of sides)
        expect(colourDistance(status.colour, colour), `${status.name}/${side}`).toBeGreaterThan(20);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives each chart a config of only the sides it draws, each a CSS variable', () => {
    expect(chartConfigFor(['russia', 'ukraine'])).toEqual({
      ukraine: { label: 'Ukraine', colour: 'var(--side-ukraine)' },
      russia: { label: 'Russia', colour: 'var(--side-russia)' },
    });
  });
});
