import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { appendEntry, EntryExistsError, parseNewEntry } from '@/lib/editing/add-entry';

const claimants = `# Who asserts figures.
- slug: kiel-institute
  name: Kiel Institute for the World Economy
  kind: think_tank
  side: independent
  description: German economic research institute.
`;

describe('a claimant or metric proposed from the review screen', () => {
  it('is read against the seed schema, with each problem beside its field', () => {
    const result = parseNewEntry('claimants', {
      new_slug: 'Olena Marchuk',
      new_name: 'Olena Marchuk',
      new_kind: '',
      new_side: 'ukraine',
      new_description: ' ',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        new_slug: 'must be lowercase kebab-case (letters, digits and single hyphens)',
        new_kind: expect.any(String),
        new_description: 'must not be empty',
      },
    });
  });

  it('is added at the end of its list, comments and other entries kept', () => {
    const parsed = parseNewEntry('claimants', {
      new_slug: 'olena-marchuk',
      new_name: 'Olena Marchuk',
      new_kind: 'person',
      new_side: 'ukraine',
      new_description: 'Runs a drone workshop in Dnipro.',
      new_role: '',
    });
    if (!parsed.ok) throw new Error('expected a valid entry');
    const written = appendEntry(claimants, parsed.added);
    expect(written.startsWith(claimants)).toBe(true);
    expect(YAML.parse(written)[1]).toEqual({
      slug: 'olena-marchuk',
      name: 'Olena Marchuk',
      kind: 'person',
      side: 'ukraine',
      description: 'Runs a drone workshop in Dnipro.',
    });
    expect(() => appendEntry(written, parsed.added)).toThrow(EntryExistsError);
  });

  it('writes a metric without the empty related list', () => {
    const parsed = parseNewEntry('metrics', {
      new_slug: 'drone-workshops',
      new_topic: 'arms-production',
      new_name: 'Drone workshops in a city',
      new_definition: 'Workshops that assemble drones.',
      new_unit: 'workshops',
      new_subject: 'Ukraine',
    });
    if (!parsed.ok) throw new Error('expected a valid entry');
    expect(YAML.parse(appendEntry('', parsed.added))).toEqual([
      {
        slug: 'drone-workshops',
        topic: 'arms-production',
        name: 'Drone workshops in a city',
        definition: 'Workshops that assemble drones.',
        unit: 'workshops',
        subject: 'Ukraine',
      },
    ]);
  });
});
