import { timelineEntries } from '$lib/server/entries';
import type { EntryGenerator } from './$types';

// The page's data comes from its universal load (+page.ts), not from a server load: see
// $lib/plain/plain-pages.ts.
export const entries: EntryGenerator = () =>
	timelineEntries().flatMap(({ slug, listPageCount }) => Array.from({ length: listPageCount }, (_, i) => ({ slug, page: String(i + 1) })));
