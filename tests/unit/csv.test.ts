import { parse } from 'csv-parse/sync';
import { csvLine } from '../../server/src/infra/csv';

describe('csvLine', () => {
  it('joins plain cells with commas and ends the record with CRLF', () => {
    expect(csvLine(['a', 'b c', 3])).toBe('a,b c,3\r\n');
  });

  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvLine(['Doe, Jane', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe('"Doe, Jane","say ""hi""","two\nlines","cr\rhere"\r\n');
  });

  it('writes null and undefined as empty cells', () => {
    expect(csvLine([null, 'x', undefined])).toBe(',x,\r\n');
  });

  it('writes dates as ISO-8601 UTC and objects as JSON', () => {
    expect(csvLine([new Date('2025-01-02T03:04:05.678Z'), { a: 1 }])).toBe('2025-01-02T03:04:05.678Z,"{""a"":1}"\r\n');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('defuses a text cell that a spreadsheet would run as a formula: %j', (cell) => {
    const line = csvLine([cell]);
    const [[parsed]] = parse(line, { relaxQuotes: false }) as string[][];
    expect(parsed).toBe(`'${cell}`);
  });

  it('quotes a defused formula that also needs quoting', () => {
    expect(csvLine(['=HYPERLINK("http://x", "y")'])).toBe('"\'=HYPERLINK(""http://x"", ""y"")"\r\n');
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvLine([-5, 0.5, true])).toBe('-5,0.5,true\r\n');
  });

  it('round-trips through a standard CSV parser', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['1', 'Zoë "Z" Smith', 'line one\nline two'],
      ['2', 'O\'Brien, Pat', ''],
    ];
    const text = rows.map((row) => csvLine(row)).join('');
    expect(parse(text)).toEqual(rows);
  });
});
