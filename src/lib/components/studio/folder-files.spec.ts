import { describe, expect, it } from 'vitest';
import { addEvent, addSource, newDraft, updateTimeline } from '$lib/studio/draft';
import { draftFiles } from '$lib/studio/serialize';
import { readFolder, saveToFolder, type DirectoryHandle } from './folder-files';

/** A folder in memory with the File System Access API's shape: what Chromium hands the studio. */
function memoryFolder(name: string, files: Map<string, string>, prefix = ''): DirectoryHandle {
	return {
		name,
		async getDirectoryHandle(child, options) {
			const path = `${prefix}${child}/`;
			if (!options?.create && ![...files.keys()].some((k) => k.startsWith(path))) throw new DOMException('not found', 'NotFoundError');
			return memoryFolder(child, files, path);
		},
		async getFileHandle(child, options) {
			const path = `${prefix}${child}`;
			if (!files.has(path) && !options?.create) throw new DOMException('not found', 'NotFoundError');
			return {
				getFile: async () => new File([files.get(path) ?? ''], child),
				createWritable: async () => {
					let text = '';
					return { write: async (data: string) => void (text += data), close: async () => void files.set(path, text) };
				}
			};
		}
	};
}

function sample() {
	const s = addSource(updateTimeline({ ...newDraft(), slug: 'harbour' }, { title: 'T', summary: 'S' }), { text: 'Line one.\nLine “two”.', title: 'Src', publisher: null });
	return addEvent(s.draft, { title: 'E', when: '2025' }, { source: s.id, start: 10, end: 21 }).draft;
}

describe('a timeline folder through the File System Access API', () => {
	it('saves a new timeline as <slug>/ in the folder of timelines, and reads it back as it was', async () => {
		const files = new Map<string, string>();
		const draft = sample();
		const target = await saveToFolder(draft, await memoryFolder('timelines', files).getDirectoryHandle('harbour', { create: true }));
		expect(target.name).toBe('harbour');
		expect(files).toEqual(new Map(draftFiles(draft).map((f) => [`harbour/${f.path}`, f.text])));

		const { opened } = await readFolder(target);
		// The same files again (empty lists, left out when saved, come back as absent).
		expect(opened.ok && draftFiles(opened.draft)).toEqual(draftFiles(draft));
		expect(opened.ok && opened.draft.archives).toEqual(draft.archives);
	});

	it('says why a folder without timeline.json is not opened', async () => {
		const { opened } = await readFolder(memoryFolder('notes', new Map([['timeline.yaml', 'format: 1']])));
		expect(opened).toEqual({ ok: false, reason: 'notes has a YAML timeline: the studio opens timeline.json only' });
	});

	it('reads no archive path that could leave the folder', async () => {
		const timeline = JSON.stringify({ ...sample().timeline, sources: [{ id: 'x', title: 'X', publisher: null, archive: '../secret.txt' }] });
		const files = new Map([['timeline.json', timeline], ['../secret.txt', 'secret']]);
		const { opened } = await readFolder(memoryFolder('harbour', files));
		expect(opened.ok && opened.draft.archives).toEqual({});
	});
});
