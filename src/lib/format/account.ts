/**
 * Whose account a quote or a source relays, in words: "according to the Kremlin, as reported
 * by Weekly Blitz (BLiTZ)", "the reporter’s own account, in …", "mostly according to …".
 *
 * A phrase comes in parts so that a page can mark the names, which are data in the
 * timeline's language, apart from the words around them, which are in the reader's; `text`
 * is the whole phrase for pictures, calendars and other plain-text exports. It does not decide
 * which account applies: see accountOf in src/lib/model/timeline.ts.
 */
import { english, type Translator } from '../i18n/translator';
import { accountOf, REPORTER_ACCOUNT, type Actor, type Citation, type Source } from '../model/timeline';

export interface PhrasePart {
	text: string;
	/** A name from the timeline (actor, publisher, title): in the timeline's language. */
	data?: true;
}

export interface AccountPhrase {
	parts: PhrasePart[];
	/** The parts joined: the phrase as plain text. */
	text: string;
}

/** Actors by id, or the timeline's list of them. */
export type ActorNames = ReadonlyMap<string, Pick<Actor, 'name'>> | readonly Actor[];

/** How "as reported by …" names a source: its publisher, else its title, else "an unattributed report". */
export function accountSourceName(source: Pick<Source, 'title' | 'publisher'>, t: Translator = english): PhrasePart {
	const name = source.publisher ?? source.title;
	return name === null ? { text: t.unattributedReport } : { text: name, data: true };
}

/** Whose account a citation relays (its own, else its source's), as a phrase; undefined when neither says. */
export function describeCitationAccount(
	citation: Pick<Citation, 'account'>,
	source: Pick<Source, 'title' | 'publisher' | 'account'>,
	actors: ActorNames,
	t: Translator = english,
	options: { capitalize?: boolean } = {}
): AccountPhrase | undefined {
	const account = accountOf(citation, source);
	if (account === undefined) return undefined;
	const via = accountSourceName(source, t);
	return account === REPORTER_ACCOUNT
		? phrase(t.accountReporter(SLOT[0]), [via], options.capitalize)
		: phrase(t.accountAccordingTo(SLOT[0], SLOT[1]), [{ text: actorName(account, actors), data: true }, via], options.capitalize);
}

/** Whose account a source mostly relays, as a phrase; undefined when it does not say. */
export function describeSourceAccount(
	source: Pick<Source, 'account'>,
	actors: ActorNames,
	t: Translator = english,
	options: { capitalize?: boolean } = {}
): AccountPhrase | undefined {
	if (source.account === undefined) return undefined;
	return source.account === REPORTER_ACCOUNT
		? phrase(t.accountMostlyReporter, [], options.capitalize)
		: phrase(t.accountMostly(SLOT[0]), [{ text: actorName(source.account, actors), data: true }], options.capitalize);
}

/** An actor's name; its id when the timeline does not declare it (the validator does not let that through). */
export function actorName(id: string, actors: ActorNames): string {
	const found = isMap(actors) ? actors.get(id) : actors.find((a) => a.id === id);
	return found?.name ?? id;
}

function isMap(actors: ActorNames): actors is ReadonlyMap<string, Pick<Actor, 'name'>> {
	return !Array.isArray(actors);
}

/**
 * The messages are whole sentences, as translators write them; called with these markers in
 * place of the names, they show where each name goes, so that the names can be set apart.
 */
const SLOT = ['\u00000\u0000', '\u00001\u0000'] as const;

function phrase(template: string, names: PhrasePart[], capitalize = false): AccountPhrase {
	const parts = template.split(/\u0000(\d)\u0000/).map((piece, i): PhrasePart => (i % 2 === 1 ? (names[Number(piece)] ?? { text: '' }) : { text: piece }));
	const kept = parts.filter((p) => p.text !== '');
	const first = kept[0];
	// Only the interface's own words are capitalized: a name from the data stays as written.
	if (capitalize && first !== undefined && first.data === undefined) {
		kept[0] = { text: first.text.charAt(0).toLocaleUpperCase() + first.text.slice(1) };
	}
	return { parts: kept, text: kept.map((p) => p.text).join('') };
}
