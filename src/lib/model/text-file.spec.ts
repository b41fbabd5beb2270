import { describe, expect, it } from 'vitest';
import { parseTextFile, type ParsedTextFile, type SyntaxProblem } from './text-file';

function problemsOf(text: string, format: 'json' | 'yaml'): SyntaxProblem[] {
	const result = parseTextFile(text, format);
	if (result.ok) throw new Error('expected the file to be rejected');
	return result.problems;
}

function fileOf(text: string, format: 'json' | 'yaml'): ParsedTextFile {
	const result = parseTextFile(text, format);
	if (!result.ok) throw new Error(`expected the file to parse: ${result.problems.map((p) => p.message).join('; ')}`);
	return result.file;
}

describe('parseTextFile: JSON syntax errors', () => {
	// Each row points at the first character that cannot stand where it is (lines and columns from 1).
	const rows: Array<{ name: string; text: string; line: number; column: number; message: string }> = [
		{ name: 'trailing comma', text: '{\n  "a": 1,\n}', line: 3, column: 1, message: 'Expected double-quoted property name' },
		{ name: 'missing comma', text: '{\n  "a": 1\n  "b": 2\n}', line: 3, column: 3, message: "Expected ',' or '}'" },
		{ name: 'single-quoted key', text: "{\n  'a': 1\n}", line: 2, column: 3, message: 'not valid JSON' },
		// V8 gives no position for an unexpected token: the parser has to find it.
		{ name: 'bare word', text: '{\n  "a": 1,\n  "b": nope\n}', line: 3, column: 9, message: "Unexpected token 'o'" },
		{ name: 'Python literal', text: '{\n  "strict": True\n}', line: 2, column: 13, message: "Unexpected token 'T'" },
		{ name: 'comment', text: '// the call\n{}', line: 1, column: 1, message: "Unexpected token '/'" },
		{ name: 'text after the object', text: '{\n  "a": 1\n}\nx', line: 4, column: 1, message: 'Unexpected non-whitespace character after JSON' },
		{ name: 'unterminated object', text: '{\n  "a": [1, 2]', line: 2, column: 14, message: 'not valid JSON' }
	];

	it.each(rows)('$name: line $line, column $column', ({ text, line, column, message }) => {
		const problems = problemsOf(text, 'json');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line, column });
		expect(problems[0]?.message).toMatch(/^not valid JSON: /);
		expect(problems[0]?.message).toContain(message);
	});

	it('does not repeat the file text or the raw offset in the message', () => {
		const text = `{\n${'  "padding": "xxxxxxxxxx",\n'.repeat(20)}  "b": nope\n}`;
		const [problem] = problemsOf(text, 'json');
		expect(problem).toMatchObject({ line: 22, column: 9 });
		expect(problem?.message).not.toContain('padding');
		expect(problem?.message).not.toMatch(/position \d/);
		expect(problem?.message.split('\n')).toHaveLength(1);
	});

	it('accepts YAML-only syntax as YAML but not as JSON', () => {
		const text = 'a: 1\n';
		expect(parseTextFile(text, 'yaml').ok).toBe(true);
		expect(problemsOf(text, 'json')[0]).toMatchObject({ line: 1, column: 1 });
	});
});

describe('parseTextFile: YAML syntax errors', () => {
	it('gives the line of an unclosed flow sequence', () => {
		const problems = problemsOf('title: x\nevents: [1, 2\ncategories: 3\n', 'yaml');
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]?.message).toMatch(/^not valid YAML: /);
		expect(problems[0]?.line).toBe(3);
	});

	it('gives the line of a bad indentation', () => {
		const problems = problemsOf('a:\n  b: 1\n   c: 2\n', 'yaml');
		expect(problems[0]?.message).toMatch(/^not valid YAML: /);
		expect(problems[0]?.line).toBe(2);
		expect(problems.every((p) => !p.message.includes('\n'))).toBe(true);
	});

	it('gives a line for an unclosed quote', () => {
		const problems = problemsOf('a: 1\nb: "open\n', 'yaml');
		expect(problems[0]?.message).toContain('not valid YAML');
		expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
	});
});

describe('parseTextFile: duplicate keys', () => {
	it('reports a duplicate key in JSON, which JSON.parse would hide, naming the key and its first line', () => {
		const result = parseTextFile('{\n  "title": "a",\n  "summary": "s",\n  "title": "b"\n}', 'json');
		if (!result.ok) throw new Error('a duplicate key is a problem, not a syntax error');
		expect(result.problems).toEqual([{ message: expect.stringContaining('"title"'), line: 4, column: 3 }]);
		expect(result.problems[0]?.message).toContain('appears twice');
		expect(result.problems[0]?.message).toContain('line 2');
	});

	it('reports a duplicate key in YAML, nested, naming the key', () => {
		const result = parseTextFile('events:\n  - id: a\n    when: "2025"\n    id: b\n', 'yaml');
		if (!result.ok) throw new Error('a duplicate key is a problem, not a syntax error');
		expect(result.problems).toEqual([{ message: expect.stringContaining('"id"'), line: 4, column: 5 }]);
		expect(result.problems[0]?.message).toContain('line 2');
	});

	it('names each key when several are repeated, however they are quoted', () => {
		const result = parseTextFile('a: 1\nb: 2\n"a": 3\n\'b\': 4\n', 'yaml');
		expect(result.ok && result.problems.map((p) => [p.line, /"(\w)"/.exec(p.message)?.[1]])).toEqual([
			[3, 'a'],
			[4, 'b']
		]);
	});

	it('reports nothing for a file without duplicates', () => {
		const result = parseTextFile('{"a": {"a": 1}}', 'json');
		expect(result.ok && result.problems).toEqual([]);
	});

	// JSON keys are found by scanning the text (not by a second, costly parse): these are the cases a scan can get wrong.
	it.each([
		{ name: 'the same key in sibling objects', text: '[{"id": 1}, {"id": 2}]', at: [] },
		{ name: 'a key written with an escape', text: '{"id": 1,\n "\\u0069d": 2}', at: [{ line: 2, column: 2 }] },
		{ name: 'a value that looks like a key', text: '{"a": "a", "b": ["a", "b:"], "c": "\\"a\\": 1"}', at: [] },
		{ name: 'a repeat after a nested object', text: '{"a": {"b": {"a": 1}}, "b": 2,\r\n"a": 3}', at: [{ line: 2, column: 1 }] },
		{ name: 'a key followed by spaces and a line break', text: '{"a" \n : 1, "a"\t: 2}', at: [{ line: 2, column: 7 }] }
	])('JSON: $name', ({ text, at }) => {
		const result = parseTextFile(text, 'json');
		if (!result.ok) throw new Error('a duplicate key is a problem, not a syntax error');
		expect(result.problems).toEqual(at.map((position) => ({ message: expect.stringContaining('appears twice'), ...position })));
	});
});

describe('parseTextFile: YAML aliases', () => {
	// Each level refers to the one before nine times: 9^8 strings from a 400-byte file.
	const levels = 'abcdefgh'.split('');
	const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
		.concat(levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`))
		.join('\n');

	it('refuses an alias bomb as a problem of the file, instead of throwing', () => {
		const problems = problemsOf(bomb, 'yaml');
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toMatch(/^not valid YAML: /);
		expect(problems[0]?.message).toContain('alias');
	});

	it('still reads a file that uses an alias or two', () => {
		expect(fileOf('base: &b {x: 1}\nother: *b\n', 'yaml').data).toEqual({ base: { x: 1 }, other: { x: 1 } });
	});
});

describe('parseTextFile: empty files', () => {
	it.each([
		['', 'json'],
		['  \n\n', 'json'],
		['', 'yaml'],
		['\n', 'yaml']
	] as const)('%j as %s', (text, format) => {
		expect(parseTextFile(text, format)).toEqual({ ok: false, problems: [{ message: 'the file is empty' }] });
	});
});

describe('parseTextFile: data and locate()', () => {
	const json = JSON.stringify({ title: 'T', events: [{ id: 'a', when: '2025' }, { id: 'b', citations: [{ quote: 'q' }] }] }, null, 2);
	// {
	//   "title": "T",
	//   "events": [
	//     {
	//       "id": "a",
	//       "when": "2025"
	//     },
	//     {
	//       "id": "b",
	//       "citations": [
	//         {
	//           "quote": "q"

	it('returns the data JSON.parse gives', () => {
		expect(fileOf(json, 'json').data).toEqual(JSON.parse(json));
	});

	it.each([
		{ path: [], line: 1, column: 1 },
		{ path: ['title'], line: 2, column: 12 },
		{ path: ['events'], line: 3, column: 13 },
		{ path: ['events', 0], line: 4, column: 5 },
		{ path: ['events', 0, 'when'], line: 6, column: 15 },
		{ path: ['events', 1, 'citations', 0, 'quote'], line: 12, column: 20 }
	])('finds $path at $line:$column', ({ path, line, column }) => {
		expect(fileOf(json, 'json').locate(path)).toEqual({ line, column });
	});

	it.each([
		// A missing field: the object it belongs in.
		{ path: ['events', 0, 'title'], line: 4, column: 5 },
		{ path: ['events', 1, 'citations', 0, 'source'], line: 11, column: 9 },
		// A missing element: the list.
		{ path: ['events', 7, 'when'], line: 3, column: 13 },
		// Nothing of the path exists: the whole document.
		{ path: ['discrepancies', 0], line: 1, column: 1 }
	])('falls back from $path to its nearest existing parent', ({ path, line, column }) => {
		expect(fileOf(json, 'json').locate(path)).toEqual({ line, column });
	});

	it('locates in YAML too', () => {
		const file = fileOf('title: T\nevents:\n  - id: a\n    when: "2025"\n', 'yaml');
		expect(file.data).toEqual({ title: 'T', events: [{ id: 'a', when: '2025' }] });
		expect(file.locate(['events', 0, 'when'])).toEqual({ line: 4, column: 11 });
		expect(file.locate(['events', 0, 'status'])).toEqual({ line: 3, column: 5 });
	});
});
