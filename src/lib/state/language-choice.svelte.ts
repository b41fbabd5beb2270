/**
 * Which interface language a page (or one widget) speaks, and how links keep it.
 *
 * The order is the one the site promises: `?lang=` wins; else the language the reader picked
 * from the menu on an earlier visit (remembered in localStorage, only when picked); else the
 * browser's languages; else English. A `?lang=` we do not have is reported (`notice`) and
 * the rest of the order decides. Links between Citeline's pages carry `lang=` while the page
 * was asked for one, so a reader who followed a `?lang=ru` link stays in Russian.
 *
 * No `$app/*` here: the web component, which runs without SvelteKit, uses it too.
 */
import { getContext, setContext } from 'svelte';
import { matchLocale, negotiateLocale, type LocaleId, type NegotiatedLocale } from '../i18n/locales';
import { english, type Translator, type TranslatorSource } from '../i18n/translator';

export const LANGUAGE_STORAGE_KEY = 'citeline-lang';

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LanguageSources {
	/** `?lang=` as written, or null. */
	requested?: string | null;
	/** navigator.languages. */
	browserLanguages?: readonly string[];
	/**
	 * Where translators come from: at once (the site bundles every language) or loaded (the
	 * web component). Until a loaded one arrives, English is shown. Default: English only.
	 */
	translators?: TranslatorSource;
	/** What is shown until a loaded translator arrives (the site's pages: English with the site's words). Default: English. */
	fallback?: Translator;
}

export class LanguageChoice {
	/** `?lang=` as written (or the web component's `lang` attribute); null when absent. */
	requested: string | null = $state(null);
	/** The reader's pick from the menu on an earlier visit. */
	remembered: LocaleId | undefined = $state();
	/** navigator.languages, in the reader's order of preference. */
	browserLanguages: readonly string[] = $state.raw([]);

	readonly negotiated: NegotiatedLocale = $derived(
		negotiateLocale(this.requested, this.remembered ? [this.remembered, ...this.browserLanguages] : this.browserLanguages)
	);
	readonly locale: LocaleId = $derived(this.negotiated.locale);
	/** Translators that had to be loaded, by language. */
	loaded: ReadonlyMap<LocaleId, Translator> = $state.raw(new Map());
	readonly t: Translator = $derived.by(() => {
		const made = this.#translators(this.locale);
		return made instanceof Promise ? (this.loaded.get(this.locale) ?? this.#fallback) : made;
	});
	/** The language links carry: the supported `?lang=` of this page, if any. */
	readonly linkLang: LocaleId | undefined = $derived(this.requested ? matchLocale(this.requested) : undefined);

	#storage: LanguageStorage | undefined;
	#translators: TranslatorSource;
	#fallback: Translator;

	constructor(storage?: LanguageStorage, options: LanguageSources = {}) {
		this.#translators = options.translators ?? (() => english);
		this.#fallback = options.fallback ?? english;
		this.start(storage, options);
	}

	/** Makes the chosen language's translator available when it has to be loaded; `t` follows. */
	async load(): Promise<void> {
		const locale = this.locale;
		if (this.loaded.has(locale)) return;
		const made = this.#translators(locale);
		if (!(made instanceof Promise)) return;
		const translator = await made;
		this.loaded = new Map(this.loaded).set(locale, translator);
	}

	/** Reads the reader's languages (in the browser; the prerendered page knows none of them). */
	start(storage: LanguageStorage | undefined, options: Omit<LanguageSources, 'translators' | 'fallback'> = {}): void {
		this.#storage = storage;
		this.requested = options.requested ?? null;
		this.browserLanguages = options.browserLanguages ?? [];
		this.remembered = this.#read();
	}

	/** The reader picks a language from the menu: it is used now and remembered for later visits. */
	choose(locale: LocaleId): void {
		this.requested = locale;
		this.remembered = locale;
		try {
			this.#storage?.setItem(LANGUAGE_STORAGE_KEY, locale);
		} catch {
			// Storage can be full or forbidden: the choice still holds for this page.
		}
	}

	/** `href` with this page's `lang=` added (or replaced), before any #fragment; unchanged without one. */
	link(href: string): string {
		return withLangParam(href, this.linkLang);
	}

	#read(): LocaleId | undefined {
		try {
			const value = this.#storage?.getItem(LANGUAGE_STORAGE_KEY);
			return value ? matchLocale(value) : undefined;
		} catch {
			return undefined;
		}
	}
}

/**
 * `href` with `lang=<lang>` in its query, before any #fragment; other parameters kept.
 * Relative and absolute hrefs alike; without a language, `href` unchanged.
 */
export function withLangParam(href: string, lang: string | undefined): string {
	if (!lang) return href;
	const hashAt = href.indexOf('#');
	const [beforeHash, hash] = hashAt === -1 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
	const queryAt = beforeHash.indexOf('?');
	const [path, query] = queryAt === -1 ? [beforeHash, ''] : [beforeHash.slice(0, queryAt), beforeHash.slice(queryAt + 1)];
	const params = new URLSearchParams(query);
	params.set('lang', lang);
	// Colons stay readable, as in the view parameters (from=2025-03-18T06:00Z).
	return `${path}?${params.toString().replace(/%3A/gi, ':')}${hash}`;
}

const KEY = Symbol('citeline-language-choice');

export function setLanguageChoice(choice: LanguageChoice): LanguageChoice {
	return setContext(KEY, choice);
}

/** The page's language choice; undefined where there is none (a component rendered on its own). */
export function getLanguageChoice(): LanguageChoice | undefined {
	return getContext<LanguageChoice | undefined>(KEY);
}

/**
 * A page's links to Citeline's own pages, with its `lang=` kept (LanguageChoice.link); as they
 * are where no choice is in context. Call while a component is set up.
 */
export function languageLinks(): (href: string) => string {
	const language = getLanguageChoice();
	return (href) => language?.link(href) ?? href;
}
