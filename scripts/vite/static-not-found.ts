import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { enSite } from '../../src/lib/i18n/messages/site/en.ts';

/**
 * build/404.html, which a static host serves for any address it has no file for, is SvelteKit's
 * fallback: a shell whose script draws the site's error page (src/routes/+error.svelte) in the
 * reader's language. Without JavaScript it was a blank page. This plugin writes the error page's
 * words into it, after the adapter has written it, in a <noscript>: in English, as a page
 * without script cannot choose, and hidden from every browser that runs the script.
 */
export function staticNotFound(file: string): Plugin {
	return {
		name: 'citeline-static-not-found',
		apply: 'build',
		closeBundle: {
			// After SvelteKit's own closeBundle, which runs the adapter (this plugin comes after it).
			order: 'post',
			sequential: true,
			handler() {
				if (this.environment.name !== 'ssr') return;
				if (!existsSync(file)) {
					this.warn(`${file} was not written by the adapter: no page without JavaScript for unknown addresses`);
					return;
				}
				const html = readFileSync(file, 'utf8');
				const words = notFoundWithoutScript();
				if (html.includes(words)) return;
				const body = /<body[^>]*>/.exec(html);
				if (!body) this.error(`${file} has no <body>`);
				const at = body.index + body[0].length;
				writeFileSync(file, html.slice(0, at) + `\n\t\t${words}` + html.slice(at));
			}
		}
	};
}

/** The error page's 404 as plain HTML, styled by the page's inlined base styles. */
function notFoundWithoutScript(): string {
	const t = enSite;
	return (
		`<noscript><main style="max-width: 40rem; margin: 2rem auto; padding: 0 1rem">` +
		`<p>${text(t.errorCode)} 404</p><h1>${text(t.notFoundTitle)}</h1><p>${text(t.notFoundText)}</p>` +
		`<p><a href="/">${text(t.backHome)}</a></p></main></noscript>`
	);
}

function text(words: string): string {
	return words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
