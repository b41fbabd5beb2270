/**
 * What the web component costs a reader before it draws: citeline.js and the chunks it
 * imports statically (a shared chunk the bundler splits off when a lazily loaded chunk needs
 * the same code), each gzipped on its own, as each is its own request. Lazily loaded chunks
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
	const bytes = readFileSync(file);
	const statics = [...new Set([...bytes.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/citeline-[^"]+\.js)"/g)].map((m) => m[1] as string))];
	let raw = bytes.length;
	let gzipped = gzipSync(bytes, { level: 9 }).length;
	for (const chunk of statics) {
		const code = readFileSync(join(dirname(resolve(file)), chunk));
		raw += code.length;
		gzipped += gzipSync(code, { level: 9 }).length;
	}
	return { raw, gzipped, statics };
}
