// Type declarations for the parts of the `edtf` package that Citeline uses.
// The package ships no types; these cover only what src/lib/model/dates.ts reads.
declare module 'edtf' {
	/** Plain parse tree, as returned by `parse()`. */
	export interface EdtfNode {
		type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Interval' | 'Set' | 'List';
		level: number;
		values: Array<number | EdtfNode | null>;
		uncertain?: boolean | number;
		approximate?: boolean | number;
		unspecified?: number;
		offset?: number;
		timeZone?: string;
		earlier?: boolean;
		later?: boolean;
	}

	/** A parsed EDTF value with the instants it may denote (ms since the epoch, UTC). */
	export interface ExtDateTime {
		readonly type: EdtfNode['type'];
		readonly min: number;
		readonly max: number;
	}

	export function parse(input: string, constraints?: { level?: number; types?: string[] }): EdtfNode;
	/** A node from parse() is read as it is, without parsing the text again. */
	export default function edtf(input: string | EdtfNode): ExtDateTime;
}
