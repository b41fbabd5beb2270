import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * `vite build` validates the timelines (scripts/validate.ts, in a child process) while Vite
 * bundles the server code, and waits for it before SvelteKit's analysis, the first step that
 * reads them: the analysis and the prerender then read what validation left in its cache
 * (src/lib/server/validation-cache.ts). Validation used to run before the build, and both are
 * seconds at 100,000 events; a build has two cores and bundling keeps them busy only in bursts.
 *
 * The data folder is CITELINE_DATA's, as for the rest of the build. Validation's report
 * (every problem, with file, event and field) goes to the build's output as it is written; a
 * timeline with a problem fails the build before anything is prerendered.
 */
export function validateBesideBuild(): Plugin {
	let validation: Promise<string | undefined> | undefined;
	return {
		name: 'citeline-validate-beside-build',
		apply: 'build',
		buildStart() {
			// SvelteKit builds the server first and starts the client build from its writeBundle.
			if (this.environment.name === 'ssr') validation = validate(process.env.CITELINE_DATA);
		},
		writeBundle: {
			order: 'pre',
			sequential: true,
			async handler() {
				if (this.environment.name !== 'ssr' || validation === undefined) return;
				const failure = await validation;
				validation = undefined;
				if (failure !== undefined) this.error(failure);
			}
		}
	};
}

/** Resolves to undefined when every timeline is valid, else to the build's error message. */
function validate(dataDir: string | undefined): Promise<string | undefined> {
	const script = fileURLToPath(new URL('../validate.ts', import.meta.url));
	if (!existsSync(script)) return Promise.resolve(`Timeline data cannot be validated: ${script} is missing`);
	const args = ['--import', 'tsx', script, ...(dataDir ? [dataDir] : [])];
	return new Promise((done) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', (error) => done(`Timeline data could not be validated: ${error.message}`));
		child.on('exit', (code, signal) =>
			done(code === 0 ? undefined : `Timeline data is invalid: the build stops here (validation ${signal ? `was stopped by ${signal}` : `exited with ${code}`}; its report is above)`)
		);
	});
}
