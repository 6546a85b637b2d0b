/**
 * OWASP's defence against CSV formula injection, as one pattern for both writers of figures CSV (lib/csv/csv-cell.ts
 * in JavaScript, db/queries/figure-export-lines.ts in PostgreSQL, whose regular expressions read it the same way).
 * A text cell is guarded with a leading apostrophe when a spreadsheet could read it as a formula: it starts with a
 * control character (tab, CR, LF, NUL…), or with a formula character once any leading spaces, controls, BOM or
 * zero-width space are skipped.
 */

// Spaces and invisible characters a spreadsheet may skip before it looks for "=": ASCII controls, the Unicode
// spaces, zero-width space, BOM.
const skipped = String.raw`\s\x00-\x1f\x7f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff`;

// = + - @ and the pipe (DDE), with their full-width and small forms and the minus sign.
const formulaStarts = String.raw`=+\-@|\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\u2212`;

/** The pattern's source: PostgreSQL (`~`) and JavaScript (`new RegExp`) both accept it. */
export const formulaCellPattern = String.raw`^([${skipped}]*[${formulaStarts}]|[\x00-\x1f\x7f])`;

/**
 * What the first character of every such cell matches: a cheap test on one character that lets a writer skip the
 * whole pattern for nearly every cell.
 */
export const formulaCellFirstCharacter = String.raw`^[${skipped}${formulaStarts}]`;

const formulaCell = new RegExp(formulaCellPattern);

export function needsFormulaGuard(text: string): boolean {
  return formulaCell.test(text);
}
