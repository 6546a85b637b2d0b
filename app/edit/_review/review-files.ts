import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { seedDirectory } from '@/db/app-database';
import { checkDraftFigure } from '@/lib/editing/draft-problems';
import type { PickerOption } from '@/lib/editing/near-duplicates';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory, type SeedFiles } from '@/lib/seed/read-seed-directory';
import { SeedError, type SeedProblem } from '@/lib/seed/seed-error';

/** A figure of a source file as it stands in the YAML, before any validation. */
export interface RawFigure {
  id?: unknown;
  status?: unknown;
  metric?: unknown;
  claimant?: unknown;
  kind?: unknown;
  value_text?: unknown;
  value?: unknown;
  bound?: unknown;
  low?: unknown;
  high?: unknown;
  unit?: unknown;
  per?: unknown;
  period?: unknown;
  quote?: { start?: unknown; end?: unknown; text?: unknown };
  note?: unknown;
}

export interface RawExclusion {
  status?: unknown;
  start?: unknown;
  text?: unknown;
  reason?: unknown;
  note?: unknown;
}

interface RawSource {
  slug?: unknown;
  document?: unknown;
  title?: { value?: unknown };
  figures?: RawFigure[];
  excluded_mentions?: RawExclusion[];
}

export interface SourceEntry {
  file: string;
  slug: string;
  title: string;
  draftFigures: number;
  draftExclusions: number;
}

export interface ReviewState {
  /** The source file, relative to the seed directory (sources/NNN-slug.yaml). */
  file: string;
  yamlText: string;
  source: RawSource;
  documentText: string | null;
  claimants: PickerOption[];
  metrics: (PickerOption & { unit: string })[];
  topics: PickerOption[];
  /** Every problem the seed check finds in this file, and how many it finds elsewhere. */
  problems: SeedProblem[];
  /** Changes dated after the newest release in releases.yaml: the seed loads once a release covers them. */
  unreleased: number;
  problemsElsewhere: number;
  /** What the loader would say of each draft figure if it were published now, by figure id. */
  draftProblems: Map<string, string[]>;
}

function readRaw(text: string): unknown {
  try {
    return YAML.parse(text);
  } catch {
    return undefined;
  }
}

async function readSourceFiles(seedDir: string): Promise<{ file: string; text: string; raw: RawSource }[]> {
  const names = (await fs.readdir(path.join(seedDir, 'sources')).catch(() => []))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await fs.readFile(path.join(seedDir, 'sources', name), 'utf8');
      const raw = readRaw(text);
      return {
        file: path.join('sources', name),
        text,
        raw: (raw && typeof raw === 'object' ? raw : {}) as RawSource,
      };
    }),
  );
}

const isDraft = (item: { status?: unknown }) => item.status === 'draft';

/** Every article in the seed directory, with how many drafts each still holds. */
export async function listSources(seedDir = seedDirectory()): Promise<SourceEntry[]> {
  return (await readSourceFiles(seedDir)).map(({ file, raw }) => ({
    file,
    slug: String(raw.slug ?? path.basename(file, '.yaml')),
    title: String(raw.title?.value ?? raw.slug ?? file),
    draftFigures: (raw.figures ?? []).filter(isDraft).length,
    draftExclusions: (raw.excluded_mentions ?? []).filter(isDraft).length,
  }));
}

async function readOptions(seedDir: string, file: string): Promise<Record<string, unknown>[]> {
  const raw = readRaw(await fs.readFile(path.join(seedDir, file), 'utf8').catch(() => ''));
  return Array.isArray(raw)
    ? raw.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    : [];
}

/** Runs the seed check on the whole directory: the problems it finds, and the files it read when they were valid. */
async function checkDirectory(
  seedDir: string,
): Promise<{ files: SeedFiles | null; problems: SeedProblem[] }> {
  try {
    const files = await readSeedDirectory(seedDir);
    try {
      checkSeed(files);
      return { files, problems: [] };
    } catch (error) {
      if (error instanceof SeedError) return { files, problems: error.problems };
      throw error;
    }
  } catch (error) {
    if (error instanceof SeedError) return { files: null, problems: error.problems };
    throw error;
  }
}

/** The review screen's view of one article: its file, text, drafts and every problem the check finds now. */
export async function readReview(slug: string, seedDir = seedDirectory()): Promise<ReviewState | null> {
  const found = (await readSourceFiles(seedDir)).find((entry) => entry.raw.slug === slug);
  if (!found) return null;
  const document = typeof found.raw.document === 'string' ? path.basename(found.raw.document) : null;
  const documentText = document
    ? await fs.readFile(path.join(seedDir, 'documents', document), 'utf8').catch(() => null)
    : null;
  const option = (item: Record<string, unknown>) => ({
    slug: String(item.slug ?? ''),
    name: String(item.name ?? ''),
  });
  const claimants = (await readOptions(seedDir, 'claimants.yaml')).map(option);
  const metrics = (await readOptions(seedDir, 'metrics.yaml')).map((item) => ({
    ...option(item),
    unit: String(item.unit ?? ''),
  }));
  const topics = (await readOptions(seedDir, 'topics.yaml')).map(option);
  const checked = await checkDirectory(seedDir);
  const draftProblems = new Map<string, string[]>();
  // A change dated after the newest release waits for a release, which is said once for the whole seed.
  const unreleased = checked.problems.filter((problem) => problem.needsRelease).length;
  const blocking = checked.problems.filter((problem) => !problem.needsRelease);
  const here = blocking.filter((problem) => problem.file === found.file);
  const today = new Date().toISOString().slice(0, 10);
  for (const problem of here) {
    const id = /^figure (.+)$/.exec(problem.record)?.[1];
    if (id) draftProblems.set(id, [...(draftProblems.get(id) ?? []), problem.problem]);
  }
  const seed = checked.files?.sources.find((source) => source.file === found.file)?.seed;
  for (const figure of seed?.figures.filter(isDraft) ?? []) {
    const problems = checkDraftFigure(checked.files as SeedFiles, found.file, figure, today).map(
      (entry) => entry.problem,
    );
    const known = draftProblems.get(figure.id) ?? [];
    draftProblems.set(figure.id, [...known, ...problems.filter((problem) => !known.includes(problem))]);
  }
  return {
    file: found.file,
    yamlText: found.text,
    source: found.raw,
    documentText,
    claimants,
    metrics,
    topics,
    problems: here,
    problemsElsewhere: blocking.length - here.length,
    unreleased,
    draftProblems,
  };
}

/** A seed file's text (claimants.yaml, sources/…), relative to the seed directory. */
export async function readSeedFile(file: string, seedDir = seedDirectory()): Promise<string> {
  return fs.readFile(path.join(seedDir, file), 'utf8');
}

/** Replaces a seed file whole: written beside it and renamed over it, so a reader never sees half a file. */
export async function writeSeedFile(file: string, text: string, seedDir = seedDirectory()): Promise<void> {
  const target = path.join(seedDir, file);
  const temporary = `${target}.${process.pid}.editing`;
  await fs.writeFile(temporary, text);
  await fs.rename(temporary, target);
}
