// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSV_MEDIA_TYPE,
  csvBlob,
  csvField,
  downloadFile,
  neutraliseFormula,
  toCsv,
  type CsvValue,
} from './csv';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('csvField', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text stays bare', 'Adele Vance', 'Adele Vance'],
    ['accents stay as they are', 'Zoë Ångström', 'Zoë Ångström'],
    ['empty text is an empty field', '', ''],
    ['null is an empty field', null, ''],
    ['undefined is an empty field', undefined, ''],
    ['a comma is quoted', 'Direct, Inherited (Sales)', '"Direct, Inherited (Sales)"'],
    ['a quote is doubled inside quotes', 'say "hi"', '"say ""hi"""'],
    ['a line feed is quoted', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a CRLF is quoted', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['a leading space is quoted', ' padded', '" padded"'],
    ['a trailing space is quoted', 'padded ', '"padded "'],
    ['a trailing tab is quoted', 'padded\t', '"padded\t"'],
    ['inner spaces need no quotes', 'E3 base services', 'E3 base services'],
    ['= starts a formula', '=1+2', "'=1+2"],
    ['+ starts a formula', '+1+1', "'+1+1"],
    ['- starts a formula', '-2+3', "'-2+3"],
    ['@ starts a formula', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab starts a formula', '\tcmd', "'\tcmd"],
    ['a leading CR starts a formula and is quoted', '\rcmd', `"'\rcmd"`],
    [
      'a formula with quotes is neutralised, then quoted',
      '=HYPERLINK("http://evil")',
      `"'=HYPERLINK(""http://evil"")"`,
    ],
    ['a formula with a comma is neutralised, then quoted', '=1,2', `"'=1,2"`],
    ['= later in the text is not a formula', 'a=b', 'a=b'],
    ['a number is written as is, even negative', -3, '-3'],
    ['a boolean is written as is', true, 'true'],
  ])('%s', (_behaviour, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=cmd|calc', "'=cmd|calc"],
    ['mallory', 'mallory'],
    ["'already text", "'already text"],
  ])('%j -> %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes the header and every row, each record ending with CRLF', () => {
    expect(
      toCsv(
        ['User', 'Note'],
        [
          ['Adele', 'a, b'],
          ['=evil', null],
        ],
      ),
    ).toBe('User,Note\r\nAdele,"a, b"\r\n\'=evil,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['Date', 'Activity'], [])).toBe('Date,Activity\r\n');
  });

  it('keeps a line break inside a field within one record', () => {
    const csv = toCsv(['A', 'B'], [['x\r\ny', 'z']]);
    expect(csv).toBe('A,B\r\n"x\r\ny",z\r\n');
  });
});

describe('csvBlob', () => {
  it('is UTF-8 CSV starting with a byte order mark', async () => {
    const blob = csvBlob('User\r\nZoë\r\n');
    expect(blob.type).toBe(CSV_MEDIA_TYPE);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFUser\r\nZoë\r\n',
    );
  });
});

describe('downloadFile', () => {
  it('clicks a temporary link named after the file, then lets go of it', () => {
    vi.useFakeTimers();
    const file = new Blob(['{}'], { type: 'application/json' });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:download');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { name: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ name: this.download, href: this.href, attached: this.isConnected });
    });

    downloadFile('AuditLogs.json', file);

    expect(created).toHaveBeenCalledWith(file);
    expect(clicked).toEqual([{ name: 'AuditLogs.json', href: 'blob:download', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:download');
  });
});
