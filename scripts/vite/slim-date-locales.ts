import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * date-fns locales carry parsing (`match`) and relative-time words (`formatDistance`,
 * `formatRelative`) that Citeline never uses; `format` needs only `localize` and
 * `formatLong`. In the site's pages and the widget, each locale we import is replaced by the same
 * object without the unused parts: about 3 kB gzipped per language. The locale's own source is read and
 * trimmed, so its words and options stay date-fns's. tests/embed/ check the dates the widget
 * writes in every language.
 */
export function slimDateLocales(): Plugin {
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
			const file = fileURLToPath(new URL(`../../node_modules/date-fns/locale/${name}.js`, import.meta.url));
			const dir = fileURLToPath(new URL('../../node_modules/date-fns/locale/', import.meta.url));
			let code = readFileSync(file, 'utf8');
			for (const part of UNUSED) {
				code = code.replace(new RegExp(`^import \\{ ${part} \\} from .*$`, 'm'), '').replace(new RegExp(`^\\s*${part}: ${part},$`, 'm'), '');
			}
			if (UNUSED.some((part) => new RegExp(`\\b${part}\\b`).test(code))) throw new Error(`slimDateLocales: date-fns/locale/${name} has changed shape; update scripts/vite/slim-date-locales.ts`);
			// Relative imports ("./ru/_lib/localize.js") resolve from the locale's folder.
			return code.replace(/from "\.\//g, `from "${dir}`);
		}
	};
}
