/**
 * Reading a timeline file (JSON or YAML) so that every later error can point at a line.
 *
 * JSON is parsed by JSON.parse (so that what passes is strict JSON) and read a second time
 * by the `yaml` package, whose document keeps each node's position: that is how an error
 * found by the schema or the validator says "line 42, column 7". The second reading also
 * catches duplicate keys, which JSON.parse silently resolves by keeping the last: each is
 * reported by name, and the validator counts it as an error.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface TextPosition {
	line: number;
	column: number;
}

export type PathKey = string | number;

export interface ParsedTextFile {
	data: unknown;
	/** Where the value at `path` stands in the file, or the nearest enclosing value that exists. */
	locate(path: readonly PathKey[]): TextPosition | undefined;
}

export interface SyntaxProblem extends Partial<TextPosition> {
	message: string;
}

export type ParseTextResult =
	| { ok: true; file: ParsedTextFile; problems: SyntaxProblem[] }
	| { ok: false; problems: SyntaxProblem[] };

export function parseTextFile(text: string, format: 'json' | 'yaml'): ParseTextResult {
	if (text.trim() === '') return { ok: false, problems: [{ message: 'the file is empty' }] };

	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): TextPosition => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};

	let data: unknown;
	if (format === 'json') {
		try {
			data = JSON.parse(text);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			// V8 gives no position for "Unexpected token" errors (and quotes the text instead).
			const position = /position (\d+)/.exec(message);
			const where = at(position ? Number(position[1]) : firstJsonErrorOffset(text));
			const reason = message.replace(/(?: in JSON)? at position \d+.*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
			return { ok: false, problems: [{ message: `not valid JSON: ${reason}`, ...where }] };
		}
	} else {
		const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
		if (fatal.length > 0) {
			return {
				ok: false,
				problems: fatal.map((e) => ({ message: `not valid YAML: ${firstLine(e.message)}`, ...at(e.pos[0]) }))
			};
		}
		try {
			// toJS() expands aliases, and refuses (by throwing) more than a hundred of them: a
			// few hundred bytes of nested aliases would otherwise expand to gigabytes.
			data = doc.toJS();
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const reason = /alias/i.test(message)
				? 'its aliases (*name) expand to too much data; write the values out instead'
				: firstLine(message);
			return { ok: false, problems: [{ message: `not valid YAML: ${reason}` }] };
		}
	}

	const repeated = repeatedKeys(doc);
	const problems = doc.errors
		.filter((e) => e.code === 'DUPLICATE_KEY')
		.map((e) => {
			const key = repeated.get(e.pos[0]);
			const message =
				key === undefined
					? 'this key appears twice in the same object; only one can be kept'
					: `this key appears twice in the same object: "${key.name}" (first on line ${at(key.firstOffset).line}); only one can be kept`;
			return { message, ...at(e.pos[0]) };
		});

	return { ok: true, file: { data, locate: (path) => locatePath(doc, path, at) }, problems };
}

/** Every key that repeats an earlier key of its object, by the offset where it starts. */
function repeatedKeys(doc: Document): Map<number, { name: string; firstOffset: number }> {
	const repeated = new Map<number, { name: string; firstOffset: number }>();
	visit(doc, {
		Map(_, map) {
			const seen = new Map<unknown, number>();
			for (const pair of map.items) {
				if (!isScalar(pair.key) || !pair.key.range) continue;
				const first = seen.get(pair.key.value);
				if (first === undefined) seen.set(pair.key.value, pair.key.range[0]);
				else repeated.set(pair.key.range[0], { name: String(pair.key.value), firstOffset: first });
			}
		}
	});
	return repeated;
}

function locatePath(
	doc: Document,
	path: readonly PathKey[],
	at: (offset: number) => TextPosition
): TextPosition | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) return at(node.range[0]);
	}
	return undefined;
}

/** The offset of the first character that no valid JSON text could have there: the longest prefix that still parses, or fails only at its end. */
function firstJsonErrorOffset(text: string): number {
	const isValidStart = (length: number): boolean => {
		try {
			JSON.parse(text.slice(0, length));
			return true;
		} catch (error) {
			const message = error instanceof Error ? error.message : '';
			const position = /position (\d+)/.exec(message);
			return /Unexpected end of JSON input/.test(message) || (position !== null && Number(position[1]) >= length);
		}
	};
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (isValidStart(mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function firstLine(message: string): string {
	return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
