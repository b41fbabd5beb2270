/**
 * What a key does on the timeline, apart from how it is done: the widget maps a keydown to
 * one of these commands and carries it out. Keeping the map pure lets it be read (and
 * tested) as the keyboard help describes it.
 *
 *   + / =        zoom in            - / _     zoom out         0      the whole timeline
 *   Home / End   first / last event
 *   ← / →        on an event: the previous / next event in time; elsewhere: pan
 *   ↑ / ↓        on an event: the previous / next event in time
 *   Escape       close the "+N more" list, else the open event
 */
export type TimelineCommand =
	| { kind: 'zoom'; factor: number }
	| { kind: 'home' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'step'; delta: 1 | -1 }
	| { kind: 'pan'; fraction: number }
	| { kind: 'escape' };

/** How far an arrow pans, as a share of the window. */
export const PAN_STEP = 0.2;

/** The command for `key`, where `onEvent` says whether the focus is on an event; undefined: not ours. */
export function timelineCommand(key: string, onEvent: boolean): TimelineCommand | undefined {
	switch (key) {
		case '+':
		case '=':
			return { kind: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 0.5 };
		case '0':
			return { kind: 'home' };
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'ArrowRight':
			return onEvent ? { kind: 'step', delta: 1 } : { kind: 'pan', fraction: PAN_STEP };
		case 'ArrowLeft':
			return onEvent ? { kind: 'step', delta: -1 } : { kind: 'pan', fraction: -PAN_STEP };
		case 'ArrowDown':
			return onEvent ? { kind: 'step', delta: 1 } : undefined;
		case 'ArrowUp':
			return onEvent ? { kind: 'step', delta: -1 } : undefined;
		case 'Escape':
			return { kind: 'escape' };
		default:
			return undefined;
	}
}
