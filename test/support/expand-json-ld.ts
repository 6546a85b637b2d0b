import jsonld from 'jsonld';

// Offline, schema.org's context is what matters of it here: every term is a schema.org property or type.
const schemaOrgContext = { '@context': { '@vocab': 'https://schema.org/' } };

/** JSON-LD expanded as a JSON-LD processor reads it, with schema.org's context served locally. */
export function expandJsonLd(data: unknown): Promise<Record<string, unknown>[]> {
  return jsonld.expand(data as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no document for ${url} offline`);
      return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
    },
  }) as Promise<Record<string, unknown>[]>;
}

/** The schema.org types of the expanded nodes, at any depth. */
export function typesIn(expanded: unknown): string[] {
  if (Array.isArray(expanded)) return expanded.flatMap(typesIn);
  if (!expanded || typeof expanded !== 'object') return [];
  return Object.entries(expanded).flatMap(([key, value]) =>
    key === '@type' ? (value as string[]) : typesIn(value),
  );
}
