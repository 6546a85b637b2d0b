import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { reviseSource } from '@/lib/seed/revise-source';

const oldText = 'Kyiv said 2,000 drones were made in 2024.\nMoscow said 300 tanks were lost in 2024.';
const newText = 'Corrected.\nKyiv said 2,000 drones were made in 2024.\nMoscow said 350 tanks were lost.';
const yamlText = `slug: dispatch   # kept
document: old.txt
sha256: ${'a'.repeat(64)}
kind: news_report
figures:
  # the drones
  - id: drones
    quote: { start: 0, end: 41, text: "Kyiv said 2,000 drones were made in 2024." }
  - id: tanks
    quote: { start: 42, end: 82, text: "Moscow said 300 tanks were lost in 2024." }
excluded_mentions:
  - { start: 36, text: "2024", reason: calendar_date }
  - { start: 77, text: "2024", reason: calendar_date }
`;

describe('reviseSource', () => {
  const revised = reviseSource(yamlText, {
    old: { document: 'old.txt', sha256: 'a'.repeat(64), text: oldText },
    new: { document: '001_bbbb.txt', sha256: 'b'.repeat(64), text: newText },
    replacedOn: '2025-04-02',
    note: 'Tank losses corrected',
  });
  const seed = YAML.parse(revised.yaml);

  it('names the new document and lists the old one as an earlier version', () => {
    expect(seed).toMatchObject({ document: '001_bbbb.txt', sha256: 'b'.repeat(64) });
    expect(seed.earlier_versions).toEqual([
      {
        document: 'old.txt',
        sha256: 'a'.repeat(64),
        replaced_on: '2025-04-02',
        note: 'Tank losses corrected',
      },
    ]);
  });

  it('moves what is unchanged, keeps the old text for a changed quote and drops a vanished mention', () => {
    expect(seed.figures[0].quote).toEqual({
      start: 11,
      end: 52,
      text: 'Kyiv said 2,000 drones were made in 2024.',
    });
    expect(seed.figures[1].quote).toEqual({
      document: 'old.txt',
      start: 42,
      end: 82,
      text: 'Moscow said 300 tanks were lost in 2024.',
    });
    expect(seed.excluded_mentions).toEqual([{ start: 47, text: '2024', reason: 'calendar_date' }]);
    expect(revised).toMatchObject({
      reanchoredFigures: ['drones'],
      keptEarlier: ['tanks'],
      reanchoredExclusions: 1,
      droppedExclusions: [{ start: 77, text: '2024' }],
    });
  });

  it('keeps comments and the order of fields', () => {
    expect(revised.yaml).toContain('slug: dispatch # kept');
    expect(revised.yaml).toContain('  # the drones\n  - id: drones');
    expect(Object.keys(seed)).toEqual([
      'slug',
      'document',
      'sha256',
      'kind',
      'figures',
      'excluded_mentions',
      'earlier_versions',
    ]);
  });
});
