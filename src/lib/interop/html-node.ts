/**
 * The HTML cleaner for Node (the import CLI and tests): DOMPurify over a jsdom window.
 * The browser builds its own with htmlCleaner(window); this file must not reach the client bundle.
 */
import { createRequire } from 'node:module';
import type { JSDOM as JsDom } from 'jsdom';
import { htmlCleaner } from './html';
import type { HtmlCleaner } from './import/types';

let cleaner: HtmlCleaner | undefined;

/**
 * One cleaner per process: a jsdom window is costly to make, and jsdom itself to load (more
 * than a second), so both wait for the first text that needs cleaning: a plain CSV import
 * has none.
 */
export function nodeHtmlCleaner(): HtmlCleaner {
	let real: HtmlCleaner | undefined;
	const load = () => {
		if (real === undefined) {
			const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: typeof JsDom };
			real = htmlCleaner(new JSDOM('').window as unknown as Window);
		}
		return real;
	};
	cleaner ??= {
		sanitize: (html) => load().sanitize(html),
		sanitizeReporting: (html) => load().sanitizeReporting(html),
		toText: (html) => load().toText(html)
	};
	return cleaner;
}
