import { describe, expect, it } from 'vitest';
import { sniffableTypes } from '../server/files/sniff.js';
import { materialFileTypes } from './values.js';

describe('curriculum lists', () => {
	it('accept only file types the server can recognise from their content', () => {
		const recognised: string[] = Object.values(sniffableTypes);
		for (const type of materialFileTypes) expect(recognised).toContain(type.mediaType);
	});
});
