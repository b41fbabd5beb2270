/**
 * Which pages other sites may frame, and which files they may fetch: /embed/* can sit in
 * any site's iframe; every other page only in Citeline's own; the timeline.json files and
 * the web component's scripts (citeline.js, its language chunks, citeline-host.js) can be
 * loaded from anywhere. `npm run dev` and `npm run preview`
 * send these (vite.config.ts); static/_headers says the same for Netlify / Cloudflare Pages.
 */
export function headersFor(path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	if (path.startsWith('/embed/')) {
		headers['Content-Security-Policy'] = 'frame-ancestors *';
	} else {
		headers['Content-Security-Policy'] = "frame-ancestors 'self'";
		headers['X-Frame-Options'] = 'SAMEORIGIN';
	}
	if (/^\/t\/[^/]+\/timeline\.json$/.test(path) || /^\/citeline(-[\w-]+)?\.js$/.test(path)) {
		headers['Access-Control-Allow-Origin'] = '*';
	}
	return headers;
}
