import type { SeedFiles } from '@/lib/seed/read-seed-directory';
import type { FigureSeed } from '@/lib/seed/seed-schema';

/** A published figure of 1,500 drones by "minister", every field set; `fields` replaces any of them. */
export function figureSeed(fields: Partial<FigureSeed> = {}): FigureSeed {
  return {
    id: 'drones',
    status: 'published',
    metric: 'drone-output',
    claimant: 'minister',
    kind: 'claim',
    value_text: '1,500',
    value: 1500,
    bound: 'exact',
    low: null,
    high: null,
    unit: 'drones',
    per: null,
    period: 'undated',
    quote: { text: 'We make 1,500 drones.' },
    note: null,
    corrections: [],
    retracted: null,
    ...fields,
  };
}

/**
 * Seed files around `sources`: topic "arms" with metric "drone-output" (drones) and claimant "minister" for
 * figureSeed, plus a topic, a metric and a claimant nothing uses.
 */
export function seedFiles(sources: SeedFiles['sources']): SeedFiles {
  return {
    topics: [
      { slug: 'arms', name: 'Arms', description: 'd' },
      { slug: 'empty', name: 'Empty', description: 'd' },
    ],
    claimants: [
      { slug: 'minister', name: 'M', kind: 'person', side: 'ukraine', description: 'd', role: null },
      { slug: 'nobody', name: 'N', kind: 'person', side: 'ukraine', description: 'd', role: null },
    ],
    metrics: [
      {
        slug: 'drone-output',
        topic: 'arms',
        name: 'D',
        definition: 'd',
        unit: 'drones',
        subject: 'U',
        note: null,
        related: [],
      },
      {
        slug: 'unused-metric',
        topic: 'empty',
        name: 'U',
        definition: 'd',
        unit: 'drones',
        subject: 'U',
        note: null,
        related: [],
      },
    ],
    sources,
    crossChecks: [],
    releases: [],
  };
}
