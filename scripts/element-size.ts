/**
 * What the web component costs a reader before it draws: citeline.js and the chunks it
 * imports statically, and those they import in turn (a shared chunk the bundler splits off
 * when a lazily loaded chunk needs the same code), each gzipped on its own, as each is its own
 * request. Lazily loaded chunks
 * (`import("./…")`: languages, details, filters, density, story) are not counted.
 * Used by `npm run size` and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

export interface ElementSize {
	/** Bytes of citeline.js and its static chunks, raw and gzipped (-9). */
	raw: number;
	gzipped: number;
	/** The static chunks, as citeline.js names them ("./citeline-context-<hash>.js"). */
	statics: string[];
}

/** Throws when `file` cannot be read. */
export function elementSize(file: string): ElementSize {
	const dir = dirname(resolve(file));
	let raw = 0;
	let gzipped = 0;
	const statics: string[] = [];
	// Followed transitively: a static chunk may itself import another one before anything runs.
	const pending = [file];
	const seen = new Set<string>();
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const path = next === file ? file : join(dir, next);
		if (seen.has(path)) continue;
		seen.add(path);
		if (next !== file) statics.push(next);
		const bytes = readFileSync(path);
		raw += bytes.length;
		gzipped += gzipSync(bytes, { level: 9 }).length;
		for (const m of bytes.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/citeline-[^"]+\.js)"/g)) pending.push(m[1] as string);
	}
	return { raw, gzipped, statics };
}
