/**
 * Where the timelines are: data/timelines, or the folder CITELINE_DATA names (the benchmark and
 * some tests build sites from folders of their own). A module of its own, without the model,
 * so that the dev server's configuration can know it too (scripts/vite/reload-on-data-change.ts).
 */
export const DEFAULT_DATA_DIR = 'data/timelines';

export function dataFolder(env: Record<string, string | undefined> = process.env): string {
	return env.CITELINE_DATA || DEFAULT_DATA_DIR;
}
