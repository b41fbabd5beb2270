/**
 * Test helper for the exporters' specs: a small timeline file run through the real
 * validator, so that specs export exactly what the app would. Not used by the app.
 */
import type { TimelineInput } from '../../model/schema';
import type { Timeline } from '../../model/timeline';
import { formatIssue, validateTimeline } from '../../model/validate';

export function validatedTimeline(input: Omit<TimelineInput, 'format'>, archives: Record<string, string> = {}, slug = 'test'): Timeline {
	const result = validateTimeline({
		slug,
		file: `${slug}/timeline.json`,
		text: JSON.stringify({ format: 1, ...input }),
		format: 'json',
		readArchive: (path) => archives[path]
	});
	if (!result.ok) throw new Error(`test timeline is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
	return result.timeline;
}
