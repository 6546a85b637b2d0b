import { describe, expect, it } from 'vitest';
import { buildCorrectionsFeed } from '@/lib/corrections/corrections-feed';
import {
  describeCorrection,
  describeRetraction,
  sortCorrectionLog,
  type CorrectionLogEntry,
} from '@/lib/corrections/describe-correction';

const entry = (fields: Partial<CorrectionLogEntry>): CorrectionLogEntry => ({
  kind: 'correction',
  on: '2025-04-02',
  publicId: 'drones',
  metricName: 'Drone output',
  valueText: '1,500',
  field: 'value',
  was: '1400',
  reason: 'revised',
  text: 'Corrected',
  order: 0,
  ...fields,
});

describe('the words of a correction and a retraction', () => {
  it('say when, what the field was and why, as one sentence', () => {
    expect(
      describeCorrection({
        correctedOn: '2025-04-02',
        field: 'value',
        was: '1400',
        reason: 'The ministry revised its count',
      }),
    ).toBe('Corrected on 2 Apr 2025: the value was 1400, because the ministry revised its count.');
    expect(describeRetraction({ retractedOn: '2025-12-31', reason: 'Misquoted.' })).toBe(
      'Retracted on 31 Dec 2025, because misquoted.',
    );
  });

  it('keep a name that starts the reason, and name a former claimant rather than its slug', () => {
    expect(
      describeCorrection({
        correctedOn: '2026-12-02',
        field: 'claimant',
        was: 'author-bloomberg-pokrovsk-column',
        wasName: 'Author of the Bloomberg column from Pokrovsk (unnamed)',
        reason: 'Akulich spoke at the mine during the visit',
      }),
    ).toBe(
      'Corrected on 2 Dec 2026: who says so was Author of the Bloomberg column from Pokrovsk (unnamed), because Akulich spoke at the mine during the visit.',
    );
    expect(
      describeCorrection({
        correctedOn: '2026-12-01',
        field: 'kind',
        was: 'proposal',
        reason: "Its terms aren't offered",
      }),
    ).toBe("Corrected on 1 Dec 2026: the kind of figure was proposal, because its terms aren't offered.");
  });
});

describe('the corrections log', () => {
  it('is newest first, a retraction before a correction of the same day', () => {
    const sorted = sortCorrectionLog([
      entry({ publicId: 'old', on: '2025-01-01' }),
      entry({ publicId: 'same-day-correction', on: '2025-05-01' }),
      entry({ publicId: 'same-day-retraction', on: '2025-05-01', kind: 'retraction' }),
      entry({ publicId: 'new', on: '2025-06-01' }),
    ]);
    expect(sorted.map((e) => e.publicId)).toEqual([
      'new',
      'same-day-retraction',
      'same-day-correction',
      'old',
    ]);
  });

  it('is an Atom feed with absolute links from the given origin, its text escaped', () => {
    const feed = buildCorrectionsFeed(
      [entry({ publicId: 'a-b', metricName: 'Aid <pledged> & sent', on: '2025-06-01' })],
      'https://figures.example.org',
    );
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('<link rel="self" href="https://figures.example.org/corrections.xml"/>');
    expect(feed).toContain('<link rel="alternate" href="https://figures.example.org/figures/a-b"/>');
    expect(feed).toContain('<title>Corrected: Aid &lt;pledged&gt; &amp; sent, “1,500”</title>');
    expect(feed).toContain('<updated>2025-06-01T00:00:00Z</updated>');
  });
});
