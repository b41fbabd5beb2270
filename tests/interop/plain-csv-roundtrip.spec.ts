/**
 * Citeline → plain CSV → Citeline on the shipped call timeline: every event comes back with
 * its date (EDTF and precision), title, summary, lane, status, sources and quotes.
 *
 * What does not come back, by design of the layout: the quotes were verified against the
 * archived texts, and a CSV carries no archive, so they come back unverified; the untitled
 * source, which has neither a title nor a link, comes back named "Untitled report (<id>)"
 * with a problem saying so. Whose account each quote relays comes back by actor name (a
 * source's own account is written on each of its quotes). Actors (but for those names),
 * links between events, discrepancies, notes and the accounts the timeline lacks have no
 * column (docs/csv.md).
 */
import { describe, expect, it } from 'vitest';
import { toPlainCsv } from '../../src/lib/interop/export/csv';
import { validatedTimeline } from '../../src/lib/interop/export/testing';
import { nodeHtmlCleaner } from '../../src/lib/interop/html-node';
import { importPlainCsv } from '../../src/lib/interop/import/plain-csv';
import { accountOf, type Timeline } from '../../src/lib/model/timeline';
import { formatIssue, validateTimeline } from '../../src/lib/model/validate';
import { validateFolder } from '../../src/lib/server/timelines';

const SLUG = '2025-03-18-putin-trump-call';
const original = validateFolder(`data/timelines/${SLUG}`, SLUG);
if (!original.ok) throw new Error('the shipped timeline must validate');
const timeline = original.timeline;

const csv = toPlainCsv(timeline);
const imported = importPlainCsv(csv, `${SLUG}.csv`, nodeHtmlCleaner());
if (!imported.ok) throw new Error(`the exported CSV must import: ${imported.reason}`);
const checked = validateTimeline({ slug: SLUG, file: `${SLUG}.json`, text: JSON.stringify(imported.timeline), format: 'json', readArchive: () => undefined });
if (!checked.ok) throw new Error(`the imported timeline must validate:\n${checked.issues.map(formatIssue).join('\n')}`);
const back = checked.timeline;

/** Sources by what a reader sees of them; the untitled one by the id it keeps. */
function sourceName(t: Timeline, id: string): string {
	const source = t.sources.find((s) => s.id === id);
	return source?.title === null || source?.title?.startsWith('Untitled report (') ? `untitled ${source.id}` : `${source?.title}`;
}

describe('Citeline → plain CSV → Citeline (the call timeline)', () => {
	it('keeps every event, in the same order', () => {
		expect(back.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id));
	});

	it.each(timeline.events.map((e) => [e.id, e] as const))('keeps %s: date, precision, title, summary, lane, status', (id, event) => {
		const again = back.events.find((e) => e.id === id);
		expect(again?.when).toEqual(event.when);
		expect(again?.title).toBe(event.title);
		expect(again?.summary).toBe(event.summary);
		expect(again?.status).toBe(event.status);
		const lane = (t: Timeline, category: string | undefined) => t.categories.find((c) => c.id === category)?.label;
		expect(lane(back, again?.category)).toBe(lane(timeline, event.category));
	});

	it('keeps every quote with its source; verified quotes come back unverified (a CSV has no archive)', () => {
		const quotes = (t: Timeline) => t.events.flatMap((e) => e.citations.map((c) => [e.id, sourceName(t, c.source), c.quote]));
		expect(quotes(back)).toEqual(quotes(timeline));
		expect(timeline.events.flatMap((e) => e.citations).every((c) => c.verification.state === 'verified')).toBe(true);
		expect(back.events.flatMap((e) => e.citations).every((c) => c.verification.state === 'unverified')).toBe(true);
	});

	it('keeps whose account each quote relays, by actor name or as the reporter', () => {
		const accounts = (t: Timeline) => {
			const sources = new Map(t.sources.map((s) => [s.id, s]));
			const names = new Map(t.actors.map((a) => [a.id, a.name]));
			return t.events.flatMap((e) => e.citations.map((c) => {
				const account = accountOf(c, sources.get(c.source));
				return account === 'reporter' ? account : names.get(account ?? '');
			}));
		};
		expect(accounts(timeline)).toContain('the Kremlin');
		expect(accounts(timeline)).toContain('reporter');
		expect(accounts(back)).toEqual(accounts(timeline));
	});

	it('says that the untitled, unlinked source could not come back untitled', () => {
		expect(imported.problems.map((p) => [p.field, p.reason])).toEqual([['source', expect.stringMatching(/"\(untitled: unattributed-report\)" is a source with no title and no link/)]]);
	});

	it('keeps the lanes, in the order the events first use them', () => {
		expect(new Set(back.categories.map((c) => c.label))).toEqual(new Set(timeline.categories.map((c) => c.label)));
	});
});

describe('Citeline → plain CSV → Citeline: text that looks like markup', () => {
	const marked = validatedTimeline({
		title: 'Markup',
		summary: 'Text that looks like HTML.',
		unsourced: true,
		categories: [{ id: 'tags-x-y', label: 'Tags & x < y' }],
		sources: [{ id: 'spec', title: 'HTML <br> & entities', publisher: null, url: 'https://example.org/spec' }],
		events: [
			{
				id: 'less-than',
				title: 'When x<y and <b> is a tag',
				summary: 'if a<b and c>d… AT&T &amp; co',
				when: '2025-03-18',
				status: 'stated',
				category: 'tags-x-y',
				citations: [
					{ source: 'spec', quote: 'the <br> tag and x<y' },
					{ source: 'spec', quote: '<br>' }
				]
			}
		]
	});
	const result = importPlainCsv(toPlainCsv(marked), 'markup.csv', nodeHtmlCleaner());
	if (!result.ok) throw new Error(result.reason);

	it('keeps the event, its title, summary, lane, source title and quotes exactly', () => {
		// A lane's name may not hold tags (the format's rule); "x < y" is text to a browser.
		expect(result.problems).toEqual([]);
		expect(result.timeline.events).toEqual([
			{
				id: 'less-than',
				title: 'When x<y and <b> is a tag',
				summary: 'if a<b and c>d… AT&T &amp; co',
				when: '2025-03-18',
				status: 'stated',
				category: 'tags-x-y',
				citations: [
					{ source: 'html-br-entities', quote: 'the <br> tag and x<y' },
					{ source: 'html-br-entities', quote: '<br>' }
				]
			}
		]);
		expect(result.timeline.categories).toEqual([{ id: 'tags-x-y', label: 'Tags & x < y' }]);
		expect(result.timeline.sources).toEqual([{ id: 'html-br-entities', title: 'HTML <br> & entities', publisher: null, url: 'https://example.org/spec' }]);
	});
});
