/**
 * A timeline page's JSON-LD (see src/lib/interop/schema-org.ts), ready for its <head>
 * (hooks.server.ts): addresses are absolute when the build knows the site's origin
 * (CITELINE_ORIGIN), root-relative otherwise.
 */
import { jsonLdScriptText, timelineJsonLd } from '../interop/schema-org';
import type { Timeline } from '../model/timeline';

/** Prerendering without CITELINE_ORIGIN runs at this placeholder origin (svelte.config.js). */
const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

export function pageJsonLd(timeline: Timeline, url: URL, pagePath: string, order?: readonly string[]): string {
	const origin = url.origin === PLACEHOLDER_ORIGIN ? '' : url.origin;
	return jsonLdScriptText(timelineJsonLd(timeline, { origin, pagePath, ...(order ? { order } : {}) }));
}
