import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const sourcePath = '/sources/pokrovsk-mine-trump-envoy';

async function html(pathname: string): Promise<string> {
  const response = await fetch(`${baseUrl}${pathname}`);
  expect(response.status).toBe(200);
  // React separates adjacent text with empty comments; a reader sees one sentence.
  return (await response.text()).replaceAll('<!-- -->', '');
}

describe("an article's quantity mentions", () => {
  it('are summed up on the source page, which links to the table of every one', async () => {
    const source = await html(sourcePath);
    expect(source).toMatch(/This article has [\d,]+ quantity mentions/);
    expect(source).toContain(`href="${sourcePath}/coverage"`);
    expect(source).not.toContain('Quantity mentions in order of appearance');
  });

  it('are listed one per row on their own page, as many as the summary counts, none unaccounted for', async () => {
    const page = await html(`${sourcePath}/coverage`);
    const counted = Number(/This article has ([\d,]+) quantity mentions/.exec(page)![1]!.replace(/,/g, ''));
    const table = page.slice(page.indexOf('<tbody>'), page.indexOf('</tbody>'));
    expect(table.match(/<tr/g)).toHaveLength(counted);
    expect(page).toContain('and none missed');
    expect(page).not.toContain('not accounted for');
  });
});
