/**
 * Reads CSV strictly by RFC 4180, record by record, noting where each record starts and
 * where it breaks the rules, so that an importer can report a malformed row instead of
 * taking its cells as if they were in the right columns.
 *
 * d3-dsv is lenient: `"a ""b"""x,c` quietly becomes a cell `a "b"x` (or shifts the cells
 * after it), and a stray quote mark can swallow the rest of a line. Here such a record is
 * still read (leniently, to the next comma), but carries an error with its line and column.
 * It does not decide what to do with a bad record, nor compare records with a header: the
 * importers do (plain-csv.ts, timelinejs-sheet.ts).
 *
 * Line breaks: CRLF, LF or a lone CR end a record outside quotes; inside quotes they are
 * kept in the cell as written.
 */

export interface CsvError {
	/** The line the fault is on (1-based; a quoted cell with line breaks counts all its lines). */
	line: number;
	/** The cell the fault is in (1-based). */
	column: number;
	reason: string;
}

export interface CsvRecord {
	/** The line the record starts on (1-based). */
	line: number;
	cells: string[];
	/** The first place the record breaks RFC 4180; its cells may then be shifted or merged. */
	error?: CsvError;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

export function readCsvRecords(text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	const length = text.length;
	let at = 0;
	let line = 1;

	/** Consumes a line break at `at` (CRLF, LF or CR), if there is one. */
	const lineBreak = (): boolean => {
		const c = text.charCodeAt(at);
		if (c === CR) {
			at += text.charCodeAt(at + 1) === LF ? 2 : 1;
		} else if (c === LF) {
			at += 1;
		} else {
			return false;
		}
		line += 1;
		return true;
	};

	while (at < length) {
		const record: CsvRecord = { line, cells: [] };
		const fail = (reason: string, where = line): void => {
			record.error ??= { line: where, column: record.cells.length + 1, reason };
		};
		let ended = false;
		while (!ended) {
			let cell = '';
			if (text.charCodeAt(at) === QUOTE) {
				const opened = line;
				at += 1;
				let closed = false;
				while (at < length) {
					const c = text.charCodeAt(at);
					if (c === QUOTE) {
						if (text.charCodeAt(at + 1) === QUOTE) {
							cell += '"';
							at += 2;
							continue;
						}
						at += 1;
						closed = true;
						break;
					}
					if (c === CR || c === LF) {
						const start = at;
						lineBreak();
						cell += text.slice(start, at);
						continue;
					}
					cell += text[at];
					at += 1;
				}
				if (!closed) fail('a quoted cell opens here and is never closed: the rest of the file ran into it', opened);
				else if (at < length && text.charCodeAt(at) !== COMMA && text.charCodeAt(at) !== CR && text.charCodeAt(at) !== LF) {
					fail('text follows the closing quote mark of a quoted cell (a quote mark inside a quoted cell is written twice: "a ""b"" c")');
				}
			}
			// An unquoted cell, or what follows a quoted one by mistake: up to the next comma or line break.
			while (at < length) {
				const c = text.charCodeAt(at);
				if (c === COMMA || c === CR || c === LF) break;
				if (c === QUOTE) fail('a quote mark inside a cell that does not start with one (put the cell in quotes and write the quote mark twice: "a ""b"" c")');
				cell += text[at];
				at += 1;
			}
			record.cells.push(cell);
			if (at >= length) ended = true;
			else if (text.charCodeAt(at) === COMMA) at += 1;
			else ended = lineBreak();
		}
		records.push(record);
	}
	return records;
}
