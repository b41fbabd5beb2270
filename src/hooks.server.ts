/**
 * The server's hooks.
 *
 * `init` gives the pages of the list their events (see $lib/server-rendered/list-page.ts).
 *
 * `handle` puts a page's JSON-LD (schema.org, see src/lib/interop/schema-org.ts) into its <head> as a
 * `<script type="application/ld+json">` data block. Pages set it in their server load
 * (`locals.jsonLd`), so that it is written into the prerendered HTML once, for machines,
 * rather than carried in the page data too. A data block is never run, so the content policy
 * (script-src with hashes) neither needs nor checks a hash for it.
 *
 * `handleError` logs what went wrong, as SvelteKit does by default. In `npm run dev`, when an
 * edit under data/ broke a timeline, the error page shows validation's report (every problem,
 * with file, event and field) as well as the terminal: the author is looking at the page. A
 * reader never sees one: the build refuses invalid data before it renders any page.
 */
import { dev } from '$app/environment';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { provideListPages } from '$lib/server-rendered/list-page';
import { listPage } from '$lib/server/list-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import { INVALID_TIMELINE_DATA } from '$lib/server/timelines';

export const init: ServerInit = () => provideListPages((slug, page) => listPage(loadTimelineOr404(slug).timeline, page, `/t/${slug}`));

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const jsonLd = event.locals.jsonLd;
			return jsonLd === undefined ? html : html.replace('</head>', `<script type="application/ld+json">${jsonLd}</script>\n\t</head>`);
		}
	});

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, ...(status === 404 ? [] : [error]));
	const invalidData = dev && error instanceof Error && error.name === INVALID_TIMELINE_DATA;
	return invalidData ? { message, report: error.message } : { message };
};
