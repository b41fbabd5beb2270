/**
 * A component whose code loads when it is first needed (the details panel with the first event
 * opened, the overview strip once the chart has mounted, the filter panel when first opened):
 * `component` is undefined until then. Loading twice fetches once; a failed load is reported
 * and may be tried again.
 */
export class LazyComponent<C> {
	component: C | undefined = $state.raw();
	#loading: Promise<void> | undefined;
	readonly #importer: () => Promise<{ default: C }>;
	readonly #onerror: (error: Error) => void;

	constructor(importer: () => Promise<{ default: C }>, onerror: (error: Error) => void) {
		this.#importer = importer;
		this.#onerror = onerror;
	}

	/** Resolves once the component is at hand, or its failure reported. */
	load(): Promise<void> {
		this.#loading ??= this.#importer().then(
			(module) => void (this.component = module.default),
			(error: Error) => {
				this.#loading = undefined;
				this.#onerror(error);
			}
		);
		return this.#loading;
	}
}
