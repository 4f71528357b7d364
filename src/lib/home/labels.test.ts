import { describe, expect, it } from 'vitest';
import { formatPercent } from './labels.js';

describe('the home page’s words and figures', () => {
	it('writes a share of the marks as a whole percentage in the reader’s language, a dash when none', () => {
		expect(formatPercent(200 / 3, 'en')).toBe('67%');
		expect(formatPercent(200 / 3, 'fr')).toMatch(/^67\s%$/u);
		expect(formatPercent(200 / 3, 'ar')).toMatch(/^\u200e?67\u200e?[%٪]/u);
		expect(formatPercent(null, 'en')).toBe('—');
	});
});
