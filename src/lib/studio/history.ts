/**
 * Undo and redo over immutable snapshots. Typing in a field records one step per pause rather
 * than one per key: a change with the same `key` as the step before, within `mergeWithinMs`,
 * replaces that step instead of adding one.
 */

export interface History<T> {
	past: readonly T[];
	present: T;
	future: readonly T[];
	/** The key and time of the last recorded step, to merge keystrokes into one step. */
	last?: { key: string; atMs: number };
}

export const MAX_STEPS = 300;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

export interface RecordOptions {
	/** Changes with the same key in quick succession are one step (e.g. "event:closure:title"). */
	key?: string;
	nowMs?: number;
	mergeWithinMs?: number;
	/** Part of the step before, whatever its key and age (e.g. the id an event takes from its new title). */
	mergeWithPrevious?: boolean;
}

export function record<T>(history: History<T>, next: T, options: RecordOptions = {}): History<T> {
	if (next === history.present) return history;
	const nowMs = options.nowMs ?? Date.now();
	const merge =
		(options.mergeWithPrevious === true && history.past.length > 0) ||
		(options.key !== undefined &&
		history.last?.key === options.key &&
		nowMs - history.last.atMs <= (options.mergeWithinMs ?? 1000) &&
		history.past.length > 0);
	const last = options.key === undefined ? (options.mergeWithPrevious ? history.last : undefined) : { key: options.key, atMs: nowMs };
	if (merge) return { past: history.past, present: next, future: [], last };
	return { past: [...history.past, history.present].slice(-MAX_STEPS), present: next, future: [], last };
}

export function undo<T>(history: History<T>): History<T> {
	const previous = history.past[history.past.length - 1];
	if (history.past.length === 0) return history;
	return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	const [next, ...rest] = history.future;
	return { past: [...history.past, history.present], present: next as T, future: rest };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;
