import YAML, { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';
import { locateValueSpan } from '@/lib/text/locate-value';
import type { FigureEdit, ReviewAction } from './review-form';

/** The action names a draft the file does not hold (it was reviewed meanwhile, or never existed). */
export class DraftNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is not a draft in this file`);
    this.name = 'DraftNotFoundError';
  }
}

const lineWidth = 0;

function parse(yamlText: string): Document {
  const document = YAML.parseDocument(yamlText, { uniqueKeys: true });
  if (document.errors.length > 0)
    throw new Error(`the source file is not valid YAML: ${document.errors[0]?.message}`);
  return document;
}

function seqOf(document: Document, key: string): YAMLSeq<unknown> | undefined {
  const node = document.get(key, true);
  return isSeq(node) ? node : undefined;
}

function draftFigure(
  document: Document,
  id: string,
): { figures: YAMLSeq<unknown>; index: number; item: YAMLMap } {
  const figures = seqOf(document, 'figures');
  const index =
    figures?.items.findIndex(
      (item) => isMap(item) && item.get('id') === id && item.get('status') === 'draft',
    ) ?? -1;
  if (!figures || index === -1) throw new DraftNotFoundError(`figure ${id}`);
  return { figures, index, item: figures.items[index] as YAMLMap };
}

function setPeriod(document: Document, item: YAMLMap, period: FigureEdit['period']): void {
  const existing = item.get('period', true);
  if (period === 'undated') item.set('period', 'undated');
  else if (isMap(existing)) {
    existing.set('start', period.start);
    existing.set('end', period.end);
  } else item.set('period', document.createNode({ start: period.start, end: period.end }));
}

function applyEdit(document: Document, item: YAMLMap, edit: FigureEdit): void {
  for (const key of ['metric', 'claimant', 'kind', 'value', 'bound', 'low', 'high', 'unit', 'per'] as const)
    item.set(key, edit[key]);
  setPeriod(document, item, edit.period);
}

/** An exclusion entry at `start`, replacing one already there, else placed in order of start. */
function putExclusion(
  document: Document,
  entry: { start: number; text: string; reason: string; note: string | null },
) {
  let list = seqOf(document, 'excluded_mentions');
  if (!list) {
    list = document.createNode([]) as YAMLSeq<unknown>;
    document.set('excluded_mentions', list);
  }
  const node = document.createNode(
    entry.note === null ? { start: entry.start, text: entry.text, reason: entry.reason } : entry,
  ) as YAMLMap;
  const first = list.items.find(isMap);
  if (first?.flow) node.flow = true;
  const startOf = (item: unknown) => (isMap(item) ? Number(item.get('start')) : NaN);
  const same = list.items.findIndex((item) => startOf(item) === entry.start);
  if (same !== -1) {
    list.items[same] = node;
    return;
  }
  const after = list.items.findIndex((item) => startOf(item) > entry.start);
  list.items.splice(after === -1 ? list.items.length : after, 0, node);
}

/** Changes a draft figure's fields; it stays a draft. */
export function editDraftFigure(yamlText: string, id: string, edit: FigureEdit): string {
  const document = parse(yamlText);
  applyEdit(document, draftFigure(document, id).item, edit);
  return document.toString({ lineWidth });
}

/** Publishes a draft figure dated `addedOn`: its `status: draft` goes, so the next load adds it. */
export function acceptDraftFigure(yamlText: string, id: string, addedOn: string): string {
  const document = parse(yamlText);
  const { item } = draftFigure(document, id);
  item.delete('status');
  // The day it is published, placed after its id as in the published figures.
  item.delete('added');
  item.items.splice(1, 0, document.createPair('added', addedOn));
  return document.toString({ lineWidth });
}

/**
 * Rejects a draft figure: it is removed, and each quantity mention its stated value stands on in the text becomes an
 * exclusion with the editor's reason, so the article's mentions stay accounted for.
 */
export function rejectDraftFigure(
  yamlText: string,
  id: string,
  reason: string,
  note: string | null,
  documentText: string,
): string {
  const document = parse(yamlText);
  const { figures, index, item } = draftFigure(document, id);
  const quote = item.get('quote', true);
  const valueText = String(item.get('value_text') ?? '');
  const quoteText = isMap(quote) ? String(quote.get('text') ?? '') : '';
  const quoteStart = isMap(quote) ? Number(quote.get('start')) : NaN;
  const span = Number.isInteger(quoteStart) ? locateValueSpan(quoteText, quoteStart, valueText) : undefined;
  const mentions = span
    ? findNumberMentions(documentText).filter(
        (mention) => mention.start < span.end && mention.end > span.start,
      )
    : [];
  const entries = mentions.length > 0 ? mentions : span ? [{ start: span.start, text: valueText }] : [];
  figures.items.splice(index, 1);
  for (const mention of entries)
    putExclusion(document, { start: mention.start, text: mention.text, reason, note });
  return document.toString({ lineWidth });
}

/** Accepts a draft exclusion, with the reason and note the editor settled on. */
export function acceptDraftExclusion(
  yamlText: string,
  start: number,
  reason: string,
  note: string | null,
): string {
  const document = parse(yamlText);
  const list = seqOf(document, 'excluded_mentions');
  const item = list?.items.find(
    (entry) => isMap(entry) && Number(entry.get('start')) === start && entry.get('status') === 'draft',
  );
  if (!isMap(item)) throw new DraftNotFoundError(`excluded mention at ${start}`);
  item.delete('status');
  item.set('reason', reason);
  if (note === null) item.delete('note');
  else item.set('note', note);
  return document.toString({ lineWidth });
}

/**
 * The file after one review action; accepting a figure also saves the fields sent with it, and dates it `addedOn`
 * (YYYY-MM-DD, the day it is published).
 */
export function applyReview(
  yamlText: string,
  action: ReviewAction,
  documentText: string,
  addedOn: string,
): string {
  switch (action.intent) {
    case 'save':
      return editDraftFigure(yamlText, action.figure, action.edit);
    case 'accept':
      return acceptDraftFigure(editDraftFigure(yamlText, action.figure, action.edit), action.figure, addedOn);
    case 'reject':
      return rejectDraftFigure(yamlText, action.figure, action.reason, action.note, documentText);
    case 'accept-exclusion':
      return acceptDraftExclusion(yamlText, action.start, action.reason, action.note);
  }
}
