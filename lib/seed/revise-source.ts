import YAML, { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';
import { codePointLength, findCodePointOffsets } from '@/lib/text/code-points';
import { reanchorer } from '@/lib/text/reanchor';

export interface Revision {
  /** The version being replaced: the source's document now, its sha256 and text. */
  old: { document: string; sha256: string; text: string };
  /** The outlet's corrected version, already named as it is archived. */
  new: { document: string; sha256: string; text: string };
  replacedOn: string;
  note: string | null;
}

export interface RevisionSummary {
  yaml: string;
  reanchoredFigures: string[];
  /** Figures whose quoted text changed or vanished: they keep quoting the earlier version. */
  keptEarlier: string[];
  reanchoredExclusions: number;
  droppedExclusions: { start: number; text: string }[];
}

function maps(node: unknown): YAMLMap[] {
  return isSeq(node) ? (node as YAMLSeq).items.filter((item): item is YAMLMap => isMap(item)) : [];
}

/**
 * Rewrites a source file for a new version of its article, keeping comments and order: the source names the new
 * document, the old one heads `earlier_versions`, each quote and excluded mention moves to where its text is in the
 * new version, a quote whose text is gone there names the old document instead, and an exclusion whose mention is
 * gone is dropped.
 */
export function reviseSource(yamlText: string, revision: Revision): RevisionSummary {
  const document = YAML.parseDocument(yamlText, { uniqueKeys: true });
  const reanchor = reanchorer(revision.old.text, revision.new.text);
  const reanchoredFigures: string[] = [];
  const keptEarlier: string[] = [];
  for (const figure of maps(document.get('figures'))) {
    const quote = figure.get('quote');
    if (!isMap(quote) || quote.has('document')) continue;
    const text = String(quote.get('text'));
    const given = quote.get('start');
    const start =
      typeof given === 'number' ? given : (findCodePointOffsets(revision.old.text, text)[0] ?? -1);
    const range = reanchor({ start, end: start + codePointLength(text) });
    if (range) {
      if (quote.has('start')) quote.set('start', range.start);
      if (quote.has('end')) quote.set('end', range.end);
      reanchoredFigures.push(String(figure.get('id')));
    } else {
      quote.items.unshift(document.createPair('document', revision.old.document));
      keptEarlier.push(String(figure.get('id')));
    }
  }

  const mentions = new Map(findNumberMentions(revision.new.text).map((m) => [m.start, m.text]));
  const taken = new Set<number>();
  const droppedExclusions: { start: number; text: string }[] = [];
  let reanchoredExclusions = 0;
  const exclusions = document.get('excluded_mentions');
  for (const exclusion of maps(exclusions)) {
    const start = Number(exclusion.get('start'));
    const text = String(exclusion.get('text'));
    const range = reanchor({ start, end: start + codePointLength(text) });
    // The finder must still read the same mention there, and one mention is excluded once.
    if (range && mentions.get(range.start) === text && !taken.has(range.start)) {
      taken.add(range.start);
      exclusion.set('start', range.start);
      reanchoredExclusions++;
    } else {
      droppedExclusions.push({ start, text });
      (exclusions as YAMLSeq).items.splice((exclusions as YAMLSeq).items.indexOf(exclusion), 1);
    }
  }

  document.set('document', revision.new.document);
  document.set('sha256', revision.new.sha256);
  const earlier = document.createNode({
    document: revision.old.document,
    sha256: revision.old.sha256,
    replaced_on: revision.replacedOn,
    ...(revision.note !== null && { note: revision.note }),
  });
  const versions = document.get('earlier_versions');
  if (isSeq(versions)) versions.items.unshift(earlier);
  else document.set('earlier_versions', document.createNode([earlier]));
  return {
    yaml: document.toString({ lineWidth: 0 }),
    reanchoredFigures,
    keptEarlier,
    reanchoredExclusions,
    droppedExclusions,
  };
}
