/**
 * The response headers Citeline's files need, by path, in the shape of static/_headers
 * (Netlify / Cloudflare Pages), which says the same for a deployed site: `npm run dev` and
 * `npm run preview` apply these rules (vite.config.ts), and headers.spec.ts reads _headers
 * and checks that the two agree rule for rule.
 *
 * - Framing: /embed/* may sit in any site's iframe; every other page only in Citeline's own.
 * - Fetching: the timeline.json files and the web component's scripts (citeline.js, its
 *   language chunks, citeline-host.js) can be loaded from any site; nothing else is opened
 *   to other origins.
 * - Content policy: the parts of the Content-Security-Policy that do not depend on the page
 *   (`frame-ancestors` can only be sent as a header). The script, style and other fetch
 *   directives, with the hashes of each page's inline scripts, are in the page itself, in the
 *   `<meta http-equiv>` SvelteKit writes from `kit.csp` (svelte.config.js); a browser
 *   enforces both policies.
 * - nosniff, a referrer policy and a permissions policy for everything.
 */

export interface HeaderRule {
	/** A path; `*` matches any characters, `/` included (as Cloudflare's splat). */
	path: string;
	/** Headers set by an earlier matching rule that this one removes first (`! Name`). */
	remove: string[];
	/** Headers this rule sets, in order. */
	set: [name: string, value: string][];
}

/** What every response's policy says whatever the page: no plugins, no <base> from elsewhere, forms post to Citeline only. */
const POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Features Citeline never uses, refused for its pages and anything they frame. */
const PERMISSIONS = 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

const OPEN_TO_ALL: HeaderRule['set'] = [['Access-Control-Allow-Origin', '*']];

export const HEADER_RULES: HeaderRule[] = [
	{
		path: '/*',
		remove: [],
		set: [
			['X-Frame-Options', 'SAMEORIGIN'],
			['Content-Security-Policy', `frame-ancestors 'self'; ${POLICY}`],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'strict-origin-when-cross-origin'],
			['Permissions-Policy', PERMISSIONS]
		]
	},
	{
		path: '/embed/*',
		remove: ['X-Frame-Options', 'Content-Security-Policy'],
		set: [['Content-Security-Policy', `frame-ancestors *; ${POLICY}`]]
	},
	{ path: '/t/*/timeline.json', remove: [], set: OPEN_TO_ALL },
	// The payload the web component reads part by part (manifest.json, marks-N.json, …).
	{ path: '/t/*/payload/*', remove: [], set: OPEN_TO_ALL },
	{ path: '/citeline.js', remove: [], set: OPEN_TO_ALL },
	// citeline-host.js, and the web component's language chunks (citeline-uk-<hash>.js).
	{ path: '/citeline-*', remove: [], set: OPEN_TO_ALL }
];

/** Whether a rule's path matches a request path (`*`: any characters). */
export function pathMatches(pattern: string, path: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers for one path: every matching rule in order, as Cloudflare Pages applies
 * _headers, so a mistake in the rules shows in dev as it would when deployed: a header set
 * again without `! Name` first is joined to the earlier value with a comma.
 */
export function headersFor(path: string, rules: HeaderRule[] = HEADER_RULES): Record<string, string> {
	const headers = new Map<string, [string, string]>();
	for (const rule of rules) {
		if (!pathMatches(rule.path, path)) continue;
		for (const name of rule.remove) headers.delete(name.toLowerCase());
		for (const [name, value] of rule.set) {
			const earlier = headers.get(name.toLowerCase());
			headers.set(name.toLowerCase(), [name, earlier ? `${earlier[1]}, ${value}` : value]);
		}
	}
	return Object.fromEntries(headers.values());
}

/** Paths the server must not serve although they are in build/: the hosts read _headers, it is not a page. */
export function isHostConfiguration(path: string): boolean {
	return path === '/_headers' || path === '/_redirects';
}
