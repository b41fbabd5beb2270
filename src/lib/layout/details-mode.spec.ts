import { describe, expect, it } from 'vitest';
import { detailsModeFor } from './details-mode';

describe('detailsModeFor', () => {
	it('puts the panel beside the chart on a wide screen', () => {
		expect(detailsModeFor('panel', true, 1280)).toBe('panel');
		expect(detailsModeFor('overlay', false, 1280)).toBe('overlay');
	});

	it('uses a bottom sheet on phones and tablets where the page allows one', () => {
		expect(detailsModeFor('panel', true, 390)).toBe('sheet');
		expect(detailsModeFor('panel', true, 899)).toBe('sheet');
		expect(detailsModeFor('panel', true, 900)).toBe('panel');
	});

	it('lays the panel over a narrow widget without a sheet (an embed)', () => {
		expect(detailsModeFor('panel', false, 499)).toBe('overlay');
		expect(detailsModeFor('panel', false, 500)).toBe('panel');
	});

	it('shows nothing when details are off, and keeps the request until the width is known', () => {
		expect(detailsModeFor('none', true, 390)).toBe('none');
		expect(detailsModeFor('panel', true, 0)).toBe('panel');
	});
});
