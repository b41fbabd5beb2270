import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor } from './src/lib/embed/headers';

/** Sends the framing and CORS headers in `npm run dev` and `npm run preview`, as a host would. */
function citelineHeaders(): Plugin {
	const middleware: Connect.NextHandleFunction = (req, res, next) => {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
		next();
	};
	return {
		name: 'citeline-headers',
		configureServer: (server) => void server.middlewares.use(middleware),
		configurePreviewServer: (server) => void server.middlewares.use(middleware)
	};
}

export default defineConfig({
	plugins: [citelineHeaders(), sveltekit()],
	test: {
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
