/**
 * Validation of a draft with the validator the build runs (src/lib/model/validate.ts), over
 * the exact text the studio would save: what passes here passes `npm run validate`.
 */
import { validateTimeline, type EntityKind, type ValidationIssue, type ValidationResult } from '../model/validate';
import type { Draft } from './draft';
import { TIMELINE_FILE, timelineFileText } from './serialize';

export function validateDraft(draft: Draft): ValidationResult {
	return validateTimeline({
		slug: draft.slug,
		file: TIMELINE_FILE,
		text: timelineFileText(draft),
		format: 'json',
		readArchive: (path) => draft.archives[path]
	});
}

/** Where a problem is, for the editor to go to: the element (event, source…) and the field's first part ("when", "citations"). */
export interface IssueTarget {
	kind: EntityKind;
	id?: string;
	/** The top-level field of the element, e.g. "citations" for "citations[1].quote"; "" for the element itself. */
	field: string;
	/** The index within that field's list, e.g. 1 for "citations[1].quote". */
	item?: number;
}

export function issueTarget(issue: ValidationIssue, draft: Draft): IssueTarget {
	const [, field = '', item] = /^([A-Za-z$]*)(?:\[(\d+)\])?/.exec(issue.field) ?? [];
	let id = issue.entity.id;
	// An element without a (valid) id is named by its position.
	if (id === undefined && issue.entity.index !== undefined) {
		const list = { event: draft.timeline.events, source: draft.timeline.sources, discrepancy: draft.timeline.discrepancies }[issue.entity.kind as string];
		id = (list as { id: string }[] | undefined)?.[issue.entity.index]?.id;
	}
	return { kind: issue.entity.kind, id, field, item: item === undefined ? undefined : Number(item) };
}

/** A problem as a person reads it in the studio: the element and field, then the message, with no file position. */
export function issueLabel(issue: ValidationIssue): string {
	const who = issue.entity.kind === 'timeline' ? 'timeline' : `${issue.entity.kind} "${issue.entity.id ?? `#${(issue.entity.index ?? 0) + 1}`}"`;
	return `${who}${issue.field === '' ? '' : ` › ${issue.field}`}`;
}
