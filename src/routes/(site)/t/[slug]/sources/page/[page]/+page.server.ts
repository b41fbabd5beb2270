import { timelineEntries } from '$lib/server/entries';
import { sourcePageCount } from '$lib/server/source-pages';
import type { EntryGenerator } from './$types';

// Every timeline has its page 1, as it has list page 1, though the explorer links to the
// pages only when it does not list the sources itself. The page's data comes from its
// universal load (+page.ts), not from a server load: see $lib/plain/plain-pages.ts.
export const entries: EntryGenerator = () =>
	timelineEntries().flatMap(({ slug, sourceIds }) => Array.from({ length: sourcePageCount(sourceIds.length) }, (_, i) => ({ slug, page: String(i + 1) })));
