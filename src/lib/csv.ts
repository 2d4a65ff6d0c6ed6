/**
 * CSV for every download of the portal: one RFC 4180 writer, safe to open in a spreadsheet.
 *
 * - A field is quoted only when it has to be: it holds a comma, a double quote, CR or LF, or starts
 *   or ends with a space or tab (unquoted, spreadsheets and many parsers trim it). Quotes inside a
 *   quoted field are doubled.
 * - Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 *   apostrophe, as OWASP recommends against CSV injection. Numbers and booleans are written as they
 *   are: they come from the portal, not from a user, and `-3` is a number, not a formula.
 * - Every record ends with CRLF, the last one too.
 * - The file starts with a UTF-8 byte order mark, so Excel reads names with accents correctly.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** The media type of a CSV download. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';
/** The UTF-8 byte order mark that makes Excel read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^[ \t]|[ \t]$/;

/** Text that would start a formula, prefixed with an apostrophe so it stays text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: empty for null or undefined, formula-neutralised text, quoted when RFC 4180 needs it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: the header, then one record per row, each ending with CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A CSV document as a file: UTF-8 with a byte order mark. */
export function csvBlob(csv: string): Blob {
  return new Blob([UTF8_BOM, csv], { type: CSV_MEDIA_TYPE });
}

/** Offers a file to the browser as a download, through a temporary link. */
export function downloadFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
