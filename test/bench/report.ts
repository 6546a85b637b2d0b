import type { RouteBundle } from './bundle-sizes';
import type { Export, Throughput } from './csv-throughput';
import type { LighthouseResult } from './lighthouse';
import type { PageLoad } from './load-pages';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const ratio = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
const seconds = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const megabytes = (bytes: number) => `${oneDecimal.format(bytes / 1e6)} MB`;
const kilobytes = (bytes: number) => `${oneDecimal.format(bytes / 1e3)} kB`;
const mbPerSecond = ({ bytes, seconds }: Throughput) => bytes / 1e6 / seconds;

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((side) => (side === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const size = (bytes: number) => (bytes >= 1e6 ? megabytes(bytes) : kilobytes(bytes));

/** The page loads as a Markdown table: latencies in ms, bytes of one response as sent (gzip) and uncompressed. */
export function pageTable(loads: PageLoad[]): string {
  return table(
    [
      'page',
      'req/s',
      'p50',
      'p97.5',
      'p99',
      'bytes sent',
      'uncompressed',
      'non-2xx + errors',
      'bare Node req/s',
      'ratio',
    ],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    loads.map(({ path, status, bytes, plainBytes, page, bare }) => [
      `\`${path}\`${status === 200 ? '' : ` (${status})`}`,
      oneDecimal.format(page.requestsPerSecond),
      ...[page.p50, page.p97_5, page.p99].map((ms) => (page.completed === 0 ? '–' : whole.format(ms))),
      size(bytes),
      size(plainBytes),
      whole.format(page.failures),
      whole.format(bare.requestsPerSecond),
      `${ratio.format(bare.requestsPerSecond === 0 ? 0 : page.requestsPerSecond / bare.requestsPerSecond)}×`,
    ]),
  );
}

export function exportLine(download: Export, copy: Throughput, copyName: string): string {
  const status = download.status === 200 ? '' : ` (status ${download.status})`;
  return [
    `Full \`/figures.csv\`${status}: ${megabytes(download.bytes)} in ${seconds.format(download.seconds)} s, ` +
      `${oneDecimal.format(mbPerSecond(download))} MB/s; ${copyName} of the same rows: ${megabytes(copy.bytes)} in ` +
      `${seconds.format(copy.seconds)} s, ${oneDecimal.format(mbPerSecond(copy))} MB/s ` +
      `(export at ${ratio.format(mbPerSecond(download) / mbPerSecond(copy))}× ${copyName}).`,
    `Server RSS (process tree, sampled every 100 ms): ${megabytes(download.idleRss)} idle before the export, ` +
      `peak ${megabytes(download.peakRss)} during it (+${megabytes(download.peakRss - download.idleRss)}).`,
  ].join('\n');
}

export function lighthouseTable(results: LighthouseResult[]): string {
  return table(
    [
      'page',
      'performance, median run',
      'every run',
      'accessibility, lowest',
      'total blocking time, median run',
    ],
    ['l', 'r', 'r', 'r', 'r'],
    results.map((result) =>
      'error' in result
        ? [`\`${result.path}\``, `did not finish: ${result.error.replaceAll('|', '/')}`, '', '', '']
        : [
            `\`${result.path}\``,
            String(result.median.performance),
            `${result.performance.lowest}–${result.performance.highest} in ${result.runs} runs` +
              (result.failures.length > 0 ? ` (${result.failures.length} failed)` : ''),
            String(result.lowestAccessibility),
            `${whole.format(result.median.totalBlockingTime)} ms`,
          ],
    ),
  );
}

export function bundleTable(bundles: RouteBundle[]): string {
  return table(
    ['route', 'first-load JS, gzip', 'budget', ''],
    ['l', 'r', 'r', 'l'],
    bundles
      .toSorted((a, b) => a.route.localeCompare(b.route))
      .map(({ route, gzipBytes, budgetBytes }) => [
        `\`${route}\``,
        kilobytes(gzipBytes),
        kilobytes(budgetBytes),
        gzipBytes > budgetBytes ? 'over' : 'within',
      ]),
  );
}
