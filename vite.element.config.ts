/**
 * Builds the web component <citeline-timeline> (src/lib/embed/citeline-element.svelte.ts) into one
 * self-contained ES module, build/citeline.js: the Svelte runtime, d3, date-fns and every
 * component's CSS inlined. Ukrainian and Russian are small chunks beside it
 * (build/citeline-uk-<hash>.js), imported relative to citeline.js when a reader needs them. Runs after the SvelteKit build (`npm run build`) and adds its one
 * file to build/ without emptying it.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifySvelteCss } from './scripts/vite/minify-svelte-css.ts';
import { slimDateLocales } from './scripts/vite/slim-date-locales.ts';

/**
 * `vite preview` serves SvelteKit's output (.svelte-kit/output/client and the prerendered
 * pages), not build/: a copy there lets the preview serve /citeline.js as a host would.
 */
function copyForPreview(): Plugin {
	return {
		name: 'citeline-copy-for-preview',
		apply: 'build',
		writeBundle(options, bundle) {
			const previewDir = fileURLToPath(new URL('./.svelte-kit/output/client', import.meta.url));
			// Only the site's own build: a build elsewhere (--outDir /tmp/…, to measure) must not
			// replace the citeline.js a running preview serves beside chunks of another build.
			const siteBuild = fileURLToPath(new URL('./build', import.meta.url));
			if (!options.dir || resolve(options.dir) !== siteBuild || !existsSync(previewDir)) return;
			for (const file of Object.keys(bundle)) copyFileSync(join(options.dir, file), join(previewDir, file));
		}
	};
}

export default defineConfig({
	// Not the site's static/ folder: SvelteKit has already copied it into build/.
	publicDir: false,
	plugins: [
		slimDateLocales(),
		copyForPreview(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// Styles go into the shadow root as JS strings (a document stylesheet could not reach it).
			// No component is compiled as a custom element: src/lib/embed/citeline-element.svelte.ts
			// defines <citeline-timeline> around element.svelte.
			compilerOptions: { runes: true, css: 'injected' }
		}),
		minifySvelteCss()
	],
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	build: {
		outDir: 'build',
		emptyOutDir: false,
		copyPublicDir: false,
		target: 'es2022',
		sourcemap: false,
		lib: {
			entry: fileURLToPath(new URL('./src/lib/embed/element.ts', import.meta.url)),
			formats: ['es'],
			fileName: () => 'citeline.js'
		},
		rolldownOptions: {
			// Code that citeline.js and a lazily loaded chunk share (the story imports <Timeline>)
			// stays in citeline.js, which a host page loads anyway and imports nothing from: not in
			// a third file of its own, which would cost a request and compress worse.
			preserveEntrySignatures: 'allow-extension',
			output: {
				// One file for the widget, plus one per extra language, loaded only by readers who
				// need it (src/lib/i18n/load-language.ts); fully minified (Vite leaves whitespace in
				// ES libraries by default).
				chunkFileNames: 'citeline-[name]-[hash].js',
				// Everything the first view runs is in citeline.js itself. Left alone, rolldown
				// splits what the lazily loaded chunks share with it (Svelte's runtime, the English
				// words, date formatting) into chunks citeline.js imports at once: three more
				// requests, each compressed on its own, and an import list of every binding
				// between them (~1.3 kB gzipped in all).
				codeSplitting: { groups: [{ name: 'citeline', tags: ['$initial'] }] },
				minify: true,
				comments: { annotation: false, jsdoc: false, legal: true }
			}
		}
	}
});
