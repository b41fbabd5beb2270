import { describe, expect, it } from 'vitest';
import { markExtent } from '../layout/extent';
import { parseWhen, type When } from '../model/dates';
import { readerInMemory } from '../payload/memory';
import { datasetTimeline } from '../payload/testing';
import { MIN_WINDOW_MS, neighbourhoodOf, neighbourhoodWindow } from './neighbourhood';

const DAY_MS = 86_400_000;
const when = (edtf: string): When => {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.when;
};
const extents = (...edtf: string[]) => edtf.map((e) => markExtent(when(e)));
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('neighbourhoodWindow', () => {
	it('takes in the event and its neighbours, with a margin on each side', () => {
		const [from, to] = neighbourhoodWindow(extents('2025-03-10', '2025-03-18', '2025-03-25'), 1);
		expect(from).toBeLessThan(at('2025-03-10') + DAY_MS / 2);
		expect(to).toBeGreaterThan(at('2025-03-25') + DAY_MS / 2);
		// …but not the whole month around them.
		expect(to - from).toBeLessThan(30 * DAY_MS);
	});

	it('a long range next door counts by its marker, not its length', () => {
		const [from, to] = neighbourhoodWindow(extents('2025-03-18', '2025-03-18/2025-09-30'), 0);
		expect(to - from).toBeLessThan(5 * DAY_MS);
		expect(from).toBeLessThan(at('2025-03-18'));
	});

	it('the event itself is shown whole, however long', () => {
		const [from, to] = neighbourhoodWindow(extents('2025-03-18/2025-09-30', '2025-03-19'), 0);
		expect(from).toBeLessThan(at('2025-03-18'));
		expect(to).toBeGreaterThan(at('2025-09-30'));
	});

	it('never narrower than the view allows (an hour)', () => {
		const [from, to] = neighbourhoodWindow(extents('2025-03-18T10:00Z', '2025-03-18T10:00Z'), 1);
		expect(to - from).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
		expect(from).toBeLessThan(at('2025-03-18') + 10 * 3_600_000);
	});
});

describe('neighbourhoodOf', () => {
	it('for the call: the prisoner exchange (the last event) with the call day before it', async () => {
		const timeline = datasetTimeline();
		const order = timeline.events.findIndex((e) => e.id === 'prisoner-exchange');
		const [from, to] = await neighbourhoodOf(readerInMemory(timeline), order);
		expect(from).toBeLessThan(at('2025-03-19'));
		expect(to).toBeGreaterThan(at('2025-03-20'));
		expect(to - from).toBeLessThan(7 * DAY_MS);
	});
});
