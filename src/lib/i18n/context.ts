/**
 * The interface language, shared through Svelte context so that every component of a page
 * (or of one widget) speaks the same one. The value is a getter, so that a language change
 * (a new `?lang=`) reaches components that are already on the page.
 *
 *   // root layout, the embed page, the web component:
 *   setI18n(() => translator);          // translator = $derived(createTranslator(locale))
 *   // any component:
 *   const i18n = getI18n();             // then {i18n.t.zoomIn}
 */
import { getContext, setContext } from 'svelte';
import { english, type Translator } from './translator';

export interface I18n {
	/** The translator in force (read it where it is used, not once at setup, to follow changes). */
	readonly t: Translator;
}

const KEY = Symbol('citeline-i18n');

export function setI18n(current: () => Translator): I18n {
	return setContext<I18n>(KEY, {
		get t() {
			return current();
		}
	});
}

/**
 * The i18n of the nearest provider. Without one (a component rendered on its own, e.g. in a
 * test) it is English, the documented default of every format function too.
 */
export function getI18n(): I18n {
	return getContext<I18n | undefined>(KEY) ?? { t: english };
}
