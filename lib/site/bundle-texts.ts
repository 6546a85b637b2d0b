/**
 * The texts that travel with the data in the ZIP bundle: a README (what the files are, sources, licence, citation
 * and caveats) and a CITATION.cff (Citation File Format 1.2.0). Pure: given what the data package says.
 */

export interface BundleFacts {
  origin: string;
  version: string;
  /** ISO date-time the data was loaded */
  created: string;
  citation: string;
  sources: { title: string; path: string }[];
}

export function bundleReadme(facts: BundleFacts): string {
  return [
    '# Contested Figures',
    '',
    'Quantitative claims about the Russia–Ukraine war and its peace talks, with provenance.',
    '',
    `Data version ${facts.version}, loaded ${facts.created.slice(0, 10)}. Online: ${facts.origin}`,
    '',
    '## Files',
    '',
    '- `figures.csv`: one row per figure, with who claims it, the outlet, the period, bounds and the verbatim quote.',
    '- `corrections.csv`: every correction and retraction, newest first; a retracted figure is not in `figures.csv`.',
    '- `datapackage.json`: a Frictionless Data Package describing every column (types, constraints, descriptions).',
    '- `CITATION.cff`: how to cite the dataset, in Citation File Format.',
    '',
    '## Sources',
    '',
    ...facts.sources.map((source) => `- ${source.title}: ${source.path}`),
    '',
    '## Licence',
    '',
    'The compilation is licensed Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    'The quotes remain the copyright of their publishers.',
    '',
    '## Citation',
    '',
    facts.citation,
    '',
    '## Caveats',
    '',
    '- A figure is what its claimant says, not a verified fact; `kind` says whether it is an actual count, an',
    '  estimate, a claim, a capacity, a projection, a target, a demand or a proposal.',
    '- `value` is in the metric’s base unit; `bound` keeps the hedge (more than, up to, a range). Rates are per year',
    '  only in `normalised_value`, computed with the days of the calendar year the period ends in.',
    '- Two figures disagree only when they come from different claimants, are both measurements and refer to',
    '  overlapping periods; the site explains every comparison it makes.',
    '- Text cells that would start a spreadsheet formula are prefixed with an apostrophe.',
    '',
  ].join('\n');
}

const yamlString = (text: string) => JSON.stringify(text);

export function citationCff(facts: BundleFacts): string {
  return [
    'cff-version: 1.2.0',
    'message: "If you use this data, please cite it as below."',
    'type: dataset',
    `title: ${yamlString('Contested Figures: quantitative claims about the Russia–Ukraine war, with provenance')}`,
    'authors:',
    '  - name: "Contested Figures"',
    `version: ${yamlString(facts.version)}`,
    `date-released: ${yamlString(facts.created.slice(0, 10))}`,
    `url: ${yamlString(facts.origin)}`,
    'license: CC-BY-4.0',
    '',
  ].join('\n');
}
