import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered: the site is plain files that any static host can serve.
		// CITELINE_BUILD_DIR: another output folder than build/ (the benchmark builds its own site).
		adapter: adapter({ pages: process.env.CITELINE_BUILD_DIR || 'build', assets: process.env.CITELINE_BUILD_DIR || 'build', strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Where the site will live, e.g. https://timelines.example.org: share cards and
			// canonical links need absolute URLs. Without it they are written root-relative.
			origin: process.env.CITELINE_ORIGIN || 'http://sveltekit-prerender'
		}
	}
};

export default config;
