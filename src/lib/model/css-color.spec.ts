import { describe, expect, it } from 'vitest';
import { isCssColor } from './css-color';

describe('isCssColor', () => {
	it.each(['#F45B69', '#fff', '#ffff', '#003366', '#00336680', 'papayawhip', 'White', 'rebeccapurple', 'transparent'])('accepts %s', (color) => {
		expect(isCssColor(color)).toBe(true);
	});

	it.each([
		'red;}</style><script>alert(1)</script>',
		'red; background-image: url(https://evil.example)',
		'url(https://evil.example/x.png)',
		'expression(alert(1))',
		'rgb(0, 0, 0)',
		'#ff',
		'#fffff',
		'#ggg',
		' red',
		'reddish',
		''
	])('refuses %j', (color) => {
		expect(isCssColor(color)).toBe(false);
	});
});
