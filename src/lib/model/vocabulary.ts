/**
 * The words of the format: event statuses and relations, with what each means.
 * Plain data, free of zod, so that the widgets can show them without shipping the schema.
 */

/** What the sources establish about an event; not what happened later. */
export const STATUSES = {
	happened: 'It took place, as the sources report it.',
	agreed: 'Both sides agreed to it; the sources do not report it carried out.',
	announced: 'One side said it would happen; the sources do not report that it did.',
	proposed: 'One side put it forward; the sources do not report it agreed.',
	stated: 'A position or condition that one side set out.',
	discussed: 'Raised in talks; the sources report no outcome.',
	unassessed: 'Imported or entered without sources: nothing here says what is established.'
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as [Status, ...Status[]];

/** How one event bears on another. `parent` (part of) is a field of its own. */
export const RELATIONS = {
	'led-to': 'This event led to the other.',
	'responds-to': 'This event answers or reacts to the other.',
	related: 'The two events concern the same matter.'
} as const;
export type Relation = keyof typeof RELATIONS;
export const RELATION_IDS = Object.keys(RELATIONS) as [Relation, ...Relation[]];
