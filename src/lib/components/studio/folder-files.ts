/**
 * Reading and writing a timeline folder from the browser: the File System Access API where
 * the browser has it (Chromium), otherwise files chosen by hand and a zip to download.
 * Bytes are decoded as every Citeline file is (UTF-8, or UTF-16 with a byte-order mark).
 */
import { decodeText } from '$lib/model/decode-text';
import type { Draft } from '$lib/studio/draft';
import { draftFiles, openDraft, TIMELINE_FILE, type OpenedDraft } from '$lib/studio/serialize';
import { zipDraft } from '$lib/studio/zip';

/** The parts of the File System Access API the studio uses (not yet in TypeScript's DOM types). */
interface DirectoryHandle {
	readonly name: string;
	getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
	getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
}
interface FileHandle {
	getFile(): Promise<File>;
	createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type PickDirectory = (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

export type { DirectoryHandle };

export function canPickFolders(): boolean {
	return typeof window !== 'undefined' && 'showDirectoryPicker' in window;
}

function picker(): PickDirectory {
	return (window as unknown as { showDirectoryPicker: PickDirectory }).showDirectoryPicker.bind(window);
}

async function readText(file: File): Promise<string | { problem: string }> {
	const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
	return decoded.ok ? decoded.text : { problem: `${file.name} is ${decoded.message}` };
}

async function fileAt(folder: DirectoryHandle, path: string): Promise<File | undefined> {
	const parts = path.split('/');
	let dir = folder;
	try {
		for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
		return await (await dir.getFileHandle(parts[parts.length - 1] as string)).getFile();
	} catch {
		return undefined;
	}
}

/** Opens a timeline folder picked by the user. */
export async function openFolder(): Promise<{ opened: OpenedDraft; folder?: DirectoryHandle }> {
	return readFolder(await picker()({ mode: 'readwrite', id: 'citeline-timeline' }));
}

/** Reads a timeline folder: its timeline.json and the archives it names, nothing else. */
export async function readFolder(folder: DirectoryHandle): Promise<{ opened: OpenedDraft; folder?: DirectoryHandle }> {
	const file = await fileAt(folder, TIMELINE_FILE);
	if (!file) {
		const yaml = (await fileAt(folder, 'timeline.yaml')) ?? (await fileAt(folder, 'timeline.yml'));
		return {
			opened: { ok: false, reason: yaml ? `${folder.name} has a YAML timeline: the studio opens timeline.json only` : `${folder.name} has no timeline.json: choose a timeline's folder` }
		};
	}
	const text = await readText(file);
	if (typeof text !== 'string') return { opened: { ok: false, reason: text.problem } };
	// Read every archive the timeline names before opening it (openDraft is synchronous).
	const archives = new Map<string, string | { problem: string }>();
	const names = ((): string[] => {
		try {
			const sources = (JSON.parse(text) as { sources?: { archive?: unknown }[] }).sources;
			return Array.isArray(sources) ? sources.flatMap((s) => (typeof s?.archive === 'string' ? [s.archive] : [])) : [];
		} catch {
			return [];
		}
	})();
	for (const path of names) {
		// Only paths the format allows: nothing outside the folder.
		if (!/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.txt$/.test(path)) continue;
		const archive = await fileAt(folder, path);
		if (archive) archives.set(path, await readText(archive));
	}
	return { opened: openDraft(folder.name, text, (path) => archives.get(path)), folder };
}

/** Opens timeline.json and its archives chosen as files; archives are matched by file name. */
export async function openFiles(files: File[]): Promise<OpenedDraft> {
	const timeline = files.find((f) => f.name === TIMELINE_FILE) ?? files.find((f) => /\.json$/i.test(f.name));
	if (!timeline) return { ok: false, reason: 'choose the timeline.json file (and the source .txt files it names)' };
	const text = await readText(timeline);
	if (typeof text !== 'string') return { ok: false, reason: text.problem };
	const byName = new Map<string, string | { problem: string }>();
	for (const file of files) if (file !== timeline) byName.set(file.name, await readText(file));
	return openDraft('new-timeline', text, (path) => byName.get(path.split('/').pop() ?? path));
}

/**
 * Saves the draft into a folder: the timeline folder itself when it was opened from one,
 * else a folder named after the slug inside the folder the user picks (data/timelines).
 */
export async function saveToFolder(draft: Draft, folder?: DirectoryHandle): Promise<DirectoryHandle> {
	const target = folder ?? (await (await picker()({ mode: 'readwrite', id: 'citeline-timelines' })).getDirectoryHandle(draft.slug, { create: true }));
	for (const file of draftFiles(draft)) {
		const parts = file.path.split('/');
		let dir = target;
		for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
		const writable = await (await dir.getFileHandle(parts[parts.length - 1] as string, { create: true })).createWritable();
		await writable.write(file.text);
		await writable.close();
	}
	return target;
}

/** Downloads the folder as <slug>.zip. */
export function downloadZip(draft: Draft): void {
	const bytes = zipDraft(draft);
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `${draft.slug || 'timeline'}.zip`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
