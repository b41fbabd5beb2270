import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
					include: ['src/**/*.spec.ts', 'tests/build/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/lib/model/**', 'src/lib/format/**']
				}
			}
		]
	}
});
