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
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { provideListPages } from '$lib/server-rendered/list-page';
import { listPage } from '$lib/server/list-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';

export const init: ServerInit = () => provideListPages((slug, page) => listPage(loadTimelineOr404(slug).timeline, page, `/t/${slug}`));

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const jsonLd = event.locals.jsonLd;
			return jsonLd === undefined ? html : html.replace('</head>', `<script type="application/ld+json">${jsonLd}</script>\n\t</head>`);
		}
	});
