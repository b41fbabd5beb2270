/**
 * A draft as files, and files as a draft: timeline.json and sources/*.txt, in the documented
 * format (docs/data-format.md), as `npm run validate` and the build read them.
 *
 * Writing leaves out optional text fields that are empty (an empty summary box means "no
 * summary", which the format says by leaving the field out) and archives no source names.
 * Required fields are written as they are, empty or not, so that validation reports them.
 * Quotes and archives are written exactly as they are in the draft.
 */
import type { EventInput, TimelineInput } from '../model/schema';
import { archiveText, type Draft } from './draft';

export const TIMELINE_FILE = 'timeline.json';

export interface DraftFile {
	/** Path inside the timeline folder, e.g. "timeline.json", "sources/gazette.txt". */
	path: string;
	text: string;
}

/** The timeline file's text: tab-indented JSON, as `npm run import` writes it. */
export function timelineFileText(draft: Draft): string {
	return JSON.stringify(timelineToWrite(draft.timeline), null, '\t') + '\n';
}

/** Every file of the timeline folder: the timeline file and the archive of every source that has one. */
export function draftFiles(draft: Draft): DraftFile[] {
	const archives = (draft.timeline.sources ?? []).flatMap((s) => {
		const text = s.archive === undefined ? undefined : draft.archives[s.archive];
		return s.archive !== undefined && text !== undefined ? [{ path: s.archive, text }] : [];
	});
	return [{ path: TIMELINE_FILE, text: timelineFileText(draft) }, ...archives];
}

function timelineToWrite(timeline: TimelineInput): TimelineInput {
	const out: TimelineInput = {
		...timeline,
		sources: timeline.sources?.map((s) => withoutBlank(s, ['url', 'published'])),
		events: timeline.events.map((e) => {
			const event = withoutBlank(e, ['summary', 'whenNote', 'parent']) as EventInput;
			if (event.citations) event.citations = event.citations.map((c) => withoutBlank(c, ['note']));
			for (const key of ['actors', 'related'] as const) if (event[key]?.length === 0) delete event[key];
			return event;
		}),
		discrepancies: timeline.discrepancies?.map((d) => {
			const discrepancy = { ...d };
			if (discrepancy.events?.length === 0) delete discrepancy.events;
			return discrepancy;
		})
	};
	for (const key of ['actors', 'sources', 'discrepancies'] as const) if (out[key]?.length === 0) delete out[key];
	return out;
}

function withoutBlank<T extends object>(value: T, keys: readonly string[]): T {
	const copy = { ...value } as Record<string, unknown>;
	for (const key of keys) if (typeof copy[key] === 'string' && (copy[key] as string).trim() === '') delete copy[key];
	return copy as T;
}

export type OpenedDraft = { ok: true; draft: Draft; notes: string[] } | { ok: false; reason: string };

/**
 * A draft from a timeline folder's files. `readArchive` gives an archive's text (already
 * decoded) or why it could not be read. An archive that is missing or unreadable does not stop
 * the timeline from opening: it is listed in `notes`, and validation reports its quotes.
 */
export function openDraft(
	slug: string,
	timelineText: string,
	readArchive: (path: string) => string | undefined | { problem: string }
): OpenedDraft {
	let data: unknown;
	try {
		data = JSON.parse(timelineText);
	} catch (error) {
		return { ok: false, reason: `timeline.json is not valid JSON: ${(error as Error).message}` };
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { ok: false, reason: 'timeline.json does not hold a timeline (an object with "format", "title", "events"…)' };
	}
	const raw = data as Partial<TimelineInput>;
	if (!Array.isArray(raw.events) || !Array.isArray(raw.categories)) {
		return { ok: false, reason: 'timeline.json has no "events" or no "categories" list: is it a Citeline timeline?' };
	}
	const archives: Record<string, string> = {};
	const notes: string[] = [];
	for (const source of Array.isArray(raw.sources) ? raw.sources : []) {
		if (typeof source?.archive !== 'string') continue;
		const read = readArchive(source.archive);
		if (typeof read === 'string') archives[source.archive] = archiveText(read);
		else if (read === undefined) notes.push(`${source.archive} (source "${source.id}") was not found: its quotes cannot be verified until it is added`);
		else notes.push(`${source.archive} (source "${source.id}"): ${read.problem}`);
	}
	return { ok: true, draft: { slug, timeline: data as TimelineInput, archives }, notes };
}
