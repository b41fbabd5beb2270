/**
 * The timeline folder as a zip, for browsers that cannot write a folder: <slug>/timeline.json
 * and <slug>/sources/*.txt, UTF-8, ready to unpack into data/timelines/.
 */
import { strToU8, unzipSync, zipSync, strFromU8, type Zippable } from 'fflate';
import type { Draft } from './draft';
import { draftFiles } from './serialize';

export function zipDraft(draft: Draft, modifiedAt = new Date()): Uint8Array {
	const entries: Zippable = {};
	for (const file of draftFiles(draft)) entries[`${draft.slug}/${file.path}`] = [strToU8(file.text), { mtime: modifiedAt }];
	return zipSync(entries, { level: 6 });
}

/** The files of a zip as text, by path (for tests and for opening a saved zip). */
export function unzipText(bytes: Uint8Array): Map<string, string> {
	const files = unzipSync(bytes);
	return new Map(Object.entries(files).filter(([path]) => !path.endsWith('/')).map(([path, data]) => [path, strFromU8(data)]));
}
