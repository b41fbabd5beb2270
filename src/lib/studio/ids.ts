/**
 * Ids for what the studio creates: a slug from the title (or a fallback word), unique in its
 * list. The format wants slugs; the title itself is kept in its own field.
 */
import { slugify } from '../interop/import/slug';

/** "Bridge closed!" → "bridge-closed", or "bridge-closed-2" when that is taken; "" → "event-1". */
export function uniqueId(text: string, fallback: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const base = slugify(text);
	if (base !== '' && !used.has(base)) return base;
	const root = base === '' ? fallback : base;
	for (let n = base === '' ? 1 : 2; ; n++) {
		const id = `${root}-${n}`;
		if (!used.has(id)) return id;
	}
}
