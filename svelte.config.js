import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hashes of src/app.html's own inline scripts (the theme, set before the first paint):
 * SvelteKit hashes the scripts it writes, not the template's. Computed from the file, so an
 * edit of the script cannot leave a stale hash behind (and a page without it would still
 * work, unthemed until hydration, rather than break).
 */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const appScriptHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body ?? '').digest('base64')}`)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page's CSS is inlined into it, in one <style>: a first load waited for about 20
		// stylesheet files (one per component with styles) before it could lay the page out, six at
		// a time over HTTP/1.1, and the start script waits for them too. Inlined,
		// the explorer's first view came about 0.1 s sooner at 100,000 events (docs/benchmark.md);
		// a page costs about 5 kB more, gzipped. SvelteKit keeps disabled <link>s to the files for
		// client-side navigation, which loads nothing until a navigation needs it.
		inlineStyleThreshold: Infinity,
		// Every page is prerendered: the site is plain files that any static host can serve.
		// CITELINE_BUILD_DIR: another output folder than build/ (the benchmark builds its own site).
		// fallback: build/404.html, which static hosts (Netlify, Cloudflare Pages, GitHub Pages)
		// serve for an address they have no file for. It is a shell that draws the error page
		// (src/routes/+error.svelte) in the browser, with its words in English for a browser
		// without JavaScript (scripts/vite/static-not-found.ts); every real page stays prerendered.
		adapter: adapter({
			pages: process.env.CITELINE_BUILD_DIR || 'build',
			assets: process.env.CITELINE_BUILD_DIR || 'build',
			fallback: '404.html',
			strict: true
		}),
		prerender: {
			// Every page comes from its route's `entries` (each dynamic route lists its own), not
			// from following links: the crawl read every page's HTML again for links, about 13 s
			// of a 100,000-event build's 60 (docs/benchmark.md). A page's internal links are made
			// by our code, never by a timeline's data (its HTML keeps only http(s) and mailto
			// links), so tests/e2e/links.spec.ts checks them, and every #id they name, on the
			// built site instead. A page that fails to render still fails the build.
			crawl: false,
			handleHttpError: 'fail',
			// Where the site will live, e.g. https://timelines.example.org: share cards and
			// canonical links need absolute URLs. Without it they are written root-relative.
			origin: process.env.CITELINE_ORIGIN || 'http://sveltekit-prerender'
		},
		// The content policy of every page. Prerendered, it is a <meta http-equiv> in the page
		// with the hashes of that page's inline scripts (SvelteKit's start script, the theme
		// script); what a <meta> cannot carry (frame-ancestors) and what holds for every file is
		// in static/_headers (src/lib/embed/headers.ts in dev and preview). No inline script runs
		// without its hash. Styles allow 'unsafe-inline': Svelte writes style attributes
		// (style:--citeline-accent, positions) and the template has one; scripts never do.
		// See docs/embedding.md, "Headers and content policy".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScriptHashes],
				'style-src': ['self', 'unsafe-inline'],
				// data: and blob: for the PNG export, which draws an SVG picture through an <img>.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The Embed dialog's live preview frames /embed/ from the same site.
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
