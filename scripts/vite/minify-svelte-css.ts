import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

/**
 * With `css: 'injected'` (the web component: styles must go into its shadow root) Svelte puts
 * each component's CSS into its JavaScript as a string, `const $$css = { hash, code }`, which
 * no CSS minifier sees: comments, indentation and spaces stay. This minifies that string with
 * lightningcss (as Vite minifies the site's CSS files), ~0.4 kB gzipped of citeline.js.
 * A component's CSS that lightningcss cannot parse fails the build, naming the component.
 */
export function minifySvelteCss(): Plugin {
	return {
		name: 'citeline-minify-svelte-css',
		apply: 'build',
		enforce: 'post',
		transform(code, id) {
			if (!id.endsWith('.svelte') || !code.includes('$$css')) return undefined;
			const literal = cssLiteral(this.parse(code) as unknown as Node);
			if (!literal) return undefined;
			let minified: string;
			try {
				minified = transform({ filename: id, code: new TextEncoder().encode(literal.value), minify: true }).code.toString();
			} catch (error) {
				throw new Error(`minifySvelteCss: ${id}: ${(error as Error).message}`, { cause: error });
			}
			// The string sits on a line of its own: only that line's columns change, so the module's source map still holds.
			return { code: code.slice(0, literal.start) + JSON.stringify(minified) + code.slice(literal.end), map: null };
		}
	};
}

/** The `code` string of `const $$css = { hash: '…', code: '…' }`, where Svelte declares it. */
function cssLiteral(program: Node): { value: string; start: number; end: number } | undefined {
	for (const statement of program.body as Node[]) {
		if (statement.type !== 'VariableDeclaration') continue;
		for (const declarator of statement.declarations as Node[]) {
			if ((declarator.id as Node & { name?: string }).name !== '$$css' || (declarator.init as Node | null)?.type !== 'ObjectExpression') continue;
			for (const property of (declarator.init as Node).properties as Node[]) {
				const key = property.key as Node & { name?: string };
				const value = property.value as Node & { value?: unknown };
				if (key.name === 'code' && value.type === 'Literal' && typeof value.value === 'string') return { value: value.value, start: value.start, end: value.end };
			}
		}
	}
	return undefined;
}
