/**
 * Every link of the built site leads somewhere: each page and file that a page links to
 * exists, and so does each #id a link names. SvelteKit's prerender used to check this on every
 * build by following the links of every page; that crawl is off (svelte.config.js: it read
 * every page again, seconds at 100,000 events). A page's internal links come from our code,
 * never from a timeline's data, so following them across the built call timeline checks them.
 * Links out of the site (the sources' originals) are not fetched: the tests run without a network.
 */
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';

const SLUG = '2025-03-18-putin-trump-call';

test('every internal link, and every #id it names, resolves on the built site', async ({ baseURL, request }) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
	const result = await new LinkChecker().check({
		path: `${origin}/`,
		recurse: true,
		// /t/<slug> is a page (t/<slug>.html), not a folder: its relative links resolve from /t/.
		cleanUrls: true,
		concurrency: 4,
		timeout: 20_000,
		linksToSkip: async (link) => new URL(link, origin).origin !== origin
	});
	const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status ?? '?'} ${link.url} (linked from ${link.parent ?? '?'})`);
	expect(broken).toEqual([]);

	const reached = [...new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname))];
	// It followed the links into every kind of page of the timeline, not just the home page's.
	expect(reached).toEqual(expect.arrayContaining([`/t/${SLUG}`, `/t/${SLUG}/story`, `/t/${SLUG}/compare`]));
	expect(reached.some((path) => path.startsWith(`/t/${SLUG}/sources/`))).toBe(true);

	// The #ids: linkinator checks a fragment only if it meets it before the page it names, so
	// every page's links to an #id are checked here, against the ids of the page they name.
	const pages = reached.filter((path) => !/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? ''));
	const html = new Map<string, string>();
	const htmlOf = async (path: string) => {
		if (!html.has(path)) html.set(path, await (await request.get(`${origin}${path}`)).text());
		return html.get(path) as string;
	};
	const missing: string[] = [];
	let named = 0;
	for (const path of pages) {
		for (const [, href] of (await htmlOf(path)).matchAll(/\shref="([^"]*#[^"]+)"/g)) {
			const target = new URL((href as string).replaceAll('&amp;', '&'), `${origin}${path}`);
			if (target.origin !== origin) continue;
			named++;
			const id = decodeURIComponent(target.hash.slice(1));
			if (!(await htmlOf(target.pathname)).includes(` id="${id}"`)) missing.push(`#${id} on ${target.pathname} (linked from ${path})`);
		}
	}
	expect(missing).toEqual([]);
	expect(named, 'links to an #id checked').toBeGreaterThan(10);
});
