/** The permalink path of the first figure /figures lists on the server at `baseUrl` (never a /figures/view page). */
export async function firstFigurePath(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/figures`)).text();
  const path = html.match(/href="(\/figures\/(?!view\/)[a-z0-9-]+)"/)?.[1];
  if (!path) throw new Error(`no figure link on ${baseUrl}/figures`);
  return path;
}
