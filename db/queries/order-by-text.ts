import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

// Default collations differ between PGlite and a server's locale; readers get the same order on both.
export function byText(column: AnyColumn): SQL {
  return sql`lower(${column}::text) collate "C"`;
}
