import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CSV_OPTIONS, NumberedCsvParser, type NumberedRecord } from '../../server/src/modules/leads/lead-import';

// A header, a quoted cell spanning two lines, a blank line, a broken quote and ragged rows.
const CSV = [
  'name,email,phone',
  'Ada,ada@example.test,',
  '"Bo',
  'Second line",bo@example.test,+14155552671',
  '',
  'Broken "quote,cy@example.test,',
  'Di,di@example.test',
  'Ed,ed@example.test,,extra',
  '',
].join('\n');

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe('NumberedCsvParser', () => {
  it('numbers each record with the line it ends on, as csv-parse info does', async () => {
    const options = { ...CSV_OPTIONS, skip_records_with_error: true, from_line: 2 };
    const numbered = await collect<NumberedRecord>(Readable.from([CSV]).pipe(new NumberedCsvParser(options)));
    const withInfo = await collect<{ record: string[]; info: { lines: number } }>(Readable.from([CSV]).pipe(parse({ ...options, info: true })));
    expect(numbered).toEqual(withInfo.map(({ record, info }) => ({ record, line: info.lines })));
    expect(numbered.map(({ record, line }) => [record[0], line])).toEqual([
      ['Ada', 2],
      ['Bo\nSecond line', 4],
      ['Di', 7],
      ['Ed', 8],
    ]);
  });
});
