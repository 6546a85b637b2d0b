import { describe, expect, it } from 'vitest';
import { guessAttribution, matchClaimant } from '@/lib/drafting/guess-claimant';

// Where a number is in its sentence, as draftArticle passes it.
const at = (sentence: string, number: string) => sentence.indexOf(number);
const guess = (sentence: string, number: string, before = '') =>
  guessAttribution(sentence, before, at(sentence, number));

describe('reading who says so', () => {
  it.each([
    ['Western officials put the output at 2,700 a month.', '2,700', 'Western officials'],
    ['The budget is 120 billion hryvnias, Finance Ministry data show.', '120', 'Finance Ministry'],
    ['The Kiel Institute, which tracks pledges, counts €267 billion in aid.', '€267', 'Kiel Institute'],
    ['The monitoring mission has verified at least 14,500 deaths.', '14,500', 'monitoring mission'],
    [
      'A poll by the Kyiv Institute of Sociology published this month found that 54% agreed.',
      '54%',
      'Kyiv Institute of Sociology',
    ],
    [
      'The plan, as described by two people familiar with the talks, caps the army at 600,000.',
      '600,000',
      'people familiar with the talks',
    ],
    ['The army has 880,000 troops, according to the defence ministry.', '880,000', 'defence ministry'],
    ['The air force said its crews downed 87% of them.', '87%', 'air force'],
    [
      'Russia launched 5,870 drones, according to figures compiled by the Ukrainian air force.',
      '5,870',
      'Ukrainian air force',
    ],
    ['Ukraine fired 42 missiles, a senior air force officer said.', '42', 'senior air force officer'],
    ['US officials speaking privately have put the figure at about 100,000.', '100,000', 'US officials'],
  ])('%j', (sentence, number, name) => {
    expect(guess(sentence, number)).toBe(name);
  });

  it('skips an age or a title appositive between the name and the verb', () => {
    expect(guess('“We need $4 billion,” Holub, 47, said.', '$4')).toBe('Holub');
    expect(guess('Olena Kovalenko, a dispatcher, said 30 calls came in.', '30')).toBe('Olena Kovalenko');
    expect(guess('Mark Hale, chief executive of Acme Drones, said it shipped 500.', '500')).toBe('Mark Hale');
    expect(guess('But the mayor, Vitali Klitschko, said 17 buildings were damaged.', '17')).toBe(
      'Vitali Klitschko',
    );
  });

  it('drops a title before a full name, not from a body', () => {
    expect(guess('Output rose to 1,500 a day, Deputy Defence Minister Ihor Savchenko said.', '1,500')).toBe(
      'Ihor Savchenko',
    );
    expect(guess('The General Staff says 1,040 were lost.', '1,040')).toBe('General Staff');
  });

  it('takes a whole proper-noun phrase with its "of/for/and/the" joiners', () => {
    expect(
      guess('A drone costs $35,000, the Center for Strategic and International Studies estimates.', '$35'),
    ).toBe('Center for Strategic and International Studies');
    expect(guess('Its budget is 13 trillion roubles, the finance ministry in Moscow says.', '13')).toBe(
      'finance ministry in Moscow',
    );
  });

  it('reads a body behind its figures, without the possessive, and "provided by"', () => {
    expect(guess('The IMF’s figures show growth of 3% this year.', '3%')).toBe('IMF');
    expect(guess('The figure, provided by the Ukrainian navy, includes 20 vessels.', '20')).toBe(
      'Ukrainian navy',
    );
  });

  it('reads a bare "the ministry" as the last speaker so named, and keeps an ordinal in a name', () => {
    const sentence = 'Output rose to 400,000, the ministry said.';
    expect(guess(sentence, '400,000', 'Ukraine’s defence ministry said output tripled.')).toBe(
      'Ukraine’s defence ministry',
    );
    expect(guess(sentence, '400,000')).toBe('ministry');
    expect(guess('The 2nd Brigade says it destroyed 14 tanks.', '14')).toBe('2nd Brigade');
  });

  it('reads "as announced by X"', () => {
    const sentence = 'Russia holds about 18% of the country, as announced by Prime Minister Giorgia Meloni.';
    expect(guess(sentence, '18%')).toBe('Giorgia Meloni');
  });

  it('takes a place only as the very subject of a verb of saying', () => {
    expect(guess('Moscow says it has captured 190 square kilometres.', '190')).toBe('Moscow');
    expect(matchClaimant('Moscow', [{ slug: 'russia-mod', name: 'Russian Ministry of Defence' }]).slug).toBe(
      'moscow',
    );
  });

  it('does not take a place or demonym for a speaker', () => {
    expect(guess('It is 14 km a day, short of what Moscow had hoped for, says Anna Lindqvist.', '14')).toBe(
      'Anna Lindqvist',
    );
    expect(guess('About 30% come from China, he added.', '30%', 'Mark Hale said sales rose.')).toBe(
      'Mark Hale',
    );
  });

  it('prefers the attribution in the number’s own clause', () => {
    const sentence =
      'Britain’s Ministry of Defence puts the toll at 1 million, while Mediazona has confirmed 139,800 names.';
    expect(guess(sentence, '1 million')).toBe('Britain’s Ministry of Defence');
    expect(guess(sentence, '139,800')).toBe('Mediazona');
    const both = 'Zelensky said 46,000 had died; US officials have put the figure at 100,000.';
    expect(guess(both, '100,000')).toBe('US officials');
  });

  it('resolves he, she and it to the latest speaker that fits', () => {
    const before = '“We have gone from a cottage industry,” Savchenko told reporters.';
    expect(guess('“We need more, 2,500 a day,” he said.', '2,500', before)).toBe('Savchenko');
    expect(guess('She estimates that 6,000 remain.', '6,000', 'Anna Lindqvist, an analyst, says so.')).toBe(
      'Anna Lindqvist',
    );
    expect(
      guess('Mediazona has confirmed 139,800 names, a count it says captures 45% of the toll.', '45%'),
    ).toBe('Mediazona');
  });

  it('carries a speaker into a quote or on after "said", not after "data show" or "according to"', () => {
    const before = '“Every month costs lives,” Holub said in an interview.';
    expect(guess('“We need at least $4 billion a month.”', '$4', before)).toBe('Holub');
    expect(
      guess('About 1,200 staff have been mobilised.', '1,200', 'Andriy Akulich said three strikes hit.'),
    ).toBe('Andriy Akulich');
    expect(
      guess('Donors have pledged €1.2 billion.', '€1.2', 'Finance Ministry data show 120 billion.'),
    ).toBeNull();
    expect(
      guess('Power cuts of 16 hours were imposed.', '16', 'It hit 11 plants, according to DTEK.'),
    ).toBeNull();
  });

  it('does not take the subject of a comparison, and reads "X, who has said"', () => {
    const sentence = 'Zelensky said Russia is sending 800,000 troops, 100,000 more than Putin announced.';
    expect(guess(sentence, '100,000')).toBe('Zelensky');
    expect(guess('Joe Biden, who has said he will send $5 billion, leaves in January.', '$5')).toBe(
      'Joe Biden',
    );
  });

  it('drops every title before a full name, and reads "the 58-year-old engineer" as the last person', () => {
    expect(guess('Security Council Deputy Chairman Dmitry Medvedev said 440,000 signed up.', '440,000')).toBe(
      'Dmitry Medvedev',
    );
    expect(
      guess('Output will reach 3,000, the 58-year-old engineer added.', '3,000', 'Mykola Petrenko said so.'),
    ).toBe('Mykola Petrenko');
  });

  it('resolves "it" to a body named after a person, even one whose name is a person noun', () => {
    const before = 'Putin said so. A study ordered by “The Economist” was published.';
    expect(guess('It showed that 78% agreed.', '78%', before)).toBe('Economist');
  });

  it('resolves "he" only to a person, never to an outlet', () => {
    expect(guess('He claims 4 regions.', '4', 'The Washington Post said they talked.')).toBeNull();
  });
});

describe('matching an existing claimant', () => {
  const claimants = [
    { slug: 'ukraine-general-staff', name: 'General Staff of the Armed Forces of Ukraine' },
    { slug: 'russia-defence-ministry', name: 'Ministry of Defence of the Russian Federation' },
    { slug: 'author-column', name: 'Author of the column from Pokrovsk (unnamed)' },
    { slug: 'ukrainian-and-nato-sources', name: 'Unnamed Ukrainian and NATO sources' },
    { slug: 'csis', name: 'Center for Strategic and International Studies' },
  ];

  it('matches by name words, demonyms and initials', () => {
    expect(matchClaimant('Ukraine’s General Staff', claimants).slug).toBe('ukraine-general-staff');
    expect(matchClaimant('Ukrainian General Staff', claimants).slug).toBe('ukraine-general-staff');
    expect(matchClaimant('Russian Defence Ministry', claimants).slug).toBe('russia-defence-ministry');
    expect(matchClaimant('CSIS', claimants).slug).toBe('csis');
    expect(matchClaimant('Kiev General Staff', claimants).slug).toBe('ukraine-general-staff');
    expect(matchClaimant('Russian Defense Ministry', claimants).slug).toBe('russia-defence-ministry');
  });

  it('matches whole words only, and not on generic words alone', () => {
    expect(matchClaimant('UN', claimants).stub).toEqual({ slug: 'un', name: 'UN' });
    expect(matchClaimant('Ukrainian air force', claimants).slug).toBe('ukrainian-air-force');
    expect(matchClaimant('defence ministry', claimants).slug).toBe('defence-ministry');
    expect(matchClaimant('Britain’s Ministry of Defence', claimants).slug).toBe(
      'britain-s-ministry-of-defence',
    );
  });
});
