import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor, isHostConfiguration } from './src/lib/embed/headers.ts';
import { reloadOnDataChange } from './scripts/vite/reload-on-data-change.ts';
import { slimDateLocales } from './scripts/vite/slim-date-locales.ts';
import { staticNotFound } from './scripts/vite/static-not-found.ts';
import { validateBesideBuild } from './scripts/vite/validate-beside-build.ts';

/**
 * Sends the headers of static/_headers (framing, CORS, the page-independent part of the
 * content policy, nosniff…) in `npm run dev` and `npm run preview`, as the deployed site's
 * host would, and keeps _headers itself private: it is the host's configuration, not a file
 * of the site.
 */
function citelineHeaders(): Plugin {
	const middleware: Connect.NextHandleFunction = (req, res, next) => {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		if (isHostConfiguration(path)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
		// In dev SvelteKit sends the page's own policy (kit.csp) as a header too: keep both, as
		// two policies that a browser enforces together, as it does with _headers' header and the
		// prerendered page's <meta> policy.
		const setHeader = res.setHeader.bind(res);
		res.setHeader = (name, value) => {
			const earlier = name.toLowerCase() === 'content-security-policy' ? res.getHeader(name) : undefined;
			return setHeader(name, earlier === undefined ? value : [earlier, value].flat().map(String));
		};
		next();
	};
	return {
		name: 'citeline-headers',
		configureServer: (server) => void server.middlewares.use(middleware),
		configurePreviewServer: (server) => void server.middlewares.use(middleware)
	};
}

/**
 * Vite (and SvelteKit's plugin, which configures it) answers every request with
 * `Access-Control-Allow-Origin`; the deployed site opens only what _headers opens
 * (timeline.json, the web component's scripts), and so must dev and preview. Runs after
 * SvelteKit's plugin so that its CORS setting does not win.
 */
function noBlanketCors(): Plugin {
	return {
		name: 'citeline-no-blanket-cors',
		enforce: 'post',
		config: () => ({ server: { cors: false }, preview: { cors: false } })
	};
}

export default defineConfig({
	plugins: [
		slimDateLocales(),
		citelineHeaders(),
		validateBesideBuild(),
		reloadOnDataChange(),
		sveltekit(),
		noBlanketCors(),
		// The adapter's fallback page (svelte.config.js: the output folder, fallback: '404.html').
		staticNotFound(`${process.env.CITELINE_BUILD_DIR || 'build'}/404.html`)
	],
	environments: {
		// Two groups of modules every page with JavaScript runs, each one chunk rather than the
		// several that the bundler's split by importers gives, which compress worse and cost
		// requests: Svelte's and SvelteKit's runtimes (every page −0.7 kB and 3 files), and the
		// interface's words with what reads them (English for the widget and for the site, the
		// loaders of the other languages). The explorer's preloaded JavaScript: 89.6 kB in 34
		// files → 88.0 kB in 29.
		client: {
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'runtime', test: /node_modules\/(?:svelte|@sveltejs\/kit|esm-env|devalue|clsx)\// },
								{
									name: 'words',
									test: /src\/lib\/i18n\/(?:context|translator|site|load-language|grammar|locales)\.ts$|src\/lib\/i18n\/messages\/(?:en|site\/en)\.ts$|date-fns\/locale\/en-/
								}
							]
						}
					}
				}
			}
		}
	},
	test: {
		// Some specs validate generated timelines of thousands of events (seconds on a busy
		// 2-core machine): 5 s, Vitest's default, fails them for the machine's load, not the code.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'model', include: ['src/lib/model/**/*.spec.ts', 'src/lib/format/**/*.spec.ts'] }
			},
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'tests/build/**/*.spec.ts', 'tests/interop/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/lib/model/**', 'src/lib/format/**']
				}
			}
		]
	}
});
