import { describe, expect, it } from 'vitest';
import { PAN_STEP, timelineCommand } from './timeline-keys';

describe('timelineCommand', () => {
	it('zooms in and out by a factor of two, and goes home with 0', () => {
		expect(timelineCommand('+', false)).toEqual({ kind: 'zoom', factor: 2 });
		expect(timelineCommand('=', true)).toEqual({ kind: 'zoom', factor: 2 });
		expect(timelineCommand('-', false)).toEqual({ kind: 'zoom', factor: 0.5 });
		expect(timelineCommand('_', false)).toEqual({ kind: 'zoom', factor: 0.5 });
		expect(timelineCommand('0', true)).toEqual({ kind: 'home' });
	});

	it('steps through events in time with the arrows when an event has the focus', () => {
		expect(timelineCommand('ArrowRight', true)).toEqual({ kind: 'step', delta: 1 });
		expect(timelineCommand('ArrowDown', true)).toEqual({ kind: 'step', delta: 1 });
		expect(timelineCommand('ArrowLeft', true)).toEqual({ kind: 'step', delta: -1 });
		expect(timelineCommand('ArrowUp', true)).toEqual({ kind: 'step', delta: -1 });
	});

	it('pans with left and right on the surface, and leaves up and down to the page', () => {
		expect(timelineCommand('ArrowRight', false)).toEqual({ kind: 'pan', fraction: PAN_STEP });
		expect(timelineCommand('ArrowLeft', false)).toEqual({ kind: 'pan', fraction: -PAN_STEP });
		expect(timelineCommand('ArrowUp', false)).toBeUndefined();
		expect(timelineCommand('ArrowDown', false)).toBeUndefined();
	});

	it('goes to the first and last events, and closes with Escape', () => {
		expect(timelineCommand('Home', false)).toEqual({ kind: 'first' });
		expect(timelineCommand('End', true)).toEqual({ kind: 'last' });
		expect(timelineCommand('Escape', true)).toEqual({ kind: 'escape' });
	});

	it('leaves every other key (Tab, Enter, letters) to the browser', () => {
		for (const key of ['Tab', 'Enter', ' ', 'a', 'PageDown']) expect(timelineCommand(key, true)).toBeUndefined();
	});
});
