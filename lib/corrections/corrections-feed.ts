import type { CorrectionLogEntry } from './describe-correction';

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * The corrections log as an Atom feed. Every address is absolute and made from `origin` (SITE_URL), never from a
 * request. `updated` is the newest entry's day, so the feed only changes when the log does.
 */
export function buildCorrectionsFeed(entries: readonly CorrectionLogEntry[], origin: string): string {
  const updated = `${entries[0]?.on ?? '1970-01-01'}T00:00:00Z`;
  const items = entries.map((entry) => {
    const link = `${origin}/figures/${encodeURIComponent(entry.publicId)}`;
    const title = `${entry.kind === 'retraction' ? 'Retracted' : 'Corrected'}: ${entry.metricName}, “${entry.valueText}”`;
    return [
      '  <entry>',
      `    <id>${escapeXml(`${link}#${entry.kind}-${entry.on}-${entry.order}`)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <link rel="alternate" href="${escapeXml(link)}"/>`,
      `    <updated>${entry.on}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(entry.text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${origin}/corrections`)}</id>`,
    '  <title>Contested Figures: corrections and retractions</title>',
    `  <link rel="alternate" href="${escapeXml(`${origin}/corrections`)}"/>`,
    `  <link rel="self" href="${escapeXml(`${origin}/corrections.xml`)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Contested Figures</name></author>',
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
