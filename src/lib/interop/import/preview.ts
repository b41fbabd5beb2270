/**
 * What the browser's import page shows: the import (any format importTimelineFile reads),
 * then the same validation the build runs, so that an editor sees the timeline exactly as
 * Citeline will and gets the file to drop into data/timelines/<slug>/.
 *
 * Imported timelines have no archived sources, so nothing needs reading from disk; a source
 * that claims an archive fails validation here as it would in the build.
 */
import { formatIssue, validateTimeline } from '../../model/validate';
import type { Timeline } from '../../model/timeline';
import { importTimelineFile } from './detect';
import { slugify } from './slug';
import type { HtmlCleaner, ImportProblem } from './types';

export type ImportPreview =
	| {
			ok: true;
			/** e.g. "TimelineJS 3 JSON". */
			format: string;
			/** A folder name for data/timelines/, from the title. */
			slug: string;
			/** The validated timeline, to show. */
			timeline: Timeline;
			/** The timeline file to save, as the CLI writes it. */
			fileText: string;
			problems: ImportProblem[];
	  }
	| {
			ok: false;
			/** Why nothing can be used. */
			reason: string;
			problems: ImportProblem[];
			/** Validation messages, when the import produced a file the validator refuses. */
			issues: string[];
	  };

export function previewImport(text: string, fileName: string, cleaner: HtmlCleaner): ImportPreview {
	const imported = importTimelineFile(text, fileName, cleaner);
	if (!imported.ok) return { ok: false, reason: imported.reason, problems: imported.problems, issues: [] };

	const slug = slugify(imported.timeline.title) || 'imported-timeline';
	const fileText = JSON.stringify(imported.timeline, null, '\t') + '\n';
	const validation = validateTimeline({ slug, file: `data/timelines/${slug}/timeline.json`, text: fileText, format: 'json', readArchive: () => undefined });
	if (!validation.ok) {
		return {
			ok: false,
			reason: `${fileName} was read, but the timeline made from it does not validate`,
			problems: imported.problems,
			issues: validation.issues.map(formatIssue)
		};
	}
	return { ok: true, format: imported.format, slug, timeline: validation.timeline, fileText, problems: imported.problems };
}
