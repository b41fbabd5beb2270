import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

describe('readCsvRecords: well-formed CSV', () => {
	it.each([
		['plain cells', 'a,b,c\n1,2,3\n'],
		['quoted cells with commas, doubled quotes and line breaks', 'a,"b, c","say ""hi"""\n"x\r\ny",,"z\rw"\n'],
		['CRLF line ends and no final line break', 'a,b\r\n1,2'],
		['empty cells and an empty last cell', ',,\na,\n'],
		['a blank line between records', 'a\n\nb\n']
	])('reads %s as d3-dsv does, with no error', (_, csv) => {
		const records = readCsvRecords(csv);
		expect(records.map((r) => r.cells)).toEqual(csvParseRows(csv));
		expect(records.filter((r) => r.error)).toEqual([]);
	});

	it('reads back what d3-dsv writes, whatever the text', () => {
		const rows = [
			['the <br> tag', 'AT&T &amp; co', 'x<y', 'if a<b and c>d…'],
			['"quoted"', 'a,b', 'line\nbreak', 'lone\rreturn'],
			['', ' spaced ', "'=1+1", '🙂 Ünïcode']
		];
		expect(readCsvRecords(csvFormatRows(rows)).map((r) => r.cells)).toEqual(rows);
	});

	it('numbers each record by the line it starts on, counting the lines inside quoted cells', () => {
		const records = readCsvRecords('h1,h2\n"two\nlines",x\r\n\nlast,"a\r\nb\rc"\nend\n');
		expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5, 8]);
	});
});

describe('readCsvRecords: malformed records', () => {
	it('reports text after a closing quote with its line and column, and still reads the record to its end', () => {
		const records = readCsvRecords('id,title,quote\n1,"a ""b"""x,c\n2,ok,ok\n');
		expect(records[1]).toEqual({
			line: 2,
			cells: ['1', 'a "b"x', 'c'],
			error: { line: 2, column: 2, reason: expect.stringMatching(/text follows the closing quote mark/) }
		});
		expect(records[2]).toEqual({ line: 3, cells: ['2', 'ok', 'ok'] });
	});

	it('reports a quote mark inside an unquoted cell', () => {
		const [record] = readCsvRecords('a,b "c" d,e');
		expect(record?.error).toEqual({ line: 1, column: 2, reason: expect.stringMatching(/quote mark inside a cell that does not start with one/) });
	});

	it('reports a quoted cell that is never closed at the line and column where it opens', () => {
		const records = readCsvRecords('a,b\n1,"open\n2,3\n');
		expect(records).toHaveLength(2);
		expect(records[1]?.error).toEqual({ line: 2, column: 2, reason: expect.stringMatching(/never closed/) });
	});
});
