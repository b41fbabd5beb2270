/**
 * The divisions of a year EDTF writes as a "month" of 21–41 (`2025-21` is spring 2025), and
 * the months each one covers.
 *
 * The `edtf` package reads 21–24 as the four quarters (spring 2025 would be January–March) and
 * its quadrimesters overlap, so Citeline keeps its own table. Seasons are meteorological, whole
 * months: spring March–May, summer June–August, autumn September–November, winter December to
 * February, so the winter of 2025 ends in February 2026. The location-independent codes 21–24
 * are read as the seasons of the northern hemisphere, like 25–28; a source from the southern
 * hemisphere is written with 29–32 (spring there is September–November).
 */
import { utcInstant } from './utc-instant';

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';

export interface YearDivision {
	/** The first month, 0 for January. */
	firstMonth: number;
	months: number;
	/** Set for the seasons (21–32), which have a name in words. */
	season?: SeasonName;
	hemisphere?: 'northern' | 'southern';
}

const spring = { firstMonth: 2, months: 3, season: 'spring' } as const;
const summer = { firstMonth: 5, months: 3, season: 'summer' } as const;
const autumn = { firstMonth: 8, months: 3, season: 'autumn' } as const;
const winter = { firstMonth: 11, months: 3, season: 'winter' } as const;
const northern = { hemisphere: 'northern' } as const;
const southern = { hemisphere: 'southern' } as const;

/** EDTF (ISO 8601-2) codes 21–41. */
export const YEAR_DIVISIONS: Readonly<Record<number, YearDivision>> = {
	21: spring,
	22: summer,
	23: autumn,
	24: winter,
	25: { ...spring, ...northern },
	26: { ...summer, ...northern },
	27: { ...autumn, ...northern },
	28: { ...winter, ...northern },
	29: { ...autumn, season: 'spring', ...southern },
	30: { ...winter, season: 'summer', ...southern },
	31: { ...spring, season: 'autumn', ...southern },
	32: { ...summer, season: 'winter', ...southern },
	// Quarters, quadrimesters (four months) and semesters.
	33: { firstMonth: 0, months: 3 },
	34: { firstMonth: 3, months: 3 },
	35: { firstMonth: 6, months: 3 },
	36: { firstMonth: 9, months: 3 },
	37: { firstMonth: 0, months: 4 },
	38: { firstMonth: 4, months: 4 },
	39: { firstMonth: 8, months: 4 },
	40: { firstMonth: 0, months: 6 },
	41: { firstMonth: 6, months: 6 }
};

/** The first and last millisecond of division `code` of `year` (astronomical); undefined for an unknown code. */
export function yearDivisionExtent(year: number, code: number): { earliestMs: number; latestMs: number } | undefined {
	const division = YEAR_DIVISIONS[code];
	if (!division) return undefined;
	return {
		earliestMs: utcInstant(year, division.firstMonth, 1),
		// Month 12 and beyond roll over into the next year: winter ends in February.
		latestMs: utcInstant(year, division.firstMonth + division.months, 1) - 1
	};
}
