/**
 * The HTML cleaner for Node (the import CLI and tests): DOMPurify over a jsdom window.
 * The browser builds its own with htmlCleaner(window); this file must not reach the client bundle.
 */
import { JSDOM } from 'jsdom';
import { htmlCleaner } from './html';
import type { HtmlCleaner } from './import/types';

let cleaner: HtmlCleaner | undefined;

/** One cleaner per process: a jsdom window is costly to make. */
export function nodeHtmlCleaner(): HtmlCleaner {
	cleaner ??= htmlCleaner(new JSDOM('').window as unknown as Window);
	return cleaner;
}
