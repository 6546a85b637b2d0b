import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNextServer, type RunningServer } from '../support/next-server';

// A copy of the real seeds with one figure corrected and one retracted, served by a production server of its own.
let server: RunningServer;

async function edit(dir: string, file: string, from: string, to: string) {
  const target = path.join(dir, file);
  const text = await fs.readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not in ${file}`);
  await fs.writeFile(target, text.replace(from, to));
}

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-corrections-'));
  await fs.cp('seeds', dir, { recursive: true });
  await edit(
    dir,
    'sources/002-zelensky-increasingly-urgent-negotiations.yaml',
    '    note: "Total for 2024 (\'in 2024 alone\'), recorded as a per-year value."\n',
    '    note: "Total for 2024 (\'in 2024 alone\'), recorded as a per-year value."\n' +
      '    corrections:\n' +
      '      - { on: 2026-12-01, field: kind, was: estimate, reason: "The General Staff states a count, not an estimate" }\n',
  );
  await edit(
    dir,
    'sources/000-pokrovsk-mine-trump-envoy.yaml',
    '    period: { start: 2024-10-25, end: 2024-10-25 }\n',
    '    period: { start: 2024-10-25, end: 2024-10-25 }\n' +
      '    retracted: { on: 2026-12-02, reason: "The mine has four shafts, not three" }\n',
  );
  server = await startNextServer({ SEED_DIR: dir }, 4237);
});
afterAll(() => server?.stop());

describe('corrections and retractions on a production server', () => {
  it('show a correction on the figure page', async () => {
    const response = await fetch(`${server.baseUrl}/figures/russian-casualties-2024-ukraine-general-staff`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'Corrected on 1 Dec 2026: the kind of figure was estimate, because the General Staff states a count, not an estimate.',
    );
  });

  it('answer a retracted figure’s permalink with 410 Gone, saying why and what it said, and drop it from the download', async () => {
    const response = await fetch(`${server.baseUrl}/figures/pokrovske-mine-shafts-2024`);
    expect(response.status).toBe(410);
    const page = await response.text();
    expect(page).toContain('This figure was retracted');
    expect(page).toContain('Retracted on 2 Dec 2026, because the mine has four shafts, not three.');
    const csv = await (await fetch(`${server.baseUrl}/figures.csv`)).text();
    expect(csv).not.toContain('pokrovske-mine-shafts-2024');
  });

  it('list both on /corrections and in the Atom feed, newest first, with absolute links', async () => {
    const log = await (await fetch(`${server.baseUrl}/corrections`)).text();
    expect(log.indexOf('2 Dec 2026')).toBeLessThan(log.indexOf('1 Dec 2026'));
    const feed = await fetch(`${server.baseUrl}/corrections.xml`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const links = [
      ...(await feed.text()).matchAll(/<entry>[\s\S]*?<link rel="alternate" href="([^"]+)"/g),
    ].map((match) => match[1]!);
    expect(links.every((link) => link.startsWith(`${server.baseUrl}/figures/`))).toBe(true);
    const retraction = links.indexOf(`${server.baseUrl}/figures/pokrovske-mine-shafts-2024`);
    const correction = links.indexOf(
      `${server.baseUrl}/figures/russian-casualties-2024-ukraine-general-staff`,
    );
    expect(retraction).toBeGreaterThanOrEqual(0);
    // Dated 2 Dec and 1 Dec: the newer comes first.
    expect(correction).toBeGreaterThan(retraction);
  });

  it('list each under its release on /changes: the first release on or after its day', async () => {
    const html = (await (await fetch(`${server.baseUrl}/changes`)).text()).replace(/<!-- -->/g, '');
    const section = (version: string) =>
      html.match(
        new RegExp(
          `<section[^>]*aria-labelledby="release-${version.replaceAll('.', '\\.')}"[\\s\\S]*?</section>`,
        ),
      )?.[0] ?? '';
    // seeds/releases.yaml: 1.0.0 on 22 Nov, 1.1.0 on 1 Dec 2026, 1.2.0 on 2 Dec 2026.
    expect(section('1.1.0')).toMatch(/corrected \d+ figures/);
    expect(section('1.1.0')).toContain('/figures/russian-casualties-2024-ukraine-general-staff');
    expect(section('1.2.0')).toMatch(/retracted 1 figure\./);
    expect(section('1.2.0')).toContain('/figures/pokrovske-mine-shafts-2024');
    expect(section('1.2.0')).toContain('Corrections and retractions in 1.2.0');
    expect(section('1.0.0')).not.toContain('Corrections and retractions in');
  });
});
