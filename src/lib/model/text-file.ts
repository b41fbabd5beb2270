/**
 * Reading a timeline file (JSON or YAML) so that every later error can point at a line.
 *
 * JSON is parsed by JSON.parse (so that what passes is strict JSON) and read a second time
 * by the `yaml` package, whose document keeps each node's position: that is how an error
 * found by the schema or the validator says "line 42, column 7". The second reading also
 * catches duplicate keys, which JSON.parse silently resolves by keeping the last: each is
 * reported by name, and the validator counts it as an error.
 *
 * For JSON the second reading is costly (a timeline of 100,000 events is a node tree of
 * gigabytes), so it is done only when a position is asked for, that is when there is a
 * problem to report; duplicate keys are found by a linear scan of the text instead.
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

	if (format === 'json') return parseJsonFile(text);

	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): TextPosition => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};

	const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
	if (fatal.length > 0) {
		return {
			ok: false,
			problems: fatal.map((e) => ({ message: `not valid YAML: ${firstLine(e.message)}`, ...at(e.pos[0]) }))
		};
	}
	let data: unknown;
	try {
		// toJS() expands aliases, and refuses (by throwing) more than a hundred of them: a
		// few hundred bytes of nested aliases would otherwise expand to gigabytes.
		data = doc.toJS();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const reason = /alias/i.test(message) ? 'its aliases (*name) expand to too much data; write the values out instead' : firstLine(message);
		return { ok: false, problems: [{ message: `not valid YAML: ${reason}` }] };
	}

	const repeated = repeatedYamlKeys(doc);
	const problems = doc.errors
		.filter((e) => e.code === 'DUPLICATE_KEY')
		.map((e) => {
			const key = repeated.get(e.pos[0]);
			return { message: duplicateKeyMessage(key && { name: key.name, firstLine: at(key.firstOffset).line }), ...at(e.pos[0]) };
		});

	return { ok: true, file: { data, locate: (path) => locatePath(doc, path, at) }, problems };
}

/** The message for a repeated key, naming it and where it first stands when that is known. */
function duplicateKeyMessage(key: { name: string; firstLine: number } | undefined): string {
	return key === undefined
		? 'this key appears twice in the same object; only one can be kept'
		: `this key appears twice in the same object: "${key.name}" (first on line ${key.firstLine}); only one can be kept`;
}

/** Every key that repeats an earlier key of its YAML mapping, by the offset where it starts. */
function repeatedYamlKeys(doc: Document): Map<number, { name: string; firstOffset: number }> {
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

function parseJsonFile(text: string): ParseTextResult {
	const at = lineIndex(text);
	let data: unknown;
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
	const problems = duplicateJsonKeys(text).map(({ offset, name, firstOffset }) => ({
		message: duplicateKeyMessage({ name, firstLine: at(firstOffset).line }),
		...at(offset)
	}));
	let doc: Document | undefined;
	const locate = (path: readonly PathKey[]) => locatePath((doc ??= parseDocument(text, { prettyErrors: false })), path, at);
	return { ok: true, file: { data, locate }, problems };
}

/** Line and column (from 1) of an offset, as yaml's LineCounter gives them. */
function lineIndex(text: string): (offset: number) => TextPosition {
	let starts: number[] | undefined;
	return (offset) => {
		if (starts === undefined) {
			starts = [0];
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		}
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if ((starts[mid] as number) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
	};
}

/** Where a key repeats an earlier key of the same object: its name, the offset of its opening quote and of the first one. `text` is valid JSON. */
function duplicateJsonKeys(text: string): Array<{ offset: number; name: string; firstOffset: number }> {
	const found: Array<{ offset: number; name: string; firstOffset: number }> = [];
	// One entry per open object (its keys so far, with where each stands) or array (null).
	const open: Array<Map<string, number> | null> = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 0x7b /* { */) open.push(new Map());
		else if (ch === 0x5b /* [ */) open.push(null);
		else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) open.pop();
		else if (ch === 0x22 /* " */) {
			const start = i;
			let escaped = false;
			for (i++; text.charCodeAt(i) !== 0x22; i++) {
				if (text.charCodeAt(i) === 0x5c /* \ */) {
					escaped = true;
					i++;
				}
			}
			const keys = open[open.length - 1];
			if (!keys) continue;
			let next = i + 1;
			while (/\s/.test(text[next] ?? '')) next++;
			if (text[next] !== ':') continue;
			const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
			const first = keys.get(key);
			if (first !== undefined) found.push({ offset: start, name: key, firstOffset: first });
			else keys.set(key, start);
		}
	}
	return found;
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
