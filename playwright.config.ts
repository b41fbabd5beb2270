/**
 * Browser tests run against the BUILT site (the same prerendered files a static host serves),
 * in the system Chromium: Playwright's own browser download is not needed.
 * `npm run test:browser` first runs scripts/ensure-chromium.mjs to find or install it.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const CI = !!process.env.CI;
/**
 * The tests of scale (tests/large/) build a second site, of a generated 100,000-event
 * timeline, before the main one (the two builds share .svelte-kit/, so never at once).
 * CITELINE_LARGE=0 leaves it out, for a quick run of other specs while working.
 */
const LARGE = process.env.CITELINE_LARGE !== '0';
const LARGE_PORT = 4175;
const PORT = 4173;
const HOST_PORT = 4174;
/** Same search order as scripts/ensure-chromium.mjs. */
const CHROMIUM =
	process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests',
	// Playwright matches these against absolute paths: anchored at tests/, so that a checkout in
	// a folder named embed or e2e does not pick up the Vitest specs.
	testMatch: ['**/tests/e2e/**/*.spec.ts', '**/tests/embed/**/*.spec.ts', ...(LARGE ? ['**/tests/large/**/*.spec.ts'] : [])],
	fullyParallel: true,
	workers: 2,
	retries: CI ? 1 : 0,
	forbidOnly: CI,
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		headless: true,
		timezoneId: 'UTC',
		locale: 'en-GB',
		launchOptions: {
			executablePath: CHROMIUM,
			// Without the networking flags Chromium hangs on a closed network.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			// Share cards need absolute URLs: build them for the address the tests serve from.
			command: `${LARGE ? 'npx tsx scripts/large-site.ts && ' : ''}CITELINE_ORIGIN=http://localhost:${PORT} npm run build && npx vite preview --port ${PORT} --strictPort`,
			url: `http://localhost:${PORT}`,
			reuseExistingServer: !CI,
			// A cold build on 2 cores takes well under a minute, the 100,000-event site a few; leave room for slow machines.
			timeout: LARGE ? 900_000 : 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			// A second origin that embeds the widget, as a news site would (tests/embed/).
			command: `node tests/embed/serve-host.mjs ${HOST_PORT}`,
			url: `http://localhost:${HOST_PORT}`,
			reuseExistingServer: !CI,
			timeout: 20_000
		},
		...(LARGE
			? [
					{
						// The 100,000-event site (tests/large/): answers once the first server's command has built it.
						command: `node tests/large/serve.mjs .large/site ${LARGE_PORT}`,
						url: `http://localhost:${LARGE_PORT}/t/large`,
						reuseExistingServer: !CI,
						timeout: 900_000
					}
				]
			: [])
	]
});
