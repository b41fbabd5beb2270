/**
 * The shipped dataset, read from disk through the same code the build uses: it must validate,
 * and the events the sources report must be there with the dates and statuses they support.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../server/timelines';
import { formatIssue } from './validate';
import { accountOf, type Citation, type Timeline, type TimelineEvent } from './timeline';

const SLUG = '2025-03-18-putin-trump-call';
const FOLDER = fileURLToPath(new URL(`../../../data/timelines/${SLUG}`, import.meta.url));

let timeline: Timeline;
let archives: Map<string, string>;

beforeAll(() => {
	const result = validateFolder(FOLDER, SLUG);
	if (!result.ok) throw new Error(`the shipped dataset does not validate:\n${result.issues.map(formatIssue).join('\n')}`);
	timeline = result.timeline;
	archives = result.archives;
});

function eventById(id: string): TimelineEvent {
	const found = timeline.events.find((e) => e.id === id);
	if (!found) throw new Error(`no event "${id}" in the dataset`);
	return found;
}

function quotes(event: TimelineEvent): string {
	return event.citations.map((c) => c.quote).join('\n');
}

function dayOf(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The day a point or range starts on, with the precision of that date. */
function startOf(event: TimelineEvent): { day: string; precision: string } {
	const { when } = event;
	const date = when.kind === 'point' ? when.date : when.kind === 'range' && when.start.kind === 'date' ? when.start.date : undefined;
	if (!date) throw new Error(`${event.id} has no start date`);
	return { day: dayOf(date.earliestMs), precision: date.precision };
}

describe('the shipped dataset', () => {
	it('validates with no issues', () => {
		const result = validateFolder(FOLDER, SLUG);
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
	});

	it('is strict, and every event carries at least one verified quote', () => {
		expect(timeline.strict).toBe(true);
		expect(timeline.unsourced).toBe(false);
		const unverified = timeline.events.filter((e) => !e.citations.some((c) => c.verification.state === 'verified')).map((e) => e.id);
		expect(unverified).toEqual([]);
	});

	it('verifies every quote at offsets that hold it in the archive', () => {
		const all: Citation[] = [...timeline.events.flatMap((e) => e.citations), ...timeline.discrepancies.flatMap((d) => d.claims)];
		for (const citation of all) {
			const v = citation.verification;
			expect(v.state, citation.quote).toBe('verified');
			if (v.state !== 'verified') continue;
			const passage = archives.get(citation.source)?.slice(v.start, v.end) ?? '';
			// Folding aside (curly quotes, dashes, whitespace), the passage is the quote.
			const plain = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();
			expect(plain(passage)).toBe(plain(citation.quote));
		}
	});

	it('has the phone call on 18 March 2025, to the day, as happened', () => {
		const call = eventById('phone-call');
		expect(call.when.kind).toBe('point');
		expect(startOf(call)).toEqual({ day: '2025-03-18', precision: 'day' });
		expect(call.status).toBe('happened');
		expect(call.citations.some((c) => c.quote.includes('over two hours'))).toBe(true);
		expect(call.actors).toEqual(['putin', 'trump']);
	});

	it('has the ceasefire proposal and the conditions set for it', () => {
		const proposal = eventById('ceasefire-proposal');
		expect(proposal.status).toBe('proposed');
		expect(quotes(proposal)).toContain('30-day ceasefire');

		const conditions = eventById('ceasefire-conditions');
		expect(conditions.status).toBe('stated');
		const said = quotes(conditions);
		for (const word of ['intelligence', 'front line', 'control mechanisms to ensure compliance']) expect(said).toContain(word);
		// Mobilization and rearmament are not folded in here: the sources disagree on what they are a condition of.
		expect(said).not.toContain('mobilization');
		expect(conditions.related).toContainEqual({ event: 'ceasefire-proposal', relation: 'responds-to', direction: 'out' });
		expect(proposal.related).toContainEqual({ event: 'ceasefire-conditions', relation: 'responds-to', direction: 'in' });
	});

	it('keeps the disagreement over mobilization and rearmament: a ceasefire precondition in one source, a requirement of negotiations in the other', () => {
		const demand = eventById('mobilization-rearmament-demand');
		expect(demand.status).toBe('stated');
		expect(demand.parent).toBe('phone-call');
		expect(quotes(demand)).toContain('essential preconditions for an effective ceasefire');
		expect(quotes(demand)).toContain('successful and lasting negotiations would require');
		const discrepancy = timeline.discrepancies.find((d) => d.id === 'mobilization-condition');
		expect(discrepancy?.events).toEqual(['mobilization-rearmament-demand']);
		expect(discrepancy?.claims.map((c) => c.source).sort()).toEqual(['unattributed-report', 'weekly-blitz']);
		expect(demand.discrepancies).toContain('mobilization-condition');
	});

	it('models each side\'s position: Russia\'s "root causes" condition and Ukraine\'s territorial integrity', () => {
		const rootCauses = eventById('root-causes-condition');
		expect(rootCauses.status).toBe('stated');
		expect(quotes(rootCauses)).toContain('addressing the root causes of the crisis');

		const ukraine = eventById('ukraine-territorial-integrity');
		expect(ukraine.actors).toEqual(['ukraine']);
		expect(ukraine.status).toBe('stated');
		expect(quotes(ukraine)).toContain('has repeatedly emphasized the importance of maintaining territorial integrity');
		// The article gives no date for the statements; it was written on or after the call.
		if (ukraine.when.kind !== 'bounded') throw new Error(`ukraine-territorial-integrity is ${ukraine.when.kind}, not bounded`);
		expect(ukraine.when.notBefore && dayOf(ukraine.when.notBefore.earliestMs)).toBe('2025-03-18');
		expect(ukraine.citations.map((c) => c.account)).toEqual(['reporter']);
	});

	it('cites, for each event, the passages that show what it says', () => {
		for (const citation of eventById('black-sea-talks').citations) expect(citation.quote).toContain('Black Sea');
		expect(quotes(eventById('kursk-encircled-troops'))).toContain('the concerns raised by Trump regarding the welfare of encircled Ukrainian servicemen');
		expect(quotes(eventById('kursk-surrender-guarantee'))).toContain('if they surrendered in the Kursk region');
		expect(quotes(eventById('phone-call'))).toContain('The Kremlin press service reported');
		expect(quotes(eventById('expert-groups'))).toContain('a resolution of the Ukrainian conflict through bilateral negotiations');
	});

	it('words events no further than their quotes', () => {
		const handover = eventById('wounded-soldiers-handover');
		expect(handover.summary).not.toMatch(/Putin/);
		expect(handover.actors).toEqual(['russia']);
		expect(eventById('nhl-khl-hockey').summary).not.toMatch(/North American|Russian/);
		expect(eventById('prisoner-exchange').whenNote).not.toMatch(/the sources/i);
		expect(eventById('prisoner-exchange').whenNote).toMatch(/Weekly Blitz/);
		expect(eventById('ceasefire-proposal').whenNote).toMatch(/Neither source says when the proposal was first made/);
	});

	it('dates the sources only as their texts allow, and states no fact from outside the archive', () => {
		const blitz = timeline.sources.find((s) => s.id === 'weekly-blitz');
		expect(blitz?.published?.edtf).toBe('[2025-03-18..]');
		const notes = timeline.sources.flatMap((s) => s.notes).join('\n');
		expect(notes).not.toMatch(/republished|22 March/i);
	});

	it('says whose account every quote relays, and that it has no US or Ukrainian account', () => {
		const sources = new Map(timeline.sources.map((s) => [s.id, s]));
		const all = [...timeline.events.flatMap((e) => e.citations), ...timeline.discrepancies.flatMap((d) => d.claims)];
		const unattributed = all.filter((c) => accountOf(c, sources.get(c.source)) === undefined).map((c) => c.quote);
		expect(unattributed).toEqual([]);
		expect(timeline.sources.map((s) => s.account)).toEqual(['kremlin', 'kremlin']);
		expect(timeline.missingAccounts?.map((m) => m.actor)).toEqual(['united-states', 'ukraine']);
		expect(timeline.summary).toContain("the Kremlin's account");
	});

	it('has the pause on energy strikes as a range from 18 March, agreed', () => {
		const pause = eventById('energy-strike-pause');
		expect(pause.when.kind).toBe('range');
		expect(startOf(pause)).toEqual({ day: '2025-03-18', precision: 'day' });
		expect(pause.status).toBe('agreed');
		// 30 days from the order: the end is marked approximate.
		if (pause.when.kind === 'range' && pause.when.end.kind === 'date') {
			expect(dayOf(pause.when.end.date.earliestMs)).toBe('2025-04-17');
			expect(pause.when.end.date.approximate).toBe(true);
		} else {
			throw new Error('the pause should have an end date');
		}
	});

	it('has the prisoner exchange on 19 March, 175 for 175', () => {
		const exchange = eventById('prisoner-exchange');
		expect(exchange.when.kind).toBe('point');
		expect(startOf(exchange)).toEqual({ day: '2025-03-19', precision: 'day' });
		expect(quotes(exchange)).toContain('175');
	});

	it('has the handover of 23 severely wounded soldiers', () => {
		expect(quotes(eventById('wounded-soldiers-handover'))).toContain('23 severely wounded');
	});

	it('has the Black Sea talks as on or after 18 March, with no end or exact date', () => {
		const talks = eventById('black-sea-talks');
		const { when } = talks;
		if (when.kind !== 'bounded') throw new Error(`black-sea-talks is ${when.kind}, not bounded`);
		expect(when.notAfter).toBeNull();
		expect(when.notBefore && dayOf(when.notBefore.earliestMs)).toBe('2025-03-18');
		expect(when.latestMs).toBe(Infinity);
	});

	it('has the joint UN vote as on or before 18 March', () => {
		const { when } = eventById('un-joint-vote');
		if (when.kind !== 'bounded') throw new Error(`un-joint-vote is ${when.kind}, not bounded`);
		expect(when.notBefore).toBeNull();
		expect(when.notAfter && dayOf(when.notAfter.earliestMs)).toBe('2025-03-18');
		expect(when.earliestMs).toBe(-Infinity);
	});

	it.each(['expert-groups', 'kursk-surrender-guarantee', 'nhl-khl-hockey', 'middle-east-non-proliferation'])('has the event %s', (id) => {
		expect(eventById(id).citations.length).toBeGreaterThan(0);
	});

	it('records that one source calls Trump "former President"', () => {
		const discrepancy = timeline.discrepancies.find((d) => d.id === 'trump-title');
		expect(discrepancy).toBeDefined();
		expect(discrepancy?.claims.some((c) => c.source === 'unattributed-report' && c.quote.includes('former President'))).toBe(true);
		expect(eventById('phone-call').discrepancies).toContain('trump-title');
	});

	it('cites nothing from the page furniture of the Weekly Blitz article', () => {
		const archive = archives.get('weekly-blitz') ?? '';
		const furnitureStart = archive.indexOf('Please follow Blitz');
		expect(furnitureStart).toBeGreaterThan(0);
		const source = timeline.sources.find((s) => s.id === 'weekly-blitz');
		expect(source?.furniture).toHaveLength(5);
		for (const span of source?.furniture ?? []) expect(span.start).toBeGreaterThanOrEqual(furnitureStart);

		const cited = [...timeline.events.flatMap((e) => e.citations), ...timeline.discrepancies.flatMap((d) => d.claims)].filter((c) => c.source === 'weekly-blitz');
		expect(cited.length).toBeGreaterThan(0);
		for (const citation of cited) {
			const v = citation.verification;
			if (v.state !== 'verified') throw new Error(`not verified: ${citation.quote}`);
			expect(v.end, citation.quote).toBeLessThanOrEqual(furnitureStart);
		}
	});

	it('names no publisher for the unattributed report', () => {
		const source = timeline.sources.find((s) => s.id === 'unattributed-report');
		expect(source).toMatchObject({ publisher: null, title: null });
		expect(source?.url).toBeUndefined();
	});

	it('orders the call before its topics, all on 18 March', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(ids.indexOf('phone-call')).toBeLessThan(ids.indexOf('ceasefire-proposal'));
		expect(ids.indexOf('phone-call')).toBeLessThan(ids.indexOf('expert-groups'));
		// Every other event sorts on 18 March (bounded dates by their one known bound); the exchange is on the 19th.
		expect(ids.indexOf('prisoner-exchange')).toBe(ids.length - 1);
		expect(eventById('phone-call').children).toContain('ceasefire-conditions');
	});
});
