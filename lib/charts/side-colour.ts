import type { Claimant } from '@/db/schema';
import { sideLabel } from '@/lib/format/labels';

export type Side = Claimant['side'];

export interface SideConfig {
  label: string;
  colour: string;
}

const sides = Object.keys(sideLabel) as Side[];

/** The CSS variable holding a side's colour (Okabe–Ito, see app/globals.css). */
export function sideColour(side: Side): string {
  return `var(--side-${side})`;
}

export const chartConfig = Object.fromEntries(
  sides.map((side) => [side, { label: sideLabel[side], colour: sideColour(side) }]),
) as Record<Side, SideConfig>;

/** The sides among the items, in the fixed legend order. */
export function sidesPresent(items: readonly { side: Side }[]): Side[] {
  const present = new Set(items.map((item) => item.side));
  return sides.filter((side) => present.has(side));
}

/** One chart's config (as shadcn/ui's charts have): the label and colour variable of each side it draws, no other. */
export function chartConfigFor(present: readonly Side[]): Partial<Record<Side, SideConfig>> {
  return Object.fromEntries(
    sides.filter((side) => present.includes(side)).map((side) => [side, chartConfig[side]]),
  );
}
