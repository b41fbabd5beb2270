import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { dataFolder } from '../../src/lib/server/data-folder.ts';

/** How long the dev server waits after a change for the rest of the same save. */
const SETTLE_MS = 150;

/**
 * `npm run dev` reads and validates the timelines once per server process
 * (src/lib/server/timelines.ts keeps them), so an author who edited a timeline.json or an
 * archived source saw nothing change until they restarted the server. This plugin watches the
 * data folder (CITELINE_DATA's, as for the build); on a change it drops the server's modules
 * that read timelines, so that the next request reads and validates the folder again, and
 * reloads the open pages, which then show the edit, or the validation's report of what is wrong.
 */
export function reloadOnDataChange(): Plugin {
	return {
		name: 'citeline-reload-on-data-change',
		apply: 'serve',
		configureServer(server) {
			const folder = resolve(dataFolder());
			const serverCode = resolve('src/lib/server') + sep;
			// Inside the project Vite watches it already; a CITELINE_DATA elsewhere it does not.
			server.watcher.add(folder);
			let pending: ReturnType<typeof setTimeout> | undefined;
			const changed = new Set<string>();
			server.watcher.on('all', (_event, path) => {
				const file = resolve(path);
				if (file !== folder && !file.startsWith(folder + sep)) return;
				const shown = relative(process.cwd(), file);
				changed.add(shown.startsWith('..') ? file : shown);
				// An editor's save is often several events (a temporary file, a rename): one reload for all.
				clearTimeout(pending);
				pending = setTimeout(() => {
					const graph = server.environments.ssr.moduleGraph;
					// Invalidating a module invalidates what imports it: every route that reads timelines.
					const seen = new Set<NonNullable<ReturnType<typeof graph.getModuleById>>>();
					for (const [id, mod] of graph.idToModuleMap) if (id.startsWith(serverCode)) graph.invalidateModule(mod, seen);
					server.config.logger.info(`timeline data changed (${[...changed].join(', ')}): reloading the pages`, { timestamp: true });
					changed.clear();
					server.ws.send({ type: 'full-reload' });
				}, SETTLE_MS);
			});
		}
	};
}
