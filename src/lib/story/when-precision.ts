/**
 * The precision an event's date is told with: of the date itself, or of the range's (or the
 * bound's) first known date; undefined when the date names none (an open range).
 */
import type { Precision, When } from '../model/dates';

export function whenPrecision(when: When): Precision | undefined {
	switch (when.kind) {
		case 'point':
			return when.date.precision;
		case 'bounded':
			return (when.notBefore ?? when.notAfter)?.precision;
		case 'range':
			if (when.start.kind === 'date') return when.start.date.precision;
			return when.end.kind === 'date' ? when.end.date.precision : undefined;
	}
}
