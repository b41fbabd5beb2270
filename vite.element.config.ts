/**
 * Builds the web component <citeline-timeline> (src/lib/embed/element.svelte) into one
 * self-contained ES module, build/citeline.js: the Svelte runtime, d3, date-fns and every
 * component's CSS inlined. Ukrainian and Russian are small chunks beside it
 * (build/citeline-uk-<hash>.js), imported relative to citeline.js when a reader needs them. Runs after the SvelteKit build (`npm run build`) and adds its one
 * file to build/ without emptying it.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const ELEMENT = fileURLToPath(new URL('./src/lib/embed/element.svelte', import.meta.url));

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
			if (!options.dir || !existsSync(previewDir)) return;
			for (const file of Object.keys(bundle)) copyFileSync(join(options.dir, file), join(previewDir, file));
		}
	};
}

/**
 * date-fns locales carry parsing (`match`) and relative-time words (`formatDistance`,
 * `formatRelative`) that Citeline never uses; `format` needs only `localize` and
 * `formatLong`. In the widget, each locale we import is replaced by the same object without
 * the unused parts: about 3 kB gzipped per language. The locale's own source is read and
 * trimmed, so its words and options stay date-fns's. tests/embed/ check the dates the widget
 * writes in every language.
 */
function slimDateLocales(): Plugin {
	const PREFIX = '\0citeline-slim-locale:';
	const UNUSED = ['formatDistance', 'formatRelative', 'match'];
	return {
		name: 'citeline-slim-date-locales',
		enforce: 'pre',
		resolveId(id, importer) {
			// Our imports (date-fns/locale/uk), and date-fns's own default locale (../locale/en-US.js).
			const name = /^date-fns\/locale\/([\w-]+)$/.exec(id)?.[1] ?? (importer?.includes('/date-fns/') ? /(?:^|\/)locale\/([\w-]+)\.js$/.exec(id)?.[1] : undefined);
			return name ? PREFIX + name : undefined;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return undefined;
			const name = id.slice(PREFIX.length);
			const file = fileURLToPath(new URL(`./node_modules/date-fns/locale/${name}.js`, import.meta.url));
			const dir = fileURLToPath(new URL('./node_modules/date-fns/locale/', import.meta.url));
			let code = readFileSync(file, 'utf8');
			for (const part of UNUSED) {
				code = code.replace(new RegExp(`^import \\{ ${part} \\} from .*$`, 'm'), '').replace(new RegExp(`^\\s*${part}: ${part},$`, 'm'), '');
			}
			if (UNUSED.some((part) => new RegExp(`\\b${part}\\b`).test(code))) throw new Error(`slimDateLocales: date-fns/locale/${name} has changed shape; update vite.element.config.ts`);
			// Relative imports ("./ru/_lib/localize.js") resolve from the locale's folder.
			return code.replace(/from "\.\//g, `from "${dir}`);
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
			compilerOptions: { runes: true, css: 'injected' },
			// Only the wrapper is a custom element; Timeline and its parts stay ordinary components.
			dynamicCompileOptions: ({ filename }) => (filename === ELEMENT ? { customElement: true } : undefined)
		})
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
				minify: true,
				comments: { annotation: false, jsdoc: false, legal: true }
			}
		}
	}
});
