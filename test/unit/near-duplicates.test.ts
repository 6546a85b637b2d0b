import { describe, expect, it } from 'vitest';
import { editDistance, findNearDuplicates } from '@/lib/editing/near-duplicates';

const claimants = [
  { slug: 'kiel-institute', name: 'Kiel Institute for the World Economy' },
  { slug: 'sample-minister', name: 'A sample minister' },
  { slug: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
];

describe('near-duplicate warnings in the pickers', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('says nothing for an existing slug or an empty box', () => {
    expect(findNearDuplicates('kiel-institute', claimants)).toEqual([]);
    expect(findNearDuplicates('  ', claimants)).toEqual([]);
  });

  it('finds a slug a letter or two off, or typed as a name', () => {
    expect(findNearDuplicates('kiel-institut', claimants).map((c) => c.slug)).toEqual(['kiel-institute']);
    expect(findNearDuplicates('sample-ministr', claimants).map((c) => c.slug)).toEqual(['sample-minister']);
    expect(findNearDuplicates('Volodymyr Zelenskyy', claimants).map((c) => c.slug)).toEqual([
      'volodymyr-zelensky',
    ]);
    expect(findNearDuplicates('Kiel Institute', claimants).map((c) => c.slug)).toEqual(['kiel-institute']);
  });

  it('finds one name inside the other, but not short fragments or unrelated names', () => {
    expect(findNearDuplicates('zelensky', claimants).map((c) => c.slug)).toEqual(['volodymyr-zelensky']);
    expect(findNearDuplicates('kie', claimants)).toEqual([]);
    expect(findNearDuplicates('olena-marchuk', claimants)).toEqual([]);
  });
});
