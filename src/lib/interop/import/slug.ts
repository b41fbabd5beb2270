/**
 * Ids for imported things: slugs made from whatever the original called them, unique
 * within their collection. The original text is kept elsewhere (title, externalId,
 * externalGroup); this only makes ids the format accepts.
 */

const MAX_SLUG_LENGTH = 60;

/** "Ada Lovelace!" → "ada-lovelace"; "Rózsa Péter" → "rozsa-peter"; text with no letters or digits → "". */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX_SLUG_LENGTH) return slug;
	// Cut at a word boundary, so that an id does not end in half a word.
	const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * Hands out ids unique within one collection: the first "ada" stays "ada", the next is
 * "ada-2", then "ada-3". An empty base becomes the fallback ("event" → "event", "event-2").
 */
export function uniqueSlugs(): (base: string, fallback: string) => string {
	const taken = new Set<string>();
	return (base, fallback) => {
		const root = base === '' ? fallback : base;
		let id = root;
		for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
		taken.add(id);
		return id;
	};
}
