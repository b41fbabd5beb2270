import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { parseWhen } from '../model/dates';
import type { Era } from '../model/timeline';
import { eraBands, fitLabel } from './eras';

const era = (id: string, title: string, edtf: string): Era => {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.message);
	return { id, title, when: parsed.when };
};

const ERAS = [era('early', 'Early years', '0600/0650'), era('late', 'Late years', '0651/0700'), era('after', 'Afterwards', '0800/0900')];
/** 600 to 700 over 1000 px: 10 px a year. */
const scale = timeScale([Date.UTC(600, 0, 1), Date.UTC(700, 0, 1)], [0, 1000]);

describe('eraBands', () => {
	it('gives the eras in view with their extent, and none out of view', () => {
		const bands = eraBands(ERAS, scale, 1000);
		expect(bands.map((b) => b.id)).toEqual(['early', 'late']);
		expect(bands[0]?.x0).toBeCloseTo(0, 0);
		expect(bands[1]?.x0).toBeCloseTo(510, -1);
		expect(bands.map((b) => b.label)).toEqual(['Early years', 'Late years']);
	});

	it('pins the label of an era that began before the view to the left edge', () => {
		const later = timeScale([Date.UTC(625, 0, 1), Date.UTC(675, 0, 1)], [0, 1000]);
		const [early] = eraBands(ERAS, later, 1000);
		expect(early?.x0).toBeLessThan(0);
		expect(early?.labelX).toBe(6);
	});

	it('shortens a label to the room its band has', () => {
		const narrow = timeScale([Date.UTC(600, 0, 1), Date.UTC(1600, 0, 1)], [0, 1000]);
		const bands = eraBands(ERAS, narrow, 1000);
		for (const band of bands) expect(band.label === '' || band.label.endsWith('…') || band.label === band.title).toBe(true);
		expect(bands.find((b) => b.id === 'early')?.label).not.toBe('Early years');
	});
});

describe('fitLabel', () => {
	it('keeps text that fits and cuts text that does not', () => {
		expect(fitLabel('Era', 200)).toBe('Era');
		expect(fitLabel('The Seventh Century of the Common Era', 100)).toMatch(/^The .*…$/);
		expect(fitLabel('Anything', 5)).toBe('');
	});
});
