import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';
import { sliceCodePoints, toCodePoints } from '@/lib/text/code-points';
import { prepareCrossChecks } from './check-cross-checks';
import { prepareFigure, unknownQuoteDocument } from './check-figure';
import { prepareMetricRelations } from './check-metric-relations';
import { prepareReleases } from './check-releases';
import { whereNow } from './where-now';
import type {
  PreparedCorrection,
  PreparedDraft,
  PreparedExclusion,
  PreparedFigure,
  PreparedRetraction,
  PreparedSeed,
  PreparedSource,
} from './prepared-seed';
import type { SeedFiles, SourceFile } from './read-seed-directory';
import { SeedError, type SeedProblem } from './seed-error';

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

function metadata(
  field: { value: string; basis: 'stated' | 'inferred'; evidence: string | null } | undefined,
) {
  return field
    ? { value: field.value, basis: field.basis, evidence: field.evidence }
    : { value: null, basis: null, evidence: null };
}

function finderReading(found: string | undefined): string {
  return found === undefined
    ? 'the mention finder finds no mention starting there'
    : `the mention finder reads ${JSON.stringify(found)}`;
}

/** Expands "2024" and "2024-11" to the first day of the period, so a date column can hold it. */
function publishedDate(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function prepareSource(
  { file, seed, text, sha256, earlier }: SourceFile,
  problems: SeedProblem[],
): PreparedSource {
  if (seed.sha256 !== sha256) {
    problems.push({
      file,
      record: 'source',
      problem: `sha256 ${seed.sha256} does not match seeds/documents/${seed.document} (its sha256 is ${sha256})`,
    });
  }
  const earlierVersions = seed.earlier_versions.map((version, position) => {
    const read = earlier.find((entry) => entry.document === version.document);
    if (read && read.sha256 !== version.sha256) {
      problems.push({
        file,
        record: `earlier version ${version.document}`,
        problem: `sha256 ${version.sha256} does not match seeds/documents/${version.document} (its sha256 is ${read.sha256})`,
      });
    }
    return {
      documentFile: version.document,
      sha256: version.sha256,
      text: read?.text ?? '',
      replacedOn: version.replaced_on,
      note: version.note,
      position,
    };
  });
  const title = metadata(seed.title);
  const outlet = metadata(seed.outlet);
  const author = metadata(seed.author);
  const url = metadata(seed.url);
  const published = seed.published_on;
  return {
    slug: seed.slug,
    documentFile: seed.document,
    kind: seed.kind,
    fields: {
      title: title.value,
      titleBasis: title.basis,
      titleEvidence: title.evidence,
      outlet: outlet.value,
      outletBasis: outlet.basis,
      outletEvidence: outlet.evidence,
      author: author.value,
      authorBasis: author.basis,
      authorEvidence: author.evidence,
      publishedOn: published ? publishedDate(published.value) : null,
      publishedPrecision: published?.precision ?? null,
      publishedBasis: published?.basis ?? null,
      publishedEvidence: published?.evidence ?? null,
      url: url.value,
      urlBasis: url.basis,
      urlEvidence: url.evidence,
    },
    text,
    sha256,
    earlierVersions,
  };
}

/** Checks references and provenance across all seed files; throws SeedError listing every problem. */
export function checkSeed(files: SeedFiles): PreparedSeed {
  const problems: SeedProblem[] = [];
  const repeated = (file: string, kind: string, values: string[]) => {
    for (const value of duplicates(values))
      problems.push({ file, record: `${kind} ${value}`, problem: 'is defined more than once' });
  };
  repeated(
    'topics.yaml',
    'topic',
    files.topics.map((t) => t.slug),
  );
  repeated(
    'claimants.yaml',
    'claimant',
    files.claimants.map((c) => c.slug),
  );
  repeated(
    'metrics.yaml',
    'metric',
    files.metrics.map((m) => m.slug),
  );
  repeated(
    'cross-checks.yaml',
    'cross-check',
    files.crossChecks.map((c) => c.slug),
  );
  repeated(
    'sources/',
    'source',
    files.sources.map((s) => s.seed.slug),
  );
  repeated(
    'sources/',
    'document',
    files.sources.flatMap((s) => [s.seed.document, ...s.seed.earlier_versions.map((v) => v.document)]),
  );
  repeated(
    'sources/',
    'figure',
    files.sources.flatMap((s) => s.seed.figures.map((f) => f.id)),
  );

  const topicSlugs = new Set(files.topics.map((t) => t.slug));
  for (const metric of files.metrics) {
    if (!topicSlugs.has(metric.topic)) {
      problems.push({
        file: 'metrics.yaml',
        record: `metric ${metric.slug}`,
        problem: `topic "${metric.topic}" is not in topics.yaml`,
      });
    }
  }
  const metricRelations = prepareMetricRelations(files.metrics, problems);
  const known = {
    metrics: new Map(files.metrics.map((m) => [m.slug, m.unit])),
    claimants: new Set(files.claimants.map((c) => c.slug)),
  };

  const names = {
    metrics: new Map(files.metrics.map((m) => [m.slug, m.name])),
    claimants: new Map(files.claimants.map((c) => [c.slug, c.name])),
  };
  const sources: PreparedSource[] = [];
  const figures: PreparedFigure[] = [];
  const exclusions: PreparedExclusion[] = [];
  const corrections: PreparedCorrection[] = [];
  const retractions: PreparedRetraction[] = [];
  const drafts: PreparedDraft[] = [];
  const draftFigures: StandIn[] = [];
  const retractedFromEarlier = new Set<string>();
  for (const sourceFile of files.sources) {
    const { file, seed, text } = sourceFile;
    sources.push(prepareSource(sourceFile, problems));
    const codePoints = toCodePoints(text);
    // The version a quote is checked against: the current text, or an earlier one its quote.document names.
    const versions = new Map<string, { document: string | null; text: string; codePoints: string[] }>([
      [seed.document, { document: null, text, codePoints }],
      ...sourceFile.earlier.map(
        (version): [string, { document: string; text: string; codePoints: string[] }] => [
          version.document,
          { document: version.document, text: version.text, codePoints: toCodePoints(version.text) },
        ],
      ),
    ]);
    for (const figure of seed.figures) {
      const version = versions.get(figure.quote.document ?? seed.document);
      if (!version) {
        problems.push({
          file,
          record: `figure ${figure.id}`,
          problem: unknownQuoteDocument(figure.quote.document ?? seed.document),
        });
        continue;
      }
      if (figure.status === 'draft') {
        drafts.push({ file, kind: 'figure', id: figure.id, text: figure.value_text });
        // A draft may name a claimant or metric still to be added: only where it points in the text is checked.
        const { start, end, text: quote } = figure.quote;
        const found =
          start === undefined || end === undefined ? null : sliceCodePoints(version.codePoints, start, end);
        if (start === undefined || found !== quote) {
          problems.push({
            file,
            record: `figure ${figure.id}`,
            problem: `draft quote does not match the archived text at ${start}–${end}${whereNow(version.text, quote, start)}`,
          });
        } else if (quote.includes(figure.value_text) && version.document === null) {
          draftFigures.push({
            sourceSlug: seed.slug,
            publicId: figure.id,
            valueText: figure.value_text,
            quote,
            quoteStart: start,
            note: `Draft figure ${figure.id} awaits review`,
          });
        }
        continue;
      }
      const prepared = prepareFigure(
        file,
        seed,
        figure,
        version.text,
        version.codePoints,
        known,
        problems,
        version.document,
      );
      if (!prepared) continue;
      if (figure.retracted) {
        if (prepared.quoteDocument !== null) retractedFromEarlier.add(prepared.publicId);
        retractions.push({
          publicId: prepared.publicId,
          sourceSlug: seed.slug,
          metricName: names.metrics.get(figure.metric) ?? figure.metric,
          claimantName: names.claimants.get(figure.claimant) ?? figure.claimant,
          valueText: prepared.valueText,
          quote: prepared.quote,
          quoteStart: prepared.quoteStart,
          quoteEnd: prepared.quoteEnd,
          retractedOn: figure.retracted.on,
          reason: figure.retracted.reason,
          addedOn: prepared.addedOn,
        });
      } else {
        figures.push(prepared);
        figure.corrections.forEach((correction, position) =>
          corrections.push({
            figurePublicId: prepared.publicId,
            position,
            correctedOn: correction.on,
            field: correction.field,
            was: correction.was,
            reason: correction.reason,
          }),
        );
      }
    }
    repeated(
      file,
      'excluded mention at',
      seed.excluded_mentions.map((m) => String(m.start)),
    );
    const mentionAt = new Map(findNumberMentions(text).map((mention) => [mention.start, mention.text]));
    for (const mention of seed.excluded_mentions) {
      if (mention.status === 'draft')
        drafts.push({
          file,
          kind: 'exclusion',
          id: String(mention.start),
          text: `${mention.text} (${mention.reason})`,
        });
      const end = mention.start + Array.from(mention.text).length;
      const found = sliceCodePoints(codePoints, mention.start, end);
      if (found === mention.text && mentionAt.get(mention.start) !== mention.text) {
        problems.push({
          file,
          record: `excluded mention at ${mention.start}`,
          problem: `${JSON.stringify(mention.text)} is not a quantity mention here (${finderReading(mentionAt.get(mention.start))})`,
        });
      } else if (found !== mention.text) {
        problems.push({
          file,
          record: `excluded mention at ${mention.start}`,
          problem: `text ${JSON.stringify(mention.text)} does not match the archived text there, which reads ${JSON.stringify(found)}${whereNowAsMention(text, mention.text, mention.start)}`,
        });
      } else {
        exclusions.push({
          sourceSlug: seed.slug,
          start: mention.start,
          end,
          text: mention.text,
          reason: mention.reason,
          note: mention.note,
        });
      }
    }
  }
  const retractedStandIns = retractions.map((r) => ({
    ...r,
    note: `Figure ${r.publicId}, retracted on ${r.retractedOn}: ${r.reason}`,
  }));
  // Coverage of an article's current text counts only the figures quoting it.
  const current = figures.filter((figure) => figure.quoteDocument === null);
  const currentRetractions = retractedStandIns.filter((r) => !retractedFromEarlier.has(r.publicId));
  exclusions.push(...standInExclusions(files, current, exclusions, currentRetractions, 'retracted'));
  exclusions.push(...standInExclusions(files, current, exclusions, draftFigures, 'awaiting_figure'));
  const crossChecks = prepareCrossChecks(files, new Map(figures.map((f) => [f.publicId, f])), problems);
  const releases = prepareReleases(files.releases, files.sources, problems);
  if (problems.length > 0) throw new SeedError(problems);

  return {
    topics: files.topics.map((topic, position) => ({ ...topic, position })),
    claimants: files.claimants.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      side: c.side,
      description: c.description,
      role: c.role,
    })),
    metrics: files.metrics.map((m) => ({
      slug: m.slug,
      topicSlug: m.topic,
      name: m.name,
      definition: m.definition,
      unit: m.unit,
      subject: m.subject,
      note: m.note,
    })),
    metricRelations,
    sources,
    figures,
    exclusions,
    crossChecks,
    corrections,
    retractions,
    releases,
    drafts,
  };
}

/** Where an exclusion's text is now as a mention the finder reads, nearest its old start. */
function whereNowAsMention(text: string, mentionText: string, oldStart: number): string {
  const starts = findNumberMentions(text)
    .filter((mention) => mention.text === mentionText)
    .map((mention) => mention.start);
  if (starts.length === 0) return '; the finder reads no such mention in the text now';
  const nearest = starts.reduce((best, start) =>
    Math.abs(start - oldStart) < Math.abs(best - oldStart) ? start : best,
  );
  return `; the nearest such mention is now at ${nearest}`;
}

/** A figure that is not published (a draft or a retraction) but whose stated value is in the text. */
interface StandIn {
  sourceSlug: string;
  publicId: string;
  valueText: string;
  quote: string;
  quoteStart: number;
  note: string;
}

/**
 * Each mention that only an unpublished figure accounts for becomes an exclusion saying why, so the article's
 * coverage still accounts for every mention: a retracted figure's value is `retracted`, a draft's is a claim
 * awaiting its figure (shown to readers as such until the editor accepts or rejects the draft).
 */
function standInExclusions(
  files: SeedFiles,
  figures: readonly PreparedFigure[],
  exclusions: readonly PreparedExclusion[],
  standIns: readonly StandIn[],
  reason: PreparedExclusion['reason'],
): PreparedExclusion[] {
  const added: PreparedExclusion[] = [];
  for (const { seed, text } of files.sources) {
    const here = standIns.filter((s) => s.sourceSlug === seed.slug);
    if (here.length === 0) continue;
    const live = computeCoverage(
      text,
      figures.filter((f) => f.sourceSlug === seed.slug),
      exclusions.filter((e) => e.sourceSlug === seed.slug),
    );
    const byStandIns = computeCoverage(text, here, []);
    const notes = new Map(here.map((s) => [s.publicId, s.note]));
    live.mentions.forEach((entry, index) => {
      const standIn = byStandIns.mentions[index];
      if (entry.status !== 'unaccounted' || standIn?.status !== 'covered') return;
      added.push({
        sourceSlug: seed.slug,
        start: entry.mention.start,
        end: entry.mention.end,
        text: entry.mention.text,
        reason,
        note: notes.get(standIn.figureIds[0] ?? '') ?? null,
      });
    });
  }
  return added;
}
