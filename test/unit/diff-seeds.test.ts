import { describe, expect, it } from 'vitest';
import { diffSeedFigures, releaseProblems, type SeedFigure } from '@/lib/seed/diff-seeds';
import type { FigureSeed } from '@/lib/seed/seed-schema';
import { figureSeed } from '@/test/support/seed-fixtures';

function figure(id: string, fields: Partial<FigureSeed> = {}): SeedFigure {
  return {
    file: 'dispatch.yaml',
    figure: figureSeed({ id, per: 'day', quote: { text: 'We make 1,500 drones a day.' }, ...fields }),
  };
}

const correction = (field: string) => ({ on: '2025-04-02', field, was: '1400', reason: 'revised' }) as never;

describe('the seed guard', () => {
  it('lists what a change adds, corrects and retracts, and passes when each is on the record', () => {
    const diff = diffSeedFigures(
      [figure('kept'), figure('corrected'), figure('retracted')],
      [
        figure('kept', { note: 'a note is no correction' }),
        figure('corrected', {
          value: 1600,
          value_text: '1,600',
          corrections: [correction('value'), correction('value_text')],
        }),
        figure('retracted', { retracted: { on: '2025-04-03', reason: 'misquoted' } }),
        figure('new'),
      ],
    );
    expect(diff).toEqual({
      added: ['new'],
      corrected: [{ id: 'corrected', fields: ['value', 'value_text'] }],
      retracted: ['retracted'],
      problems: [],
    });
  });

  it('fails on a published figure changed without a corrections entry for that field', () => {
    const diff = diffSeedFigures(
      [figure('drones')],
      [figure('drones', { value: 1600, value_text: '1,600', corrections: [correction('value')] })],
    );
    expect(diff.problems).toEqual([
      'dispatch.yaml › figure drones › value_text changed from "1,500" to "1,600" without a corrections entry { on, field: value_text, was, reason }',
    ]);
  });

  it('does not count an old correction for a new change', () => {
    const before = figure('drones', { corrections: [correction('value')] });
    const diff = diffSeedFigures(
      [before],
      [figure('drones', { value: 1700, corrections: [correction('value')] })],
    );
    expect(diff.problems).toHaveLength(1);
  });

  it('fails on a published figure that vanished instead of being retracted', () => {
    expect(diffSeedFigures([figure('drones')], []).problems).toEqual([
      'dispatch.yaml › figure drones › was published and is gone: keep it and set retracted: { on, reason } instead',
    ]);
  });

  it('lets a draft change or go freely', () => {
    const draft = figure('draft', { status: 'draft' });
    expect(diffSeedFigures([draft], []).problems).toEqual([]);
  });
});

describe('releaseProblems', () => {
  const before = [
    { version: '1.0.0', date: '2026-11-22' },
    { version: '1.1.0', date: '2026-12-01' },
  ];
  const nothing = { added: [], corrected: [], retracted: [] };

  it('asks for a new release when published figures are added, corrected or retracted', () => {
    const added = { ...nothing, added: ['new-figure'] };
    expect(releaseProblems(before, before, added)).toEqual([
      'releases.yaml › figures were added, corrected or retracted, and the newest release is still 1.1.0: add a release { version, date, summary } for them',
    ]);
    expect(releaseProblems(before, [...before, { version: '1.2.0', date: '2026-12-07' }], added)).toEqual([]);
    expect(releaseProblems(before, before, nothing)).toEqual([]);
  });

  it('keeps every published release as it was', () => {
    expect(
      releaseProblems(before, [{ version: '1.1.0', date: '2026-12-02' }], { ...nothing, retracted: ['x'] }),
    ).toEqual([
      'releases.yaml › release 1.0.0 › was published and is gone: keep it',
      'releases.yaml › release 1.1.0 › was published on 2026-12-01 and now says 2026-12-02: keep its day',
      'releases.yaml › figures were added, corrected or retracted, and the newest release is still 1.1.0: add a release { version, date, summary } for them',
    ]);
  });
});
