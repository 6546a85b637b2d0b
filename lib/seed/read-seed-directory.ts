import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { SeedError, type SeedProblem } from './seed-error';
import {
  claimantSeed,
  crossCheckSeed,
  metricSeed,
  releaseSeed,
  sourceSeed,
  topicSeed,
  type ClaimantSeed,
  type CrossCheckSeed,
  type MetricSeed,
  type ReleaseSeed,
  type SourceSeed,
  type TopicSeed,
} from './seed-schema';

/** An earlier version of an article, read from its archived file: its text and the sha256 of its bytes. */
export interface EarlierText {
  document: string;
  text: string;
  sha256: string;
}

export interface SourceFile {
  file: string;
  seed: SourceSeed;
  text: string;
  sha256: string;
  earlier: EarlierText[];
}

export interface SeedFiles {
  topics: TopicSeed[];
  claimants: ClaimantSeed[];
  metrics: MetricSeed[];
  sources: SourceFile[];
  crossChecks: CrossCheckSeed[];
  releases: ReleaseSeed[];
}

type Labeller = (path: PropertyKey[], input: unknown) => { record: string; field: PropertyKey[] };

function issueProblems(file: string, error: z.ZodError, input: unknown, label: Labeller): SeedProblem[] {
  return error.issues.map((issue) => {
    const { record, field } = label(issue.path, input);
    const where = field.length > 0 ? `${field.join('.')}: ` : '';
    return { file, record, problem: `${where}${issue.message}` };
  });
}

function itemName(item: unknown, key: 'slug' | 'id'): string | undefined {
  if (item && typeof item === 'object' && key in item) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function listLabeller(kind: string): Labeller {
  return ([index, ...field], input) => {
    if (typeof index !== 'number')
      return { record: kind, field: index === undefined ? [] : [index, ...field] };
    const name = itemName(Array.isArray(input) ? input[index] : undefined, 'slug');
    return { record: name ? `${kind} ${name}` : `${kind} #${index + 1}`, field };
  };
}

const sourceLabeller: Labeller = (issuePath, input) => {
  const [list, index, ...field] = issuePath;
  if ((list === 'figures' || list === 'excluded_mentions') && typeof index === 'number') {
    const items = (input as Record<string, unknown> | null)?.[list];
    const name =
      list === 'figures' ? itemName(Array.isArray(items) ? items[index] : undefined, 'id') : undefined;
    const kind = list === 'figures' ? 'figure' : 'excluded mention';
    return { record: name ? `${kind} ${name}` : `${kind} #${index + 1}`, field };
  }
  return { record: 'source', field: issuePath };
};

async function readYaml(dir: string, file: string, problems: SeedProblem[]): Promise<unknown> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(dir, file), 'utf8');
  } catch {
    problems.push({ file, record: 'file', problem: 'cannot be read' });
    return undefined;
  }
  const document = YAML.parseDocument(raw, { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file,
        record: line ? `line ${line}` : 'file',
        problem: `invalid YAML: ${error.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  return document.toJS();
}

async function readList<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  kind: string,
  problems: SeedProblem[],
  optional = false,
): Promise<T[]> {
  if (optional && !(await exists(path.join(dir, file)))) return [];
  const input = await readYaml(dir, file, problems);
  if (input === undefined) return [];
  if (input === null) return [];
  if (!Array.isArray(input)) {
    problems.push({ file, record: 'file', problem: 'must be a YAML list' });
    return [];
  }
  const items: T[] = [];
  input.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else
      problems.push(
        ...issueProblems(file, parsed.error, input, (issuePath) =>
          listLabeller(kind)([index, ...issuePath], input),
        ),
      );
  });
  return items;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function readSource(
  dir: string,
  file: string,
  problems: SeedProblem[],
): Promise<SourceFile | undefined> {
  const input = await readYaml(dir, file, problems);
  if (input === undefined) return undefined;
  const parsed = sourceSeed.safeParse(input);
  if (!parsed.success) {
    problems.push(...issueProblems(file, parsed.error, input, sourceLabeller));
    return undefined;
  }
  const seed = parsed.data;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, 'documents', seed.document));
  } catch {
    problems.push({
      file,
      record: 'source',
      problem: `document: seeds/documents/${seed.document} does not exist`,
    });
    return undefined;
  }
  const earlier: EarlierText[] = [];
  for (const version of seed.earlier_versions) {
    const versionBytes = await fs.readFile(path.join(dir, 'documents', version.document)).catch(() => null);
    if (versionBytes === null) {
      problems.push({
        file,
        record: `earlier version ${version.document}`,
        problem: `document: seeds/documents/${version.document} does not exist`,
      });
      return undefined;
    }
    earlier.push({ document: version.document, ...decode(versionBytes) });
  }
  return { file, seed, ...decode(bytes), earlier };
}

function decode(bytes: Buffer): { text: string; sha256: string } {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads and validates every seed file; throws SeedError listing all problems found. */
export async function readSeedDirectory(dir: string): Promise<SeedFiles> {
  const problems: SeedProblem[] = [];
  const topics = await readList(dir, 'topics.yaml', topicSeed, 'topic', problems);
  const claimants = await readList(dir, 'claimants.yaml', claimantSeed, 'claimant', problems);
  const metrics = await readList(dir, 'metrics.yaml', metricSeed, 'metric', problems);
  const crossChecks = await readList(dir, 'cross-checks.yaml', crossCheckSeed, 'cross-check', problems, true);
  const releases = await readList(dir, 'releases.yaml', releaseSeed, 'release', problems);
  const sourceFiles = (await fs.readdir(path.join(dir, 'sources')).catch(() => []))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const sources: SourceFile[] = [];
  for (const name of sourceFiles) {
    const source = await readSource(dir, path.join('sources', name), problems);
    if (source) sources.push(source);
  }
  if (problems.length > 0) throw new SeedError(problems);
  return { topics, claimants, metrics, sources, crossChecks, releases };
}
